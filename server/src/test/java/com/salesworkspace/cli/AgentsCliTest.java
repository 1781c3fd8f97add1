package com.salesworkspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.testing.CliRunner;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AgentsCliTest {
  @TempDir Path dir;
  @RegisterExtension final CliRunner cli = new CliRunner();

  @Test
  void listValidateAndSyncOnTheDemoWorkspace() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    assertThat(cli.run("agents", "list", "--workspace", ws.toString(), "--json")).isZero();
    JsonNode list = Json.MAPPER.readTree(cli.stdout());
    assertThat(list.size()).isGreaterThanOrEqualTo(8);
    assertThat(list.get(0).get("name").asText()).isEqualTo("churn-risk-review");
    assertThat(list.get(0).get("arguments").get(0).get("completion").asText()).isEqualTo("customers");

    assertThat(cli.run("agents", "validate", "--workspace", ws.toString())).isZero();
    assertThat(cli.stdout()).contains("8 agent files, 8 agents loaded, 0 problems");
    assertThat(cli.run("agents", "sync", "--check", "--workspace", ws.toString())).isZero();

    Path yaml = ws.resolve("agent-definitions/morning-brief.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("category: automation", "category: automaton"));
    assertThat(cli.run("agents", "validate", "--workspace", ws.toString())).isEqualTo(1);
    assertThat(cli.stdout()).contains("agent-definitions/morning-brief.yaml:2: error: category 'automaton'")
        .contains("7 agents loaded, 1 problems");
    assertThat(cli.run("doctor", "--workspace", ws.toString())).isEqualTo(1);
    assertThat(cli.stdout()).contains("agent-definitions/morning-brief.yaml:2: error");

    Files.writeString(yaml, Files.readString(yaml).replace("category: automaton", "category: analytics"));
    assertThat(cli.run("agents", "sync", "--check", "--workspace", ws.toString())).isEqualTo(1);
    assertThat(cli.stdout()).contains("out of date: .claude/agents/analytics/morning-brief.md")
        .contains("stale: .claude/agents/automation/morning-brief.md");
    assertThat(cli.stderr()).contains("run 'sales-workspace agents sync'");
    assertThat(cli.run("agents", "sync", "--workspace", ws.toString())).isZero();
    assertThat(ws.resolve(".claude/agents/analytics/morning-brief.md")).exists();
    assertThat(ws.resolve(".claude/agents/automation/morning-brief.md")).doesNotExist();
    assertThat(cli.run("agents", "sync", "--check", "--workspace", ws.toString())).isZero();
  }

  @Test
  void aNewWorkspaceStartsWithEveryAgentAndItsSubagents() {
    Path target = dir.resolve("new-ws");
    assertThat(cli.run("init", target.toString(), "--company", "Initech", "--domain", "initech.com")).isZero();
    assertThat(cli.run("agents", "validate", "--workspace", target.toString())).isZero();
    assertThat(cli.stdout()).contains("8 agent files, 8 agents loaded, 0 problems");
    assertThat(cli.run("agents", "sync", "--workspace", target.toString())).isZero();
    assertThat(target.resolve(".claude/agents/automation/morning-brief.md")).isRegularFile();
  }
}
