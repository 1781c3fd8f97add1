package com.salesworkspace.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.bench.SyntheticAccount;
import com.salesworkspace.index.Index;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import com.salesworkspace.util.Tokens;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customers built to break a context: 5,000 near-identical emails with quoted history and signatures, one
 * two-hour 150 KB transcript, no data at all, and names outside ASCII.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdversarialContextTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  static final String MARATHON = "2026-11-12-gong-b1gca1";

  @TempDir static Path dir;
  Index index;
  ContextBuilder builder;

  @BeforeAll
  void createTheCustomers() {
    TestWorkspace ws = TestWorkspace.minimal(dir);
    SyntheticAccount.write(dir, "whale-corp", 5000, 7, SyntheticAccount.Style.NEAR_DUPLICATES);

    ws.customer("marathon-inc", "name: Marathon Inc\ndomains: [marathon.com]\nowner: john.smith\n");
    ws.write("customers/marathon-inc/contacts.yaml", """
        contacts:
          - {name: Pat Long, email: pat@marathon.com, role: champion, sentiment: positive}
        """);
    StringBuilder transcript = new StringBuilder("## Summary\nA two-hour working session on the rollout plan.\n\n"
        + "## Transcript\n");
    for (int turn = 0; turn < 720; turn++) {
      int s = turn * 10;
      String who = turn % 2 == 0 ? "Pat Long" : "John Smith";
      String text = turn == 630 ? "My worry is that the hiring freeze puts the second wave on hold until spring."
          : "we walked through the regional rollout plan, the data mapping and the training schedule in detail, "
              + "region by region, site by site, with the dispatch leads and the two regional IT managers.";
      transcript.append(String.format(Locale.ROOT, "[%02d:%02d:%02d] %s: %s%n", s / 3600, s / 60 % 60, s % 60, who,
          text));
    }
    assertThat(transcript.length()).isGreaterThan(140_000);
    ws.interaction("marathon-inc", MARATHON, "call", "2026-11-12T15:00:00Z", "gong", "Two-hour rollout session",
        null, "outbound", transcript.toString());
    ws.interaction("marathon-inc", "2026-11-01-gmail-aa00bb", "email", "2026-11-01T09:00:00Z", "gmail", "Kickoff",
        "Pat Long <pat@marathon.com>", "inbound", "Looking forward to the session.");

    ws.customer("empty-co", "name: Empty Co\n");

    ws.customer("nordisk-aero", """
        name: Nordisk Ærø Logistik
        domains: [aero.dk]
        owner: john.smith
        currency: DKK
        competitors: [Stackline]
        """);
    ws.write("customers/nordisk-aero/contacts.yaml", """
        contacts:
          - {name: Søren Østergaard, email: soren@aero.dk, title: Driftschef, role: champion, sentiment: positive,
             last_contacted: 2026-09-01}
          - {name: 渡辺 健, email: ken.watanabe@aero.dk, title: 財務部長, role: economic_buyer, sentiment: neutral}
          - {name: José Núñez-Ibáñez, email: jose@aero.dk, role: technical_evaluator}
        """);
    ws.write("customers/nordisk-aero/deals.yaml", """
        deals:
          - {id: D-ÆRØ-1, name: Ærø rollout, amount: 1250000, currency: DKK, stage: negotiation,
             close_date: 2026-12-20, next_step: Møde med 渡辺 健 om budgettet}
        """);
    String[] pool = {"Udrulningen i Aarhus kører efter planen, og chaufførerne er glade for den nye app.",
        "予算の承認は来月の取締役会で決まります。", "José har testet integrationen mod lagersystemet uden fejl.",
        "Vi mangler stadig adgang til testmiljøet i Göteborg.", "経理部は三年間の契約を希望しています。",
        "Rapporten med tal fra alle lagre følger på fredag.", "Kan I sende en opdateret tidsplan for Malmö?",
        "Der er stor interesse fra lagerlederne i Odense og Aalborg.", "渡辺さんは価格表の詳細を確認したいそうです。",
        "Træningen af natholdet er planlagt til næste måned.", "Vi ønsker en samlet faktura for alle lande.",
        "Søren præsenterer resultaterne for direktionen i december."};
    for (int i = 0; i < 40; i++) {
      String day = String.format(Locale.ROOT, "2026-%02d-%02d", 6 + i / 8, 1 + (i % 8) * 3);
      StringBuilder body = new StringBuilder("Hej John,\n\n");
      int[] picks = {i % 12, (i * 5 + i / 12 + 1) % 12, (i * 7 + 3) % 12, (i * 11 + 5 + i / 12) % 12};
      for (int k : picks) {
        body.append(pool[k]).append(' ');
      }
      body.append(i == 39 ? "My worry is that 渡辺 健 pushes the decision into Q1." : "Tak for hjælpen med uge " + i + ".");
      ws.interaction("nordisk-aero", day + "-gmail-" + String.format(Locale.ROOT, "%06x", i), "email",
          day + "T09:00:00+01:00", "gmail", "Status " + i + " – Ærø",
          i % 2 == 0 ? "Søren Østergaard <soren@aero.dk>" : "渡辺 健 <ken.watanabe@aero.dk>", "inbound",
          body + "\n\nVenlig hilsen,\nSøren");
    }
    index = Index.open(ws.open());
    index.refresh(Progress.NONE);
    builder = new ContextBuilder(ws.open(), index);
  }

  @AfterAll
  void close() {
    index.close();
  }

  CustomerContext build(String slug, Tier tier) {
    return builder.build(new ContextRequest(slug, tier, null, AS_OF));
  }

  @TestFactory
  Stream<DynamicTest> budgetsHoldOnEveryAdversarialCustomerAndTier() {
    return Stream.of("whale-corp", "marathon-inc", "empty-co", "nordisk-aero").flatMap(slug ->
        Stream.of(Tier.values()).map(tier -> DynamicTest.dynamicTest(slug + " " + tier.id(), () -> {
          CustomerContext c = build(slug, tier);
          assertThat(c.tokens()).isEqualTo(Tokens.count(c.text())).isLessThanOrEqualTo(tier.hardLimit());
          assertThat(c.coverage().complete() || c.tokens() >= tier.fillTarget())
              .as("fills 90% of the budget or holds everything").isTrue();
          assertThat(c.text()).doesNotContain("{{").doesNotContain("}}");
        })));
  }

  @Test
  void nearDuplicateEmailsAreShownOnceAndQuotedHistoryAndSignaturesNever() {
    CustomerContext compact = build("whale-corp", Tier.COMPACT);
    assertThat(compact.coverage().interactions()).isEqualTo(5000);
    assertThat(compact.coverage().nearDuplicatesFolded()).isGreaterThan(4900);
    // What 5,000 copies of one email say fits in far less than the budget, and the context says it has it all.
    assertThat(compact.coverage().complete()).isTrue();
    assertThat(compact.text()).contains("near-identical emails");
    for (Tier tier : Tier.values()) {
      String text = build("whale-corp", tier).text();
      assertThat(text).as(tier.id()).doesNotContain("is attached with the updated pricing")
          .doesNotContain("+1 555 0100").doesNotContain("> Pat, quote");
      // The objection is listed once, with how often it was repeated.
      Matcher m = Pattern.compile("(?m)^- .*\\*\\*objection\\*\\*.*pricing is too high.*$").matcher(text);
      int lines = 0;
      while (m.find()) {
        lines++;
        assertThat(m.group()).contains("also in 4,999 more").doesNotContain("also in 4999");
      }
      assertThat(lines).as(tier.id()).isEqualTo(1);
    }
  }

  @Test
  void theTwoHourTranscriptIsExcerptedAroundWhatMatters() {
    for (Tier tier : Tier.values()) {
      CustomerContext c = build("marathon-inc", tier);
      assertThat(c.text()).as(tier.id()).contains("[" + MARATHON + "]")
          .contains("Excerpt of").contains("read it whole with get_interaction")
          .contains("My worry is that the hiring freeze puts the second wave on hold");
      assertThat(c.coverage().excerpted()).isEqualTo(1);
    }
    String compact = build("marathon-inc", Tier.COMPACT).text();
    assertThat(compact).contains("**risk** · Pat Long, call: “My worry is that the hiring freeze");
  }

  @Test
  void aCustomerWithNoDataGetsAShortHonestContext() {
    CustomerContext c = build("empty-co", Tier.STANDARD);
    assertThat(c.tokens()).isLessThan(400);
    assertThat(c.coverage().complete()).isTrue();
    assertThat(c.coverage().interactions()).isZero();
    assertThat(c.text()).contains("# Empty Co · standard context").contains("No contacts on file.")
        .contains("No open deals.").contains("No interactions on record").contains("No champion identified")
        .doesNotContain("## Most recent interactions").doesNotContain("Cut to fit");
  }

  @Test
  void namesOutsideAsciiSurviveAndAreRecognised() {
    CustomerContext c = build("nordisk-aero", Tier.COMPACT);
    String text = c.text();
    assertThat(text).contains("# Nordisk Ærø Logistik").contains("**Søren Østergaard**, Driftschef · champion")
        .contains("**渡辺 健**, 財務部長 · economic buyer").contains("**José Núñez-Ibáñez**")
        .contains("D-ÆRØ-1").contains("DKK 1,250,000").contains("next step: Møde med 渡辺 健 om budgettet");
    // Søren last wrote on 2026-10-19 (after last_contacted): the stakeholder map sees it.
    assertThat(text).contains("**Søren Østergaard**, Driftschef · champion · positive · last heard 2026-10-19");
    assertThat(text).containsPattern("渡辺 健, email: “.*My worry is that 渡辺 健 pushes the decision into Q1.”");
    assertThat(text).contains("予算の承認は来月の取締役会で決まります");
    assertThat(c.coverage().nearDuplicatesFolded()).isZero();
    assertThat(c.tokens()).isBetween(Tier.COMPACT.fillTarget(), Tier.COMPACT.hardLimit());
  }
}
