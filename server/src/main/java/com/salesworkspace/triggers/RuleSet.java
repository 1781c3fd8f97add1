package com.salesworkspace.triggers;

import com.salesworkspace.workspace.FileProblem;
import java.util.List;
import java.util.Optional;

/** The rules that loaded, in file order, and the problems (file and line) of those that did not. */
public record RuleSet(List<Rule> rules, List<FileProblem> problems, List<String> files) {
  public RuleSet {
    rules = List.copyOf(rules);
    problems = List.copyOf(problems);
    files = List.copyOf(files);
  }

  public Optional<Rule> find(String name) {
    return rules.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  public List<Rule> enabled() {
    return rules.stream().filter(Rule::enabled).toList();
  }
}
