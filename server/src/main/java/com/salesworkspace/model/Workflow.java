package com.salesworkspace.model;

import java.util.List;
import java.util.Optional;

/** The lead-to-close workflow: deal stages in order and the lifecycle stages after the sale. */
public record Workflow(String name, List<WorkflowStage> stages, List<String> customerStages) {
  public Workflow {
    stages = stages == null ? List.of() : List.copyOf(stages);
    customerStages = customerStages == null ? List.of() : List.copyOf(customerStages);
  }

  public Optional<WorkflowStage> stage(String id) {
    return stages.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public boolean isLifecycleStage(String id) {
    return stage(id).isPresent() || customerStages.contains(id);
  }
}
