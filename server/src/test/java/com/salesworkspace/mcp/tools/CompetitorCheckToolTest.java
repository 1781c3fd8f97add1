package com.salesworkspace.mcp.tools;

import static com.salesworkspace.mcp.ToolHarness.structured;
import static com.salesworkspace.mcp.ToolHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.mcp.ToolHarness;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** competitor_check on the demo workspace: battlecard sections, cited mentions and competing deals. */
class CompetitorCheckToolTest {
  @TempDir Path dir;
  ToolHarness tools;

  @BeforeEach
  void setUp() {
    tools = new ToolHarness(Workspace.open(TestWorkspace.copyDemo(dir)));
  }

  @AfterEach
  void tearDown() {
    tools.close();
  }

  private Map<String, Object> ok(Map<String, Object> args) {
    McpSchema.CallToolResult r = tools.call("competitor_check", args);
    assertThat(r.isError()).as(args + " -> " + text(r)).isFalse();
    return structured(r);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object m, String key) {
    return (List<Map<String, Object>>) ((Map<String, Object>) m).get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object m, String key) {
    return (Map<String, Object>) ((Map<String, Object>) m).get(key);
  }

  @Test
  void aCompetitorAcrossTheWorkspace() {
    Map<String, Object> r = ok(Map.of("competitor", "stackline"));
    Map<String, Object> stackline = list(r, "competitors").get(0);
    assertThat(stackline).containsEntry("competitor", "Stackline")
        .containsEntry("battlecard", "sales-toolkit/battlecards/stackline.md");
    assertThat(list(stackline, "sections")).extracting(s -> s.get("heading")).containsExactly("Overview",
        "Where they win", "Where we win", "Objection handling", "Landmines to set", "Pricing");
    // deals.yaml files listing Stackline: D-ACME-001, D-DELTA-001, D-GRAN-003, D-HALC-001, D-LUMI-001.
    assertThat(list(stackline, "deals")).extracting(d -> d.get("id"))
        .containsExactly("D-ACME-001", "D-DELTA-001", "D-GRAN-003", "D-HALC-001", "D-LUMI-001");
    Map<String, Object> mentions = map(stackline, "mentions");
    // Interaction files naming Stackline: grep -li stackline customers/*/interactions/*.md | wc -l = 33.
    assertThat(((Number) mentions.get("total")).intValue()).isEqualTo(33);
    assertThat(mentions).containsEntry("has_more", true);
    Map<String, Object> first = list(mentions, "items").get(0);
    assertThat(first.get("id")).asString().matches("\\d{4}-\\d{2}-\\d{2}-\\w+-\\w+");
    assertThat(first.get("date")).isNotNull();
    assertThat(first.get("snippet")).asString().containsIgnoringCase("[stackline");
  }

  @Test
  void aCustomersCompetitorsWithMentionsInsideIt() {
    // halcyon-biotech lists Stackline and Flowmatic (profile and D-HALC-001); Flowmatic has no battlecard.
    // Within acme-logistics: grep -li stackline customers/acme-logistics/interactions/*.md | wc -l = 10.
    Map<String, Object> acme = list(ok(Map.of("customer", "acme-logistics")), "competitors").get(0);
    assertThat(((Number) map(acme, "mentions").get("total")).intValue()).isEqualTo(10);
    Map<String, Object> r = ok(Map.of("customer", "halcyon-biotech"));
    assertThat(list(r, "competitors")).extracting(c -> c.get("competitor")).containsExactly("Stackline", "Flowmatic");
    Map<String, Object> flowmatic = list(r, "competitors").get(1);
    assertThat(flowmatic.get("battlecard")).isNull();
    assertThat(list(flowmatic, "deals")).extracting(d -> d.get("id")).containsExactly("D-HALC-001");
    assertThat(list(map(flowmatic, "mentions"), "items")).allSatisfy(i -> assertThat(i.get("customer"))
        .isEqualTo("halcyon-biotech"));
    assertThat(text(tools.call("competitor_check", Map.of("customer", "halcyon-biotech"))))
        .contains("No battlecard").contains("## Where we win");
  }

  @Test
  void mentionsPageWithACursor() {
    Map<String, Object> page1 = list(ok(Map.of("competitor", "Orbitra", "limit", 5)), "competitors").get(0);
    String cursor = (String) map(page1, "mentions").get("next_cursor");
    Map<String, Object> page2 = list(ok(Map.of("competitor", "Orbitra", "limit", 5, "cursor", cursor)), "competitors")
        .get(0);
    List<Object> ids1 = list(map(page1, "mentions"), "items").stream().map(i -> i.get("id")).toList();
    List<Object> ids2 = list(map(page2, "mentions"), "items").stream().map(i -> i.get("id")).toList();
    assertThat(ids2).hasSize(5).doesNotContainAnyElementsOf(ids1);
    // grep -li orbitra customers/*/interactions/*.md | wc -l = 27.
    assertThat(((Number) map(page1, "mentions").get("total")).intValue()).isEqualTo(27);
  }

  @Test
  void anUnknownCompetitorListsTheKnownOnes() {
    McpSchema.CallToolResult r = tools.call("competitor_check", Map.of("competitor", "Stakline"));
    assertThat(r.isError()).isTrue();
    assertThat(text(r)).contains("did you mean 'stackline'").contains("Flowmatic, Orbitra, Stackline");
    assertThat(tools.call("competitor_check", Map.of()).isError()).isTrue();
    assertThat(text(tools.call("competitor_check", Map.of("customer", "acme")))).contains("acme-logistics");
  }
}
