package com.salesworkspace.customers;

import java.time.LocalDate;

/** Structured filters for customer search; null means "any". */
public record CustomerFilter(
    String owner, String lifecycleStage, String industry, String tier, Integer healthBelow, Integer healthAbove,
    LocalDate renewalBefore) {

  public static CustomerFilter none() {
    return new CustomerFilter(null, null, null, null, null, null, null);
  }
}
