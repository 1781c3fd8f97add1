package com.salesworkspace.agents;

import com.salesworkspace.model.TeamMember;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks the values given for an agent's arguments; each mistake is a sentence saying how to fix it. */
public final class AgentArguments {
  private AgentArguments() {}

  /** The given values, stripped, with blank ones dropped; unknown names, missing required ones, unknown customers
   * and owners are refused. */
  public static Map<String, String> check(AgentDefinition agent, Map<String, ?> given, Workspace workspace) {
    Map<String, String> values = new LinkedHashMap<>();
    if (given != null) {
      for (Map.Entry<String, ?> e : given.entrySet()) {
        if (agent.argument(e.getKey()).isEmpty()) {
          throw new WorkspaceException("Agent '" + agent.name() + "' has no argument '" + e.getKey() + "'; "
              + describe(agent) + ".");
        }
        if (e.getValue() != null && !e.getValue().toString().isBlank()) {
          values.put(e.getKey(), e.getValue().toString().strip());
        }
      }
    }
    for (AgentArgument a : agent.arguments()) {
      String v = values.get(a.name());
      if (v == null) {
        if (a.required()) {
          throw new WorkspaceException("Agent '" + agent.name() + "' needs the argument '" + a.name() + "' ("
              + a.description() + ")" + example(a, workspace) + ".");
        }
        continue;
      }
      if (a.completion() == CompletionSource.CUSTOMERS) {
        workspace.customerDir(v);
        values.put(a.name(), v.toLowerCase(java.util.Locale.ROOT));
      } else if (a.completion() == CompletionSource.OWNERS) {
        List<String> ids = workspace.team().stream().map(TeamMember::id).toList();
        if (!ids.isEmpty() && !ids.contains(v)) {
          throw new WorkspaceException("'" + v + "' is not a user id of " + Workspace.TEAM_FILE + "; use one of "
              + String.join(", ", ids) + ".");
        }
      }
    }
    return values;
  }

  private static String describe(AgentDefinition agent) {
    return agent.arguments().isEmpty() ? "it takes no arguments"
        : "its arguments are " + String.join(", ", agent.arguments().stream().map(AgentArgument::name).toList());
  }

  private static String example(AgentArgument a, Workspace workspace) {
    List<String> values = CompletionValues.of(a.completion(), workspace, "");
    return values.isEmpty() ? "" : ", e.g. " + values.get(0);
  }
}
