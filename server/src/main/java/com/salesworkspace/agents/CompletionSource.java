package com.salesworkspace.agents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Where the values offered for an agent argument come from when a client asks for completions. */
public enum CompletionSource {
  /** Customer slugs (customers/ folders). */
  CUSTOMERS,
  /** Team user ids (workspace-setup/team.yaml). */
  OWNERS,
  /** Competitor names (battlecards and the competitors named in profiles). */
  COMPETITORS,
  NONE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(CompletionSource::id).toList();
  }

  public static CompletionSource byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }
}
