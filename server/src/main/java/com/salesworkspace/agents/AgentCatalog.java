package com.salesworkspace.agents;

import com.salesworkspace.workspace.FileProblem;
import java.util.List;
import java.util.Optional;

/** The agents that loaded, sorted by name, and the problems of the files that did not (or only partly). */
public record AgentCatalog(List<AgentDefinition> agents, List<FileProblem> problems, List<String> files) {
  public AgentCatalog {
    agents = List.copyOf(agents);
    problems = List.copyOf(problems);
    files = List.copyOf(files);
  }

  public Optional<AgentDefinition> agent(String name) {
    return agents.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  public List<String> names() {
    return agents.stream().map(AgentDefinition::name).toList();
  }
}
