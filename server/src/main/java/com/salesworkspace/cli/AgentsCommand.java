package com.salesworkspace.cli;

import com.salesworkspace.agents.AgentArgument;
import com.salesworkspace.agents.AgentCatalog;
import com.salesworkspace.agents.AgentDefinition;
import com.salesworkspace.agents.AgentLoader;
import com.salesworkspace.agents.SubagentFiles;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "agents", description = "The agents of agent-definitions/: list them, validate them, and generate "
    + "the Claude Code subagents in .claude/agents/.",
    subcommands = {AgentsCommand.ListAgents.class, AgentsCommand.Validate.class, AgentsCommand.Sync.class},
    mixinStandardHelpOptions = true)
final class AgentsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static AgentCatalog load(Workspace ws) {
    return new AgentLoader(ws, Inventory.all().stream().map(WorkspaceTool::name).toList()).load();
  }

  static void printProblems(AgentCatalog catalog) {
    for (FileProblem p : catalog.problems()) {
      System.err.println(p);
    }
  }

  @Command(name = "list", description = "List the agents that load, with category, tools and arguments.")
  static final class ListAgents implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Override
    public Integer call() {
      AgentCatalog catalog = load(workspace.open());
      if (json) {
        Output.json(catalog.agents().stream().map(ListAgents::summary).toList());
      } else {
        for (AgentDefinition a : catalog.agents()) {
          Output.out().printf("%-28s %-22s %s%n", a.name(), a.category().id(), a.purpose());
          Output.out().printf("%-28s tools: %s%n", "", String.join(", ", a.tools()));
          if (!a.arguments().isEmpty()) {
            Output.out().printf("%-28s arguments: %s%n", "", String.join(", ", a.arguments().stream()
                .map(arg -> arg.name() + (arg.required() ? "" : "?")).toList()));
          }
        }
      }
      printProblems(catalog);
      return catalog.problems().isEmpty() ? 0 : 1;
    }

    private static Map<String, Object> summary(AgentDefinition a) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", a.name());
      m.put("category", a.category().id());
      m.put("purpose", a.purpose());
      m.put("tools", a.tools());
      m.put("output", a.output());
      m.put("context", a.contextTier() == null ? null : a.contextTier().id());
      m.put("arguments", a.arguments().stream().map(arg -> Map.of("name", arg.name(), "required", arg.required(),
          "completion", arg.completion().id(), "description", arg.description())).toList());
      m.put("file", a.file());
      return m;
    }
  }

  @Command(name = "validate", description = "Load and check every agent file; exits 1 when one has errors.")
  static final class Validate implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Override
    public Integer call() {
      AgentCatalog catalog = load(workspace.open());
      for (FileProblem p : catalog.problems()) {
        Output.out().println(p);
      }
      Output.out().printf("%d agent files, %d agents loaded, %d problems%n", catalog.files().size(),
          catalog.agents().size(), catalog.problems().size());
      return catalog.problems().isEmpty() ? 0 : 1;
    }
  }

  @Command(name = "sync", description = "Write .claude/agents/<category>/<agent>.md for every agent (Claude Code "
      + "subagents using this server's tools) and remove those whose definition is gone.")
  static final class Sync implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Option(names = "--check", description = "Write nothing; exit 1 when the subagent files are out of date.")
    boolean check;

    @Override
    public Integer call() {
      Workspace ws = workspace.open();
      AgentCatalog catalog = load(ws);
      SubagentFiles.SyncResult result = new SubagentFiles(ws).sync(catalog, check);
      String verb = check ? "out of date: " : "wrote ";
      result.written().forEach(p -> Output.out().println(verb + p));
      result.removed().forEach(p -> Output.out().println((check ? "stale: " : "removed ") + p));
      Output.out().printf("%d subagents %s, %d unchanged, %d removed%s%n", result.written().size(),
          check ? "to write" : "written", result.unchanged().size(), result.removed().size(),
          catalog.problems().isEmpty() ? "" : "; " + catalog.problems().size() + " agent files did not load");
      printProblems(catalog);
      if (check && !result.inSync()) {
        System.err.println("The subagents are out of date: run 'sales-workspace agents sync'.");
        return 1;
      }
      return catalog.problems().isEmpty() ? 0 : 1;
    }
  }

  static List<String> argumentNames(AgentDefinition agent) {
    return agent.arguments().stream().map(AgentArgument::name).toList();
  }
}
