package com.salesworkspace.cli;

import com.salesworkspace.agents.AgentArguments;
import com.salesworkspace.agents.AgentCatalog;
import com.salesworkspace.agents.AgentDefinition;
import com.salesworkspace.agents.run.AgentRunException;
import com.salesworkspace.agents.run.AgentRunner;
import com.salesworkspace.agents.run.AnthropicClients;
import com.salesworkspace.agents.run.RunPrompt;
import com.salesworkspace.agents.run.RunReport;
import com.salesworkspace.agents.run.RunResult;
import com.salesworkspace.index.Index;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.util.Dates;
import com.salesworkspace.util.EditDistance;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "agent", description = "Run one agent headless (cron, CI).", subcommands = AgentCommand.Run.class,
    mixinStandardHelpOptions = true)
final class AgentCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "run", mixinStandardHelpOptions = true, description = "Render an agent's prompt with the customer's context and run it through the "
      + "Anthropic Messages API, its tools executed here; the result goes to reporting/agent-runs/. Needs "
      + "ANTHROPIC_API_KEY (ANTHROPIC_BASE_URL overrides the endpoint); --print-prompt needs no key.")
  static final class Run implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Parameters(paramLabel = "AGENT", description = "The agent, e.g. deal-progression-agent ('agents list').")
    String name;

    @Option(names = "--customer", paramLabel = "SLUG", description = "The customer, e.g. acme-logistics.")
    String customer;

    @Option(names = "--arg", paramLabel = "NAME=VALUE", description = "Another argument of the agent (repeatable), "
        + "e.g. --arg owner=john.smith.")
    Map<String, String> args = new LinkedHashMap<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = "See the workspace as of this day (YYYY-MM-DD; "
        + "default today).")
    String asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result here (a path in the workspace, "
        + "relative to its root) instead of reporting/agent-runs/<date>-<agent>-<customer>.md.")
    String out;

    @Option(names = "--max-turns", paramLabel = "N", defaultValue = "12",
        description = "The most API requests in the run (default ${DEFAULT-VALUE}).")
    int maxTurns;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "${env:ANTHROPIC_MODEL:-claude-sonnet-4-5}",
        description = "The Claude model (default ${DEFAULT-VALUE}; env ANTHROPIC_MODEL).")
    String model;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "8192",
        description = "The most tokens Claude writes per turn (default ${DEFAULT-VALUE}).")
    long maxTokens;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "2",
        description = "Retries of a busy or failing API request (default ${DEFAULT-VALUE}).")
    int maxRetries;

    @Option(names = "--print-prompt", description = "Print the fully rendered prompt (for 'claude -p') and stop; "
        + "needs no API key.")
    boolean printPrompt;

    private String closest(AgentCatalog catalog) {
      return catalog.names().stream().filter(n -> EditDistance.levenshtein(n, name) <= 3).findFirst()
          .map(n -> " (did you mean " + n + "?)").orElse("");
    }

    @Override
    public Integer call() {
      Workspace ws = workspace.open();
      AgentCatalog catalog = AgentsCommand.load(ws);
      AgentDefinition agent = catalog.agent(name).orElseThrow(() -> new WorkspaceException(catalog.problems()
          .stream().filter(p -> p.path().endsWith("/" + name + ".yaml")).findFirst()
          .map(p -> "Agent '" + name + "' does not load: " + p)
          .orElse("There is no agent '" + name + "'" + closest(catalog) + "; the agents are "
              + String.join(", ", catalog.names()) + ".")));
      Map<String, String> given = new LinkedHashMap<>(args);
      if (customer != null) {
        String argument = agent.customerArgument().orElseThrow(() -> new WorkspaceException("Agent '" + name
            + "' works across customers and takes no --customer; its arguments are "
            + String.join(", ", AgentsCommand.argumentNames(agent)) + " (--arg NAME=VALUE).")).name();
        given.put(argument, customer);
      }
      Map<String, String> values = AgentArguments.check(agent, given, ws);
      LocalDate day = asOf == null ? LocalDate.now() : Dates.day(asOf, "--as-of");
      Path outFile = out == null ? null : out.startsWith("/") ? ws.guard().confine(Path.of(out))
          : ws.guard().resolve(out);
      ZoneId zone = ZoneId.systemDefault();
      Clock clock = asOf == null ? Clock.system(zone) : Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone);
      try (Index index = Index.open(ws)) {
        RefreshNotice.refresh(index);
        ToolContext context = new ToolContext(ws, index, clock);
        RunPrompt prompt = RunPrompt.render(agent, values, day, context, Inventory.all());
        if (printPrompt) {
          Output.out().print(prompt.text());
          return 0;
        }
        RunResult result;
        try {
          var client = AnthropicClients.fromEnvironment(System.getenv(), maxRetries);
          try {
            result = new AgentRunner(client, context, Inventory.all())
                .run(prompt, new AgentRunner.Options(model, maxTurns, maxTokens));
          } finally {
            client.close();
          }
        } catch (AgentRunException e) {
          System.err.println("error: " + e.getMessage());
          return 3;
        }
        Path file = outFile != null ? outFile : RunReport.defaultPath(ws, prompt);
        RunReport.write(file, RunReport.render(prompt, result, Instant.now()));
        System.err.printf("%s: %d turns, tools %s, %d input + %d output tokens -> %s%n", agent.name(),
            result.turns(), result.toolsCalled(), result.inputTokens(), result.outputTokens(), file);
        if (!result.complete()) {
          System.err.println("error: the run reached --max-turns " + maxTurns + " before Claude finished; the "
              + "report holds its last text.");
          return 1;
        }
        return 0;
      }
    }
  }
}
