package com.salesworkspace.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.index.Index;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The original architecture's two rules, as written, on the demo workspace at its reference date 2026-11-20. */
class DemoFiringsTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-11-20");
  @TempDir static Path dir;
  static Workspace workspace;
  static Index index;
  static TriggerEngine engine;
  static TriggerRun run;

  @BeforeAll
  static void runTheSeedRules() {
    workspace = Workspace.open(TestWorkspace.copyDemo(dir));
    index = Index.open(workspace);
    index.refresh(Progress.NONE);
    engine = new TriggerEngine(workspace, index, Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC),
        Map.of());
    run = engine.run(TriggerEngine.RunOptions.of(AS_OF, true));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> firedFor(String rule) {
    return run.alerts().stream().filter(a -> a.rule().equals(rule)).map(Alert::customer).toList();
  }

  @Test
  void theSeedRulesLoadWithoutProblems() {
    assertThat(run.ruleProblems()).isEmpty();
    assertThat(run.errors()).isEmpty();
    assertThat(engine.rules().rules()).extracting(Rule::name).containsExactly("buying_signals", "churn_risk");
  }

  @Test
  void buyingSignalsFireOnTheFourInboundPhrasesAndNotOnOurOwnOutboundEmail() {
    assertThat(firedFor("buying_signals"))
        .containsExactly("acme-logistics", "cedar-financial", "evergreen-retail", "lumina-education");
    Map<String, String> evidence = Map.of(
        "acme-logistics", "2026-10-22-gmail-26344d",
        "evergreen-retail", "2026-11-06-gmail-b65bce",
        "cedar-financial", "2026-09-14-gmail-306b75",
        "lumina-education", "2026-07-14-gmail-c0fee1");
    for (Alert a : run.alerts().stream().filter(a -> a.rule().equals("buying_signals")).toList()) {
      assertThat(a.evidence().interactions()).extracting(Alert.InteractionEvidence::id)
          .containsExactly(evidence.get(a.customer()));
      Alert.InteractionEvidence e = a.evidence().interactions().get(0);
      assertThat(e.direction()).isEqualTo("inbound");
      assertThat(e.excerpt()).containsIgnoringCase("[" + e.phrase());
    }
    // The near-miss: "budget approved" in the AE's outbound email to Lumina does not count.
    Explanation lumina = engine.explain("buying_signals", "lumina-education", AS_OF);
    assertThat(lumina.interactions()).anySatisfy(c -> {
      assertThat(c.id()).isEqualTo("2026-10-14-gmail-143b1e");
      assertThat(c.counts()).isFalse();
      assertThat(c.why()).startsWith("outbound");
    });
  }

  @Test
  void churnRiskFiresOnFjordAndGraniteButNotOnTheNearMisses() {
    assertThat(firedFor("churn_risk")).containsExactly("fjord-media", "granite-insurance");
    Alert fjord = run.alerts().stream().filter(a -> a.customer().equals("fjord-media")).findFirst().orElseThrow();
    assertThat(fjord.evidence().values()).containsEntry("health_score", 32L).containsEntry("no_activity", 46L);

    Explanation meridian = engine.explain("churn_risk", "meridian-hotels", AS_OF);
    assertThat(meridian.fires()).isFalse();
    assertThat(meridian.values()).containsEntry("health_score", 40L);
    assertThat(meridian.reasons()).anyMatch(r -> r.contains("health_score < 40") && r.contains("false"));

    Explanation nordhavn = engine.explain("churn_risk", "nordhavn-shipping", AS_OF);
    assertThat(nordhavn.fires()).isFalse();
    assertThat(nordhavn.values()).containsEntry("health_score", 35L).containsEntry("no_activity", 29L);
    assertThat(nordhavn.reasons()).anyMatch(r -> r.contains("no_activity > 30"));
  }
}
