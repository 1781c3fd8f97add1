package com.salesworkspace.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Json;
import com.salesworkspace.workspace.FrontMatter;
import com.salesworkspace.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubagentFilesTest {
  @TempDir Path dir;

  private static AgentCatalog load(Workspace ws) {
    return new AgentLoader(ws, AgentLoaderTest.inventoryNames()).load();
  }

  @Test
  void theCommittedSubagentsAreInSyncWithTheDefinitions() {
    Workspace repo = Workspace.open(TestWorkspace.projectRoot());
    AgentCatalog catalog = load(repo);
    assertThat(catalog.problems()).isEmpty();
    SubagentFiles.SyncResult check = new SubagentFiles(repo).sync(catalog, true);
    assertThat(check.written()).as("out of date: run 'sales-workspace agents sync' and commit .claude/agents")
        .isEmpty();
    assertThat(check.removed()).as("stale subagents: run 'sales-workspace agents sync'").isEmpty();
    assertThat(check.unchanged()).hasSize(catalog.agents().size());
  }

  @Test
  void aSubagentHasClaudeCodeFrontMatterWithTheServersToolNames() {
    Workspace repo = Workspace.open(TestWorkspace.projectRoot());
    AgentDefinition agent = load(repo).agent("churn-risk-review").orElseThrow();
    String file = SubagentFiles.path(agent);
    assertThat(file).isEqualTo(".claude/agents/customer-intelligence/churn-risk-review.md");
    String text = new SubagentFiles(repo).render(agent);
    Map<String, Object> fields = FrontMatter.parse(text, file).fields();
    assertThat(fields.get("name")).isEqualTo("churn-risk-review");
    assertThat(fields.get("description").toString()).startsWith("Assess how likely a customer is to churn")
        .contains("Returns: A churn risk rating");
    assertThat(fields.get("tools").toString().split(", ")).containsExactly(
        "mcp__sales-workspace__build_customer_context", "mcp__sales-workspace__get_customer",
        "mcp__sales-workspace__email_search", "mcp__sales-workspace__slack_search",
        "mcp__sales-workspace__list_alerts", "mcp__sales-workspace__run_triggers");
    assertThat(text).contains("Generated from agent-definitions/churn-risk-review.yaml")
        .contains("`<customer>` (required)").contains("Assess the churn risk of <customer> as of today.")
        .contains("Start with `build_customer_context` for `<customer>` at tier `standard`");
  }

  @Test
  void theMcpJsonRegistersTheServerUnderTheNameTheSubagentsUse() throws Exception {
    Path root = TestWorkspace.projectRoot();
    JsonNode server = Json.MAPPER.readTree(root.resolve(".mcp.json").toFile()).get("mcpServers")
        .get(SubagentFiles.SERVER);
    assertThat(server).as(".mcp.json registers " + SubagentFiles.SERVER).isNotNull();
    Path launcher = root.resolve(server.get("command").asText()).normalize();
    assertThat(launcher).isRegularFile().isExecutable();
    assertThat(launcher.getFileName().toString()).isEqualTo("sales-workspace");
    assertThat(server.get("args").get(0).asText()).isEqualTo("serve");
  }

  @Test
  void syncWritesChangedFilesRemovesDeletedAgentsAndLeavesHandWrittenOnesAlone() throws Exception {
    Path root = TestWorkspace.copyDemo(dir.resolve("demo"));
    Workspace ws = Workspace.open(root);
    Files.writeString(root.resolve(".claude/agents/mine.md"), "---\nname: mine\n---\nHand-written.\n");
    SubagentFiles files = new SubagentFiles(ws);
    assertThat(files.sync(load(ws), false).inSync()).isTrue();

    Path yaml = root.resolve("agent-definitions/meeting-prep.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("Keep it to a page", "Keep it to half a page"));
    Files.delete(root.resolve("agent-definitions/renewal-prep.yaml"));
    SubagentFiles.SyncResult check = files.sync(load(ws), true);
    assertThat(check.written()).containsExactly(".claude/agents/sales-support/meeting-prep.md");
    assertThat(check.removed()).containsExactly(".claude/agents/sales-support/renewal-prep.md");
    assertThat(root.resolve(".claude/agents/sales-support/renewal-prep.md")).exists();

    SubagentFiles.SyncResult done = files.sync(load(ws), false);
    assertThat(done.written()).containsExactly(".claude/agents/sales-support/meeting-prep.md");
    assertThat(root.resolve(".claude/agents/sales-support/meeting-prep.md")).content().contains("half a page");
    assertThat(root.resolve(".claude/agents/sales-support/renewal-prep.md")).doesNotExist();
    assertThat(root.resolve(".claude/agents/mine.md")).content().contains("Hand-written.");

    // A definition that breaks keeps its last good subagent until it is fixed.
    Files.writeString(yaml, Files.readString(yaml).replace("[build_customer_context,", "[gong_analysis,"));
    AgentCatalog broken = load(ws);
    assertThat(broken.problems()).hasSize(1);
    assertThat(files.sync(broken, false).removed()).isEmpty();
    assertThat(root.resolve(".claude/agents/sales-support/meeting-prep.md")).exists();
    assertThat(List.of(broken.problems().get(0).toString())).allSatisfy(p -> assertThat(p)
        .startsWith("agent-definitions/meeting-prep.yaml:4: error: unknown tool 'gong_analysis'"));
  }
}
