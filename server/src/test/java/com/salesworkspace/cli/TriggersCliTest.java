package com.salesworkspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.testing.CliRunner;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TriggersCliTest {
  @TempDir Path dir;
  @RegisterExtension final CliRunner cli = new CliRunner();
  private String ws;

  @BeforeEach
  void copyTheDemo() {
    ws = TestWorkspace.copyDemo(dir).toString();
  }

  @Test
  void runPrintsWhatFiresAndADryRunWritesNothing() throws Exception {
    assertThat(cli.run("triggers", "run", "--workspace", ws, "--as-of", "2026-11-20", "--dry-run")).isZero();
    assertThat(cli.stdout()).contains("Triggers as of 2026-11-20 (dry run: nothing was written or sent)",
        "6 alerts would fire", "buying_signals · acme-logistics (Acme Logistics)", "[budget approved]",
        "churn_risk · granite-insurance", "notify_ae → John Smith (john.smith): would_propose");
    assertThat(dir.resolve("reporting/pulse/2026-11-20-triggers.md")).doesNotExist();

    assertThat(cli.run("triggers", "run", "--workspace", ws, "--as-of", "2026-11-20", "--json")).isZero();
    JsonNode json = Json.MAPPER.readTree(cli.stdout());
    assertThat(json.get("alerts")).hasSize(6);
    assertThat(json.at("/alerts/0/id").asText()).startsWith("2026-11-20-");
    assertThat(dir.resolve("reporting/pulse/2026-11-20-triggers.md")).exists();

    assertThat(cli.run("triggers", "run", "--workspace", ws, "--as-of", "2026-11-20")).isZero();
    assertThat(cli.stdout()).contains("0 alerts fired, 2 held back by cooldown",
        "churn_risk · fjord-media: fired 2026-11-20, quiet until 2026-11-27");
  }

  @Test
  void explainSaysWhyARuleFiresOrNot() {
    assertThat(cli.run("triggers", "explain", "churn_risk", "meridian-hotels", "--workspace", ws, "--as-of",
        "2026-11-20")).isZero();
    assertThat(cli.stdout()).contains("churn_risk (personal/triggers/seed-rules.yaml:6) for meridian-hotels as of "
        + "2026-11-20: does not fire", "'health_score < 40' is false (health_score = 40)", "no_activity > 30: true");

    assertThat(cli.run("triggers", "explain", "buying_signals", "lumina-education", "--workspace", ws, "--as-of",
        "2026-11-20")).isZero();
    assertThat(cli.stdout()).contains(": fires", "2026-07-14-gmail-c0fee1 (inbound email, gmail): counts",
        "2026-10-14-gmail-143b1e (outbound email, gmail): does not count: outbound; the rule matches inbound "
            + "interactions only");

    assertThat(cli.run("triggers", "explain", "churn_risk", "fjord", "--workspace", ws)).isEqualTo(2);
    assertThat(cli.stderr()).contains("Did you mean fjord-media");
  }

  @Test
  void checkNamesEachBadRuleFileAndLine() throws Exception {
    assertThat(cli.run("triggers", "check", "--workspace", ws)).isZero();
    assertThat(cli.stdout()).contains("1 rule files, 2 rules loaded (2 enabled), 0 problems");
    Files.writeString(dir.resolve("personal/triggers/more.yaml"), """
        stalled:
          conditions: ['deals.exists(d, d.open && d.days_to_close < 0)']
          actions: [notify_ae, page_everyone]
        """);
    assertThat(cli.run("triggers", "check", "--workspace", ws)).isEqualTo(1);
    assertThat(cli.stdout()).contains("personal/triggers/more.yaml:3: error: rule 'stalled': unknown action "
        + "'page_everyone'");
    assertThat(cli.run("triggers", "run", "--workspace", ws, "--as-of", "2026-11-20", "--dry-run")).isEqualTo(1);
    assertThat(cli.stdout()).contains("Rules that did not load (the others ran):", "6 alerts would fire");
    assertThat(cli.run("doctor", "--workspace", ws)).isEqualTo(1);
    assertThat(cli.stdout()).contains("personal/triggers/more.yaml:3: error: rule 'stalled'");
  }
}
