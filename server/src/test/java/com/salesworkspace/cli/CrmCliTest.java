package com.salesworkspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.testing.CliRunner;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The crm command on the demo workspace: the same core as the crm tools, as text and as --json. */
class CrmCliTest {
  @TempDir Path dir;
  @RegisterExtension final CliRunner cli = new CliRunner();
  private String ws;

  @BeforeEach
  void copyTheDemo() {
    ws = TestWorkspace.copyDemo(dir).toString();
  }

  @Test
  void queryFiltersSortsAndPrintsJson() throws Exception {
    // Open deals of sarah.lee over 150,000: D-BRIGHT-001 220,000 and D-MERI-001 210,000.
    assertThat(cli.run("crm", "query", "opportunities", "--workspace", ws, "--where", "owner = sarah.lee",
        "--where", "is_closed = false", "--where", "amount > 150000", "--sort=-amount", "--fields", "id,amount",
        "--source", "workspace", "--json")).isZero();
    JsonNode json = Json.MAPPER.readTree(cli.stdout());
    assertThat(json.get("total").asInt()).isEqualTo(2);
    assertThat(json.at("/items/0/id").asText()).isEqualTo("D-BRIGHT-001");
    assertThat(json.at("/items/1/amount").asLong()).isEqualTo(210_000);

    assertThat(cli.run("crm", "query", "opportunities", "--workspace", ws, "--where", "stage in negotiation",
        "--group-by", "owner", "--agg", "count,sum:amount", "--sort=owner", "--source", "workspace")).isZero();
    // Negotiation: carlos.ruiz FJORD-002 120,000; john.smith ACME-001 180,000 + KEST-001 380,000 + KEST-002
    // 96,000 = 656,000 (3); sarah.lee MERI-001 210,000.
    assertThat(cli.stdout()).contains("owner | count | sum_amount", "john.smith | 3 | 656000",
        "carlos.ruiz | 1 | 120000");

    assertThat(cli.run("crm", "query", "opportunities", "--workspace", ws, "--where", "amont > 5")).isEqualTo(2);
    assertThat(cli.stderr()).contains("did you mean 'amount'");
  }

  @Test
  void whereValuesWrittenTheSqlWayReadTheSame() throws Exception {
    // Negotiation has 5 deals, discovery 2: quotes and a parenthesised list must not become part of the value.
    for (String[] where : new String[][] {{"stage = 'negotiation'", "5"}, {"stage = \"negotiation\"", "5"},
        {"stage in ('negotiation', 'discovery')", "7"}, {"stage in (negotiation,discovery)", "7"},
        {"stage in negotiation, discovery", "7"}, {"name = 'Fjord Media - Renewal 2027'", "1"}}) {
      assertThat(cli.run("crm", "query", "opportunities", "--workspace", ws, "--where", where[0], "--source",
          "workspace", "--json")).as(where[0]).isZero();
      assertThat(Json.MAPPER.readTree(cli.stdout()).get("total").asText()).as(where[0]).isEqualTo(where[1]);
    }
  }

  @Test
  void sqlRunsInTheSandbox() {
    assertThat(cli.run("crm", "sql", "--workspace", ws, "SELECT COUNT(*) AS deals FROM crm_opportunities")).isZero();
    assertThat(cli.stdout()).contains("deals", "19");
    assertThat(cli.run("crm", "sql", "--workspace", ws, "DELETE FROM deals")).isEqualTo(2);
    assertThat(cli.stderr()).contains("Only a read-only SELECT");
  }

  @Test
  void pipelineAndCompetitors() throws Exception {
    assertThat(cli.run("crm", "pipeline", "--workspace", ws, "--as-of", "2026-11-20", "--owner", "john.smith"))
        .isZero();
    // john.smith in Q4 2026: D-ACME-001 180,000 p80 -> weighted 144,000; quota 1,800,000 / 4 = 450,000 -> 0.4x.
    assertThat(cli.stdout()).contains("Open: 1 deals, 180,000 (weighted 144,000)", "coverage 0.4x",
        "acme-logistics D-ACME-001");
    assertThat(cli.run("crm", "pipeline", "--workspace", ws, "--as-of", "2026-11-20", "--json")).isZero();
    assertThat(Json.MAPPER.readTree(cli.stdout()).at("/totals/open_amount").asDouble()).isEqualTo(315_000);

    assertThat(cli.run("crm", "competitors", "--workspace", ws, "--competitor", "Orbitra", "--limit", "3")).isZero();
    assertThat(cli.stdout()).contains("# Orbitra", "## Landmines to set", "D-KEST-001", "Mentions: ");
  }
}
