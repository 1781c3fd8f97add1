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

/**
 * pipeline_analysis on the demo workspace as of 2026-11-20 (the harness clock). Every figure below is worked out
 * by hand from customers/*\/deals.yaml, contacts.yaml, interaction dates and workspace-setup/team.yaml.
 * Fiscal year starts in January, so this quarter is 2026-10-01..2026-12-31 and next is 2027-01-01..2027-03-31.
 */
class PipelineAnalysisToolTest {
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
    McpSchema.CallToolResult r = tools.call("pipeline_analysis", args);
    assertThat(r.isError()).as(args + " -> " + text(r)).isFalse();
    return structured(r);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String key) {
    return (Map<String, Object>) m.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
    return (List<Map<String, Object>>) m.get(key);
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  @Test
  void thisQuarterForEveryone() {
    Map<String, Object> r = ok(Map.of());
    assertThat(r).containsEntry("period", "FY2026 Q4").containsEntry("from", "2026-10-01").containsEntry("to",
        "2026-12-31");
    Map<String, Object> t = map(r, "totals");
    // Closing in Q4: D-ACME-001 180,000 negotiation p80 and D-HALC-001 135,000 business_case p60.
    // Open = 180,000 + 135,000 = 315,000; weighted = 144,000 + 81,000 = 225,000; nothing won or lost in Q4.
    assertThat(num(t, "open_deals")).isEqualTo(2);
    assertThat(num(t, "open_amount")).isEqualTo(315_000);
    assertThat(num(t, "weighted_amount")).isEqualTo(225_000);
    assertThat(num(t, "won_amount")).isZero();
    // Quota: dana.white (nobody manages her) 6,000,000 a year / 4 = 1,500,000; coverage 315,000 / 1,500,000 = 0.21.
    assertThat(num(t, "quota")).isEqualTo(1_500_000);
    assertThat(num(t, "coverage")).isEqualTo(0.21);
    assertThat(list(r, "by_stage")).extracting(b -> b.get("key")).containsExactly("business_case", "negotiation");
    assertThat(list(r, "by_forecast_category")).extracting(b -> b.get("key")).containsExactly("best_case", "commit");
    // By owner: john.smith 180,000 / (1,800,000 / 4 = 450,000) = 0.4; sarah.lee 135,000 / 400,000 = 0.3375 -> 0.34.
    List<Map<String, Object>> owners = list(r, "by_owner");
    assertThat(owners).extracting(o -> o.get("owner")).containsExactly("john.smith", "sarah.lee");
    assertThat(num(owners.get(0), "coverage")).isEqualTo(0.4);
    assertThat(num(owners.get(1), "coverage")).isEqualTo(0.34);
    // Both Q4 deals slipped: D-HALC-001 first close 2026-09-30 -> 2026-12-18 = 79 days (1 + 31 + 30 + 17);
    // D-ACME-001 2026-10-31 -> 2026-12-15 = 45 days (30 + 15). Largest first.
    Map<String, Object> slipped = map(r, "slipped");
    assertThat(num(slipped, "total")).isEqualTo(2);
    assertThat(list(slipped, "deals")).extracting(d -> d.get("id")).containsExactly("D-ACME-001", "D-HALC-001");
    assertThat((String) list(slipped, "deals").get(1).get("reason"))
        .isEqualTo("close date moved from 2026-09-30 to 2026-12-18 (79 days later)");
    assertThat(list(slipped, "deals").get(0)).containsEntry("customer", "acme-logistics").containsEntry("amount",
        180000.0).containsEntry("name", "Acme Logistics - Platform (3 regions)");
    // Acme and Halcyon both had interactions in the last 30 days, next steps are due after 11-20, both have an EB.
    assertThat(num(map(r, "stale"), "total")).isZero();
    assertThat(num(map(r, "missing_next_step"), "total")).isZero();
    assertThat(num(map(r, "no_economic_buyer"), "total")).isZero();
  }

  @Test
  void stageFlowAndWinRateFromHistories() {
    Map<String, Object> r = ok(Map.of());
    Map<String, Object> tv = list(r, "stage_flow").stream().filter(f -> f.get("stage").equals("technical_validation"))
        .findFirst().orElseThrow();
    // Reached technical_validation (by history, current stage, or a win): all 19 deals but D-ACME-002 (discovery),
    // D-CEDAR-001 (qualification), D-LUMI-001 (discovery) = 16. Went further: all but D-BRIGHT-001 and D-NORD-001,
    // still in it = 14. 14 / 16 = 0.875 -> 0.88.
    assertThat(num(tv, "reached")).isEqualTo(16);
    assertThat(num(tv, "advanced")).isEqualTo(14);
    assertThat(num(tv, "conversion")).isEqualTo(0.88);
    // Completed stays: ACME 04-30 -> 07-09 = 70, DELTA 04-10 -> 06-19 = 70, HALC 05-20 -> 08-26 = 98,
    // KEST-002 06-16 -> 10-08 = 114; (70 + 70 + 98 + 114) / 4 = 88.
    assertThat(num(tv, "avg_days_in_stage")).isEqualTo(88.0);
    assertThat(num(tv, "stays_measured")).isEqualTo(4);
    assertThat(num(tv, "typical_days")).isEqualTo(45);
    // Won: DELTA, EVER-001, FJORD-001, GRAN-001, GRAN-002, NORD-000 = 6; lost: GRAN-003 = 1; 6 / 7 = 0.857 -> 0.86.
    assertThat(num(r, "win_rate")).isEqualTo(0.86);
  }

  @Test
  void nextQuarterFlagsSlippedStaleAndOverdueDeals() {
    Map<String, Object> r = ok(Map.of("period", "next_quarter"));
    Map<String, Object> t = map(r, "totals");
    // Closing in Q1 2027: ACME-002 45,000 p20, BRIGHT 220,000 p40, EVER-002 150,000 p60, FJORD-002 120,000 p35,
    // KEST-001 380,000 p85, KEST-002 96,000 p70, LUMI 70,000 p20, MERI 210,000 p40, NORD-001 60,000 p40.
    // Sum 1,351,000; weighted 9,000 + 88,000 + 90,000 + 42,000 + 323,000 + 67,200 + 14,000 + 84,000 + 24,000
    // = 741,200.
    assertThat(num(t, "open_deals")).isEqualTo(9);
    assertThat(num(t, "open_amount")).isEqualTo(1_351_000);
    assertThat(num(t, "weighted_amount")).isEqualTo(741_200);
    // Slipped: BRIGHT 12-18 -> 02-26, EVER-002 12-18 -> 01-29, KEST-002 12-31 -> 02-15, LUMI 01-29 -> 03-31,
    // NORD-001 11-30 -> 01-29.
    assertThat(list(map(r, "slipped"), "deals")).extracting(d -> d.get("id"))
        .containsExactly("D-BRIGHT-001", "D-EVER-002", "D-KEST-002", "D-LUMI-001", "D-NORD-001");
    // Stale (nothing since 2026-10-21): Fjord's last interaction 2026-10-05, stage since 07-15; Meridian's
    // 2026-10-06, stage since 09-17. Nordhavn wrote on 2026-10-22, so it is not stale.
    assertThat(list(map(r, "stale"), "deals")).extracting(d -> d.get("id")).containsExactly("D-MERI-001",
        "D-FJORD-002");
    // Next steps due before 11-20: FJORD-002 10-14, MERI-001 10-20, NORD-001 11-06.
    assertThat(list(map(r, "missing_next_step"), "deals")).extracting(d -> d.get("reason"))
        .containsExactly("next step was due 2026-10-20", "next step was due 2026-10-14", "next step was due 2026-11-06");
  }

  @Test
  void ownerQuotaCoverageCountsWhatWasWon() {
    // john.smith in Q3 2026 (as of 2026-08-15): D-DELTA-001 240,000 won on 2026-09-12; nothing else closes in Q3.
    // Quota 1,800,000 / 4 = 450,000; remaining 450,000 - 240,000 = 210,000; open 0 -> coverage 0.
    Map<String, Object> r = ok(Map.of("owner", "john.smith", "as_of", "2026-08-15"));
    Map<String, Object> t = map(r, "totals");
    assertThat(r).containsEntry("period", "FY2026 Q3");
    assertThat(num(t, "won_amount")).isEqualTo(240_000);
    assertThat(num(t, "quota")).isEqualTo(450_000);
    assertThat(num(t, "remaining_quota")).isEqualTo(210_000);
    assertThat(num(t, "coverage")).isZero();
  }

  @Test
  void aCustomPeriodProratesTheQuotaAndFlagsAMissingEconomicBuyer() {
    // 2027-04-01..2027-06-30 is 30 + 31 + 30 = 91 days: 6,000,000 x 91 / 365 = 1,495,890.41.
    // Only D-CEDAR-001 (60,000) closes then, and Cedar Financial has no economic_buyer contact.
    Map<String, Object> r = ok(Map.of("team", "dana.white", "from", "2027-04-01", "to", "2027-06-30"));
    assertThat(num(map(r, "totals"), "quota")).isEqualTo(1_495_890.41);
    assertThat(num(map(r, "totals"), "open_amount")).isEqualTo(60_000);
    assertThat(list(map(r, "no_economic_buyer"), "deals")).extracting(d -> d.get("id")).containsExactly("D-CEDAR-001");
  }

  @Test
  void mistakesAreClearErrors() {
    McpSchema.CallToolResult owner = tools.call("pipeline_analysis", Map.of("owner", "jon.smith"));
    assertThat(owner.isError()).isTrue();
    assertThat(text(owner)).contains("did you mean 'john.smith'").contains("team.yaml");
    assertThat(text(tools.call("pipeline_analysis", Map.of("from", "2027-01-01")))).contains("both from and to");
    assertThat(text(tools.call("pipeline_analysis", Map.of("owner", "john.smith", "team", "dana.white"))))
        .contains("not both");
  }

  @Test
  void aTeamLeadWithNoQuotaAndNoReportsHasNoQuota() {
    // elena.novak (admin in team.yaml) has no quota and nobody reports to her.
    Map<String, Object> totals = map(ok(Map.of("team", "elena.novak")), "totals");
    assertThat(totals.get("quota")).isNull();
    assertThat(num(totals, "open_amount")).isZero();
  }

  @Test
  void aPastAsOfLeavesOutDealsCreatedLater() {
    // Every demo deal was created on or after 2024-02-12, so on 2024-01-01 there was no pipeline to speak of.
    Map<String, Object> r = ok(Map.of("as_of", "2024-01-01", "from", "2023-01-01", "to", "2030-12-31"));
    assertThat(num(map(r, "totals"), "open_deals")).isZero();
    assertThat(num(map(r, "totals"), "won_amount")).isZero();
    assertThat(list(r, "stage_flow")).allSatisfy(f -> assertThat(num(f, "reached")).isZero());
    assertThat(r.get("win_rate")).isNull();
  }

  @Test
  void theRiskListsHonourTheLimit() {
    Map<String, Object> r = ok(Map.of("period", "next_quarter", "limit", 2));
    Map<String, Object> slipped = map(r, "slipped");
    assertThat(list(slipped, "deals")).hasSize(2);
    assertThat(slipped).containsEntry("has_more", true);
    assertThat(num(slipped, "total")).isEqualTo(5);
  }
}
