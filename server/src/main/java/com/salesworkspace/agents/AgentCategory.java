package com.salesworkspace.agents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The four families of agents of the original architecture; also the folder of a Claude Code subagent. */
public enum AgentCategory {
  CUSTOMER_INTELLIGENCE,
  SALES_SUPPORT,
  AUTOMATION,
  ANALYTICS;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(AgentCategory::id).toList();
  }

  /** The category with this id, or null. */
  public static AgentCategory byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }
}
