package com.salesworkspace.context;

import java.time.LocalDate;

/**
 * What to build: the context of one customer at a tier, optionally leaning towards a focus ("renewal", "pricing",
 * "security review") and seen as of a day (interactions after it are left out; silence and slippage are judged then).
 */
public record ContextRequest(String customer, Tier tier, String focus, LocalDate asOf) {
  public ContextRequest {
    tier = tier == null ? Tier.COMPACT : tier;
    focus = focus == null || focus.isBlank() ? null : focus.strip();
    if (asOf == null) {
      throw new IllegalArgumentException("asOf is required");
    }
  }
}
