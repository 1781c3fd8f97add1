package com.salesworkspace.model;

import java.util.List;

/** One deal stage of customers/workflows/lead-to-close.yaml. */
public record WorkflowStage(
    String id, String name, Integer probability, Integer typicalDays, List<String> exitCriteria, Boolean closed,
    Boolean won) {
  public WorkflowStage {
    exitCriteria = exitCriteria == null ? List.of() : List.copyOf(exitCriteria);
  }

  public boolean isClosed() {
    return Boolean.TRUE.equals(closed);
  }
}
