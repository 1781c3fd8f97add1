package com.salesworkspace.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.index.Index;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.YamlSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real runs on a copy of the demo workspace: storage, cooldown across runs, dry runs, and the actions. */
class TriggerRunTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-11-20");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  Workspace workspace;
  Index index;

  @BeforeEach
  void setUp() {
    workspace = Workspace.open(TestWorkspace.copyDemo(dir));
    index = Index.open(workspace);
    index.refresh(Progress.NONE);
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  private TriggerRun run(LocalDate asOf, boolean dryRun, Map<String, String> env) {
    index.refresh(Progress.NONE);
    return new TriggerEngine(workspace, index, CLOCK, env).run(TriggerEngine.RunOptions.of(asOf, dryRun));
  }

  private static List<String> fired(TriggerRun run) {
    return run.alerts().stream().map(a -> a.rule() + " " + a.customer()).toList();
  }

  /** Every file of the workspace outside .workspace/, with its content. */
  private Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString();
        if (!rel.startsWith(".workspace")) {
          files.put(rel, Files.readString(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  @Test
  void aDryRunSaysWhatWouldHappenAndWritesNothing() {
    Map<String, String> before = files();
    TriggerRun run = run(AS_OF, true, Map.of());
    assertThat(run.alerts()).hasSize(6).allMatch(a -> a.id() == null);
    assertThat(run.alerts().get(0).actions()).extracting(Alert.ActionOutcome::status)
        .allMatch(s -> s.startsWith("would_"));
    assertThat(files()).isEqualTo(before);
    assertThat(new TriggerEngine(workspace, index, CLOCK, Map.of()).alerts()
        .count(new AlertStore.Query(null, null, null, null, null))).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRealRunStoresAlertsAndActsInTheWorkspaceWithoutSlack() throws Exception {
    TriggerRun run = run(AS_OF, false, Map.of());
    assertThat(fired(run)).containsExactly("buying_signals acme-logistics", "buying_signals cedar-financial",
        "buying_signals evergreen-retail", "buying_signals lumina-education", "churn_risk fjord-media",
        "churn_risk granite-insurance");
    Alert acme = run.alerts().get(0);
    assertThat(acme.id()).startsWith("2026-11-20-");
    assertThat(acme.actions()).extracting(o -> o.action() + " " + o.channel() + " " + o.status()).containsExactly(
        "notify_ae outbox proposed", "create_task task written", "create_task salesforce skipped".replace(
            "salesforce skipped", "outbox proposed"), "update_forecast deals written");
    assertThat(acme.actions().get(0).target()).isEqualTo("John Smith (john.smith)");

    // The pulse: a dated Markdown file with every alert, for people, and its record for the machine.
    String pulse = Files.readString(dir.resolve("reporting/pulse/2026-11-20-triggers.md"));
    assertThat(pulse).contains("## buying_signals · Acme Logistics (acme-logistics)", "2026-10-22-gmail-26344d",
        "[budget approved]", "## churn_risk · Fjord Media (fjord-media)", "health_score = 32, no_activity = 46");
    // The outbox holds what was not sent, to whom, and why.
    String outbox = Files.readString(dir.resolve("reporting/pulse/outbox/2026-11-20.md"));
    assertThat(outbox).contains("To John Smith (john.smith) · notify_ae · buying_signals · acme-logistics",
        "To Priya Patel (priya.patel) · alert_csm · churn_risk · fjord-media",
        "To Dana White (dana.white) · escalate_to_manager · churn_risk · fjord-media",
        "Slack delivery is not enabled");
    // create_task: a task interaction in the customer's folder.
    String taskPath = acme.actions().get(1).detail();
    String task = Files.readString(dir.resolve(taskPath));
    assertThat(task).contains("type: task", "direction: internal", "Follow up: buying signals", acme.id());
    // update_forecast: a flag on the open deal; everything else in deals.yaml is kept.
    Map<String, Object> deals = YamlSupport.requireMapping(YamlSupport.parse(
        Files.readString(dir.resolve("customers/acme-logistics/deals.yaml")), "deals.yaml"), "deals.yaml");
    Map<String, Object> deal = ((List<Map<String, Object>>) deals.get("deals")).get(0);
    assertThat(deal).containsKeys("history", "next_step", "competitors");
    assertThat((List<Map<String, Object>>) deal.get("forecast_flags")).singleElement()
        .satisfies(f -> assertThat(f).containsEntry("rule", "buying_signals").containsEntry("alert", acme.id()));
  }

  @Test
  void dedupAndCooldownHoldAcrossRunsAndIndexRebuilds() throws Exception {
    TriggerRun first = run(AS_OF, false, Map.of());
    assertThat(first.alerts()).hasSize(6);

    // Same day again: keyword evidence is already reported, condition rules are in their cooldown. The tasks the
    // first run wrote are neither buying signals nor activity that would hide the silence.
    TriggerRun again = run(AS_OF, false, Map.of());
    assertThat(again.alerts()).isEmpty();
    assertThat(again.suppressed()).extracting(s -> s.rule() + " " + s.customer() + " until " + s.quietUntil())
        .containsExactly("churn_risk fjord-media until 2026-11-27", "churn_risk granite-insurance until 2026-11-27");

    // Three days on: Fjord and Granite are still in their cooldown; Nordhavn's silence has now passed 30 days.
    TriggerRun threeDays = run(AS_OF.plusDays(3), false, Map.of());
    assertThat(fired(threeDays)).containsExactly("churn_risk nordhavn-shipping");
    assertThat(threeDays.alerts().get(0).evidence().values()).containsEntry("no_activity", 32L);
    // Seven days on (the default cooldown): churn risk reminds about Fjord and Granite; buying signals stay quiet.
    TriggerRun week = run(AS_OF.plusDays(7), false, Map.of());
    assertThat(fired(week)).containsExactly("churn_risk fjord-media", "churn_risk granite-insurance");
    assertThat(week.alerts().get(0).evidence().values()).containsEntry("no_activity", 53L);
    assertThat(week.suppressed()).extracting(s -> s.customer() + " until " + s.quietUntil())
        .containsExactly("nordhavn-shipping until 2026-11-30");

    // A new inbound signal at Acme fires again (only the new email is evidence), cooldown or not for others.
    Files.writeString(dir.resolve("customers/acme-logistics/interactions/2026-11-27-gmail-abc123.md"), """
        ---
        id: 2026-11-27-gmail-abc123
        type: email
        date: 2026-11-27T10:00:00-05:00
        source: gmail
        subject: "Expansion"
        from: Maria Chen <maria.chen@acmelogistics.com>
        direction: inbound
        ---
        We are Looking for Solution options for the West region too.
        """);
    TriggerRun newSignal = run(AS_OF.plusDays(7), false, Map.of());
    assertThat(fired(newSignal)).containsExactly("buying_signals acme-logistics");
    assertThat(newSignal.alerts().get(0).evidence().interactions()).extracting(Alert.InteractionEvidence::id)
        .containsExactly("2026-11-27-gmail-abc123");

    // Delete the index: the alerts come back from reporting/pulse/, so nothing fires twice.
    index.close();
    deleteTree(dir.resolve(".workspace"));
    index = Index.open(workspace);
    TriggerRun afterRebuild = run(AS_OF.plusDays(7), false, Map.of());
    assertThat(afterRebuild.alerts()).isEmpty();
    assertThat(afterRebuild.suppressed()).hasSize(3);
  }

  @Test
  void slackDeliversToEnabledTargetsAndEverythingElseIsAProposal() throws Exception {
    Files.writeString(dir.resolve("workspace-setup/integrations/trigger-actions.yaml"), """
        slack:
          enabled: true
          targets: [priya.patel, dana.white]
        salesforce:
          create_tasks: true
        """);
    try (FakeApis fake = new FakeApis()) {
      TriggerRun run = run(AS_OF, false, fake.env());
      Alert fjord = run.alerts().stream().filter(a -> a.customer().equals("fjord-media")).findFirst().orElseThrow();
      assertThat(fjord.actions()).extracting(o -> o.action() + " " + o.target() + " " + o.channel() + " " + o.status())
          .containsExactly("alert_csm Priya Patel (priya.patel) slack sent",
              "escalate_to_manager Dana White (dana.white) slack sent");
      Alert granite = run.alerts().stream().filter(a -> a.customer().equals("granite-insurance")).findFirst()
          .orElseThrow();
      assertThat(granite.actions()).extracting(o -> o.action() + " " + o.channel() + " " + o.status())
          .containsExactly("alert_csm outbox proposed", "escalate_to_manager slack sent");
      assertThat(granite.actions().get(0).detail()).contains("mark.jones is not among the Slack targets");

      // Three Slack messages, each to the person's Slack id, with the evidence and the rule.
      assertThat(fake.slackMessages).extracting(m -> m.get("channel"))
          .containsExactly("U05PRIYA01", "U05DANAW01", "U05DANAW01");
      assertThat(fake.slackMessages.get(0).get("text")).contains("Fjord Media (fjord-media)", "health_score = 32",
          "no_activity = 46", "Rule churn_risk (personal/triggers/seed-rules.yaml:", fjord.id());

      // create_task also made Salesforce Tasks on the four accounts with a buying signal.
      assertThat(fake.salesforceTasks).hasSize(4).allMatch(t -> t.contains("\"WhatId\":\"0015g"));
      assertThat(run.alerts().get(0).actions()).anyMatch(o -> o.channel().equals("salesforce")
          && o.status().equals("written") && o.ref().startsWith("00T5g"));

      // Slack refusing a message (a revoked token, say): the action fails and the message goes to the outbox.
      fake.slackError = "token_revoked";
      TriggerRun later = run(AS_OF.plusDays(7), false, fake.env());
      assertThat(later.alerts().get(0).actions().get(0)).satisfies(o -> {
        assertThat(o.status()).isEqualTo("failed");
        assertThat(o.detail()).contains("token_revoked");
      });
      assertThat(Files.readString(dir.resolve("reporting/pulse/outbox/2026-11-27.md"))).contains("token_revoked");
    }
  }

  @Test
  void aRuleThatFailsWhileRunningIsReportedAndTheOthersStillFire() throws Exception {
    Files.writeString(dir.resolve("personal/triggers/broken.yaml"), """
        divides_by_zero:
          conditions: ['100 / (health_score - health_score) > 1']
          actions: [notify_ae]
        not_even_loading:
          conditions: ['open(\"/etc/passwd\") != null']
          actions: [notify_ae]
        """);
    TriggerRun run = run(AS_OF, true, Map.of());
    assertThat(run.ruleProblems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("personal/triggers/broken.yaml");
      assertThat(p.line()).isEqualTo(5);
    });
    assertThat(run.errors()).singleElement().satisfies(e -> {
      assertThat(e.rule()).isEqualTo("divides_by_zero");
      assertThat(e.message()).contains("divide by zero");
      assertThat(e.customers()).isEqualTo(12);
    });
    assertThat(run.alerts()).hasSize(6);
  }

  @Test
  void churnedAccountsAreLeftOutByAnExplicitConditionNotASpecialCase() throws Exception {
    Files.writeString(dir.resolve("personal/triggers/seed-rules.yaml"), """
        churn_risk:
          conditions: ['health_score < 40', 'no_activity > 30', "lifecycle_stage != 'churned'"]
          actions: ['alert_csm', 'escalate_to_manager']
        """);
    assertThat(fired(run(AS_OF, true, Map.of()))).containsExactly("churn_risk fjord-media");
  }

  @Test
  void keywordRuleOptionsNarrowWhatCounts() throws Exception {
    Files.writeString(dir.resolve("personal/triggers/seed-rules.yaml"), """
        recent_signals:
          keywords: ['budget approved', 'looking for solution']
          within: 45
          actions: [notify_ae]
        any_direction:
          keywords: ['budget approved']
          direction: any
          actions: [notify_ae]
        slack_only:
          keywords: ['budget approved']
          sources: [slack]
          actions: [notify_ae]
        signal_on_open_pipeline:
          keywords: ['budget approved', 'looking for solution']
          conditions: ['open_pipeline >= 150000']
          actions: [update_forecast]
        """);
    TriggerRun run = run(AS_OF, true, Map.of());
    assertThat(fired(run)).containsExactly("recent_signals acme-logistics", "recent_signals evergreen-retail",
        "any_direction acme-logistics", "any_direction evergreen-retail", "any_direction lumina-education",
        "signal_on_open_pipeline acme-logistics", "signal_on_open_pipeline evergreen-retail");
    Alert lumina = run.alerts().stream().filter(a -> a.customer().equals("lumina-education")).findFirst().orElseThrow();
    assertThat(lumina.evidence().interactions()).extracting(Alert.InteractionEvidence::id)
        .containsExactly("2026-10-14-gmail-143b1e");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
