package com.salesworkspace.cli;

import com.salesworkspace.index.Index;
import com.salesworkspace.triggers.Explanation;
import com.salesworkspace.triggers.RuleSet;
import com.salesworkspace.triggers.TriggerEngine;
import com.salesworkspace.triggers.TriggerReport;
import com.salesworkspace.triggers.TriggerRun;
import com.salesworkspace.triggers.TriggerWatcher;
import com.salesworkspace.util.Dates;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "triggers", description = "Run the trigger rules (personal/triggers/, workspace-setup/triggers/).",
    subcommands = {TriggersCommand.Run.class, TriggersCommand.Watch.class, TriggersCommand.Explain.class,
        TriggersCommand.Check.class},
    mixinStandardHelpOptions = true)
final class TriggersCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static Clock clock() {
    return Clock.systemDefaultZone();
  }

  static LocalDate day(String value) {
    return value == null ? null : Dates.day(value, "--as-of");
  }

  @Command(name = "run", description = "Evaluate every enabled rule once and act on what fires; exits 1 when a "
      + "rule did not load or failed (the others still ran).")
  static final class Run implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this day (YYYY-MM-DD; default today).")
    String asOf;

    @Option(names = "--dry-run", description = "Print what would fire and what the actions would do; write nothing.")
    boolean dryRun;

    @Option(names = "--rule", paramLabel = "NAME", description = "Only this rule (repeatable).")
    List<String> rules = List.of();

    @Option(names = "--customer", paramLabel = "SLUG", description = "Only this customer.")
    String customer;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
      Workspace ws = workspace.open();
      try (Index index = Index.open(ws)) {
        RefreshNotice.refresh(index);
        TriggerRun run = new TriggerEngine(ws, index, clock(), System.getenv())
            .run(new TriggerEngine.RunOptions(day(asOf), dryRun, rules, customer));
        if (json) {
          Output.json(run);
        } else {
          Output.out().print(TriggerReport.run(run, Integer.MAX_VALUE));
        }
        return run.ruleProblems().isEmpty() && run.errors().isEmpty() ? 0 : 1;
      }
    }
  }

  @Command(name = "watch", description = "Run the rules on every workspace change and on a schedule, until stopped.")
  static final class Watch implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Option(names = "--every", paramLabel = "MINUTES", defaultValue = "15",
        description = "Also run on this schedule (minutes, default ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--dry-run", description = "Only print what would fire; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws InterruptedException {
      if (minutes < 1) {
        throw new IllegalArgumentException("--every must be at least 1 minute.");
      }
      Workspace ws = workspace.open();
      CountDownLatch stopped = new CountDownLatch(1);
      try (Index index = Index.open(ws);
          TriggerWatcher watcher = new TriggerWatcher(ws, index, clock(), System.getenv(),
              Duration.ofMinutes(minutes), dryRun, new TriggerWatcher.Listener() {
                @Override
                public void onRun(String why, TriggerRun run) {
                  if (!run.alerts().isEmpty() || !run.errors().isEmpty() || !run.ruleProblems().isEmpty()) {
                    Output.out().print(TriggerReport.run(run, Integer.MAX_VALUE));
                  } else {
                    System.err.println("triggers (" + why + "): nothing fired; " + run.suppressed().size()
                        + " held back by cooldown.");
                  }
                  Output.out().flush();
                }

                @Override
                public void onError(String why, Exception error) {
                  System.err.println("error: the trigger run (" + why + ") failed: " + error.getMessage()
                      + "; watching on.");
                }
              })) {
        // Ctrl-C: stop watching, let a run in progress finish, and close the index cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          watcher.close();
          try {
            stopped.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }));
        System.err.println("Watching " + ws.root() + " (every change, and every " + minutes + " minutes); Ctrl-C stops.");
        watcher.run();
      } finally {
        stopped.countDown();
      }
      return 0;
    }
  }

  @Command(name = "explain", description = "Say why a rule fires or not for a customer: values, interactions, cooldown.")
  static final class Explain implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "RULE", description = "The rule name, e.g. churn_risk.")
    String rule;

    @Parameters(index = "1", paramLabel = "CUSTOMER", description = "The customer slug, e.g. fjord-media.")
    String customer;

    @Option(names = "--as-of", paramLabel = "DATE", description = "As of this day (YYYY-MM-DD; default today).")
    String asOf;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
      Workspace ws = workspace.open();
      try (Index index = Index.open(ws)) {
        RefreshNotice.refresh(index);
        Explanation e = new TriggerEngine(ws, index, clock(), Map.of()).explain(rule, customer, day(asOf));
        if (json) {
          Output.json(e);
        } else {
          Output.out().print(TriggerReport.explanation(e));
        }
        return 0;
      }
    }
  }

  @Command(name = "check", description = "Load and check every rule file; exits 1 when one has errors.")
  static final class Check implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Override
    public Integer call() {
      Workspace ws = workspace.open();
      RuleSet set = new com.salesworkspace.triggers.RuleLoader(ws).load();
      for (FileProblem p : set.problems()) {
        Output.out().println(p);
      }
      Output.out().printf("%d rule files, %d rules loaded (%d enabled), %d problems%n", set.files().size(),
          set.rules().size(), set.enabled().size(), set.problems().size());
      return set.problems().isEmpty() ? 0 : 1;
    }
  }
}
