package com.salesworkspace.agents.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'agent run' as cron runs it: a separate process, the key and endpoint from the environment. */
class AgentRunCommandTest {
  @TempDir Path dir;

  private record Outcome(int exit, String stdout, String stderr) {}

  private Outcome agent(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "com.salesworkspace.Main", "agent", "run"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove(AnthropicClients.KEY);
    pb.environment().remove(AnthropicClients.BASE_URL);
    pb.environment().putAll(env);
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Outcome(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void aRunWritesItsReportToReporting() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    try (FakeMessagesApi api = new FakeMessagesApi()) {
      api.then(200, FakeMessagesApi.toolUse("toolu_01", "email_search",
              Map.of("customer", "acme-logistics", "query", "liability")))
          .then(200, FakeMessagesApi.endTurn("## Deal actions\n1. Send the 2x fees liability proposal to Sandra Ortiz."));
      Outcome o = agent(Map.of(AnthropicClients.KEY, "sk-ant-test", AnthropicClients.BASE_URL, api.baseUrl()),
          "deal-progression-agent", "--workspace", ws.toString(), "--customer", "acme-logistics",
          "--as-of", "2026-11-20", "--max-retries", "0", "--model", "claude-test-model");
      assertThat(o.exit()).as(o.stderr()).isZero();
      assertThat(o.stdout()).isEmpty();
      Path report = ws.resolve("reporting/agent-runs/2026-11-20-deal-progression-agent-acme-logistics.md");
      assertThat(report).content().startsWith("---\nagent: deal-progression-agent\ncustomer: acme-logistics\n")
          .contains("as_of: 2026-11-20\n").contains("model: \"claude-test-model\"\n").contains("turns: 2\n")
          .contains("tools_called: [email_search]\n").contains("input_tokens: 4100\n")
          .contains("1. Send the 2x fees liability proposal to Sandra Ortiz.");
      assertThat(o.stderr()).contains("deal-progression-agent: 2 turns").contains(report.toString());
      assertThat(api.requests()).hasSize(2);
      assertThat(api.requests().get(1).body().toString()).contains("tool_result");
    }
  }

  @Test
  void withoutAKeyItFailsClearlyAndPrintPromptStillWorks() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    Outcome noKey = agent(Map.of(), "churn-risk-review", "--workspace", ws.toString(), "--customer", "fjord-media");
    assertThat(noKey.exit()).isEqualTo(3);
    assertThat(noKey.stderr()).contains("ANTHROPIC_API_KEY is not set").contains("--print-prompt");

    Outcome printed = agent(Map.of(), "churn-risk-review", "--workspace", ws.toString(), "--customer",
        "fjord-media", "--as-of", "2026-11-20", "--print-prompt");
    assertThat(printed.exit()).as(printed.stderr()).isZero();
    assertThat(printed.stdout()).startsWith("# Churn risk review\n")
        .contains("Assess the churn risk of fjord-media as of 2026-11-20.")
        .contains("<customer_context uri=\"customer://fjord-media/context/standard\">")
        .contains("> Context of Fjord Media (fjord-media): standard tier");
    assertThat(Files.exists(ws.resolve("reporting/agent-runs"))).isFalse();
  }

  @Test
  void argumentMistakesAreClear() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    Outcome missing = agent(Map.of(), "churn-risk-review", "--workspace", ws.toString(), "--print-prompt");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.stderr()).contains("needs the argument 'customer'");
    Outcome wrong = agent(Map.of(), "morning-brief", "--workspace", ws.toString(), "--customer", "acme-logistics");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.stderr()).contains("takes no --customer").contains("owner");
    Outcome unknown = agent(Map.of(), "deal-progresion-agent", "--workspace", ws.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.stderr()).contains("There is no agent 'deal-progresion-agent' (did you mean "
        + "deal-progression-agent?)");
  }

  @Test
  void outIsAWorkspacePathCheckedBeforeTheApiIsCalled() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    try (FakeMessagesApi api = new FakeMessagesApi()) {
      api.then(200, FakeMessagesApi.endTurn("## Renewal plan"));
      Map<String, String> env = Map.of(AnthropicClients.KEY, "sk-ant-test", AnthropicClients.BASE_URL, api.baseUrl());
      for (String outside : new String[] {"../../escaped.md", dir.resolve("escaped.md").toString()}) {
        Outcome refused = agent(env, "renewal-prep", "--workspace", ws.toString(), "--customer", "fjord-media",
            "--max-retries", "0", "--out", outside);
        assertThat(refused.exit()).as(outside).isEqualTo(2);
        assertThat(refused.stderr()).as(outside).contains(outside).contains("workspace");
      }
      assertThat(api.requests()).isEmpty();
      assertThat(dir.resolve("escaped.md")).doesNotExist();

      Outcome inside = agent(env, "renewal-prep", "--workspace", ws.toString(), "--customer", "fjord-media",
          "--max-retries", "0", "--out", "reporting/renewals/fjord.md");
      assertThat(inside.exit()).as(inside.stderr()).isZero();
      assertThat(ws.resolve("reporting/renewals/fjord.md")).content().contains("## Renewal plan");
    }
  }

  @Test
  void helpPrintsTheUsage() throws Exception {
    Outcome help = agent(Map.of(), "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.stdout()).contains("Usage: sales-workspace agent run").contains("--print-prompt");
  }
}
