package com.salesworkspace.mcp.tools;

import static com.salesworkspace.mcp.ToolHarness.structured;
import static com.salesworkspace.mcp.ToolHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.mcp.ToolHarness;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.testing.TestWorkspace;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crm tools on a large generated workspace (400 customers, 2,000 deals with long next steps, 1,200 interactions
 * naming a competitor): every result stays under 20,000 tokens, and a cut one says so and how to narrow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrmSizeContractTest {
  private static final int CUSTOMERS = 400;
  @TempDir static Path dir;
  ToolHarness tools;

  @BeforeAll
  void generate() {
    TestWorkspace ws = TestWorkspace.minimal(dir);
    ws.write("sales-toolkit/battlecards/stackline.md", "---\ncompetitor: Stackline\n---\n# Stackline\n\n## Overview\n"
        + "A rival.\n\n## Objection handling\n" + "- Ask for the quote line by line.\n".repeat(200));
    String longStep = "Follow up with procurement on the redlines, the security questionnaire and the rollout plan. "
        .repeat(8);
    for (int c = 0; c < CUSTOMERS; c++) {
      String slug = String.format("customer-%03d", c);
      ws.customer(slug, "name: Customer " + c + "\ndomains: [c" + c + ".com]\nowner: john.smith\n"
          + "competitors: [Stackline]\n");
      StringBuilder deals = new StringBuilder("deals:\n");
      for (int d = 0; d < 5; d++) {
        deals.append("  - id: D-").append(c).append('-').append(d).append("\n    name: Deal ").append(d)
            .append(" of customer ").append(c).append("\n    amount: ").append(10_000 + d * 1_000)
            .append("\n    currency: USD\n    stage: negotiation\n    close_date: 2026-").append(d % 2 == 0 ? "11" : "12")
            .append("-15\n    probability: 80\n    forecast_category: commit\n    next_step: ").append(longStep)
            .append("\n    next_step_date: 2026-10-01\n    competitors: [Stackline]\n    history:\n")
            .append("      - {date: 2026-01-10, stage: discovery, close_date: 2026-09-30, amount: 9000}\n")
            .append("      - {date: 2026-05-10, stage: negotiation, close_date: 2026-10-31, amount: 10000}\n");
      }
      ws.write("customers/" + slug + "/deals.yaml", deals.toString());
      for (int i = 0; i < 3; i++) {
        ws.interaction(slug, String.format("2026-06-%02d-gmail-%06x", 1 + i, c * 10 + i), "email",
            String.format("2026-06-%02dT10:00:00Z", 1 + i), "gmail", "Stackline comparison " + i,
            "Pat <pat@c" + c + ".com>", "inbound", "They compared us with Stackline again. " + "More words. ".repeat(60));
      }
    }
    tools = new ToolHarness(ws.open());
  }

  @AfterAll
  void close() {
    tools.close();
  }

  private static int tokens(McpSchema.CallToolResult r) {
    return SizeContract.tokens(new ToolResult(r.structuredContent(), text(r)));
  }

  private McpSchema.CallToolResult fits(String tool, Map<String, Object> args) {
    McpSchema.CallToolResult r = tools.call(tool, args);
    assertThat(r.isError()).as(tool + " " + args + ": " + text(r)).isFalse();
    assertThat(tokens(r)).as(tool + " " + args).isLessThanOrEqualTo(SizeContract.MAX_RESULT_TOKENS);
    return r;
  }

  @Test
  void structuredQueriesDefaultToTwentyRowsAndCutBigPages() {
    Map<String, Object> def = structured(fits("crm_query", Map.of("object", "opportunities")));
    assertThat((List<?>) def.get("items")).hasSize(20);
    assertThat(((Number) def.get("total")).intValue()).isEqualTo(CUSTOMERS * 5);
    assertThat(def).containsEntry("has_more", true);

    Map<String, Object> big = structured(fits("crm_query", Map.of("object", "opportunities", "limit", 100,
        "fields", List.of("id", "name", "next_step", "competitors", "customer"))));
    assertThat(((List<?>) big.get("items")).size()).isLessThan(100);
    assertThat((String) big.get("note")).contains("Cut to").contains("narrow");
    assertThat(big.get("next_cursor")).isNotNull();
  }

  @Test
  void sqlResultsAreCappedAndPaged() {
    Map<String, Object> r = structured(fits("crm_query", Map.of("sql", "SELECT * FROM crm_opportunities", "limit",
        100)));
    assertThat(r).containsEntry("has_more", true).containsEntry("total_is_exact", false);
    assertThat((String) r.get("note")).contains("rows were read (at most 1000)");
  }

  @Test
  void pipelineRiskListsShrinkToFit() {
    McpSchema.CallToolResult r = fits("pipeline_analysis", Map.of("limit", 100));
    Map<String, Object> slipped = (Map<String, Object>) structured(r).get("slipped");
    // Every one of the 2,000 deals slipped: first close 2026-09-30, now 2026-11-15 or 2026-12-15.
    assertThat(((Number) slipped.get("total")).intValue()).isEqualTo(CUSTOMERS * 5);
    assertThat(slipped).containsEntry("has_more", true);
  }

  @Test
  void competitorMentionsArePaged() {
    Map<String, Object> r = structured(fits("competitor_check", Map.of("competitor", "Stackline", "limit", 100)));
    @SuppressWarnings("unchecked")
    Map<String, Object> findings = ((List<Map<String, Object>>) r.get("competitors")).get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> mentions = (Map<String, Object>) findings.get("mentions");
    assertThat(((Number) mentions.get("total")).intValue()).isGreaterThanOrEqualTo(CUSTOMERS * 3);
    assertThat(mentions).containsEntry("has_more", true);
    assertThat(((Number) findings.get("deals_total")).intValue()).isEqualTo(CUSTOMERS * 5);
    assertThat(((List<?>) findings.get("deals")).size()).isLessThanOrEqualTo(100);
  }
}
