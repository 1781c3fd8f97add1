package com.salesworkspace.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.index.Index;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import com.salesworkspace.util.Tokens;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.YamlSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

/** The contexts of the twelve demo customers: planted facts, budgets, stability, focus and as_of. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoContextTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "that", "this", "into", "may",
      "our", "your", "their", "are", "was", "were", "will", "can", "not", "until", "after", "before", "only", "give");
  private static final Pattern ENTRY = Pattern.compile("(?m)^### \\d{4}-\\d{2}-\\d{2} · \\w+ · .*\\[([a-z0-9-]+)\\]");

  @TempDir static Path dir;
  Workspace workspace;
  Index index;
  ContextBuilder builder;

  @BeforeAll
  void openTheDemo() {
    workspace = Workspace.open(TestWorkspace.copyDemo(dir.resolve("demo")));
    index = Index.open(workspace);
    index.refresh(Progress.NONE);
    builder = new ContextBuilder(workspace, index);
  }

  @AfterAll
  void close() {
    index.close();
  }

  CustomerContext build(String slug, Tier tier, String focus) {
    return builder.build(new ContextRequest(slug, tier, focus, AS_OF));
  }

  static List<Map<String, Object>> demoFacts() throws IOException {
    Path folder = TestWorkspace.projectRoot().resolve("server/src/test/resources/demo-facts");
    List<Map<String, Object>> facts = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) YamlSupport.parse(Files.readString(f), f.toString());
        facts.add(map);
      }
    }
    assertThat(facts).hasSize(12);
    return facts;
  }

  /** The compact context of every demo customer holds its planted facts. */
  @TestFactory
  Stream<DynamicTest> compactContextHoldsTheMustContainFacts() throws IOException {
    return demoFacts().stream().map(facts -> DynamicTest.dynamicTest((String) facts.get("customer"), () -> {
      String slug = (String) facts.get("customer");
      String text = build(slug, Tier.COMPACT, null).text();
      List<String> lines = text.lines().toList();

      String champion = (String) facts.get("champion");
      if (champion == null) {
        assertThat(text).contains("No champion identified");
      } else {
        assertThat(lineWith(lines, "**" + champion + "**")).as("champion").contains("· champion ·");
      }
      String buyer = (String) facts.get("economic_buyer");
      if (buyer == null) {
        assertThat(text).contains("No economic buyer identified");
      } else {
        assertThat(lineWith(lines, "**" + buyer + "**")).as("economic buyer").contains("· economic buyer ·");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> deal = (Map<String, Object>) facts.get("largest_open_deal");
      if (deal == null) {
        assertThat(text).contains("No open deals.");
      } else {
        String line = lineWith(lines, "(" + deal.get("id") + ")");
        assertThat(line).as("largest open deal").contains(String.format(Locale.ROOT, "%,d",
            ((Number) deal.get("amount")).longValue())).contains("· " + deal.get("stage") + " ·");
        assertThat(text.indexOf("(" + deal.get("id") + ")")).as("the largest open deal comes first")
            .isLessThan(text.indexOf("## Open deals") + 200);
      }
      if (facts.get("latest_next_step") != null) {
        assertThat(text).as("latest next step").contains("next step: " + facts.get("latest_next_step"));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> risk = (Map<String, Object>) facts.get("latest_risk");
      String cited = lineWith(lines, "[" + risk.get("interaction") + "]", keyWords((String) risk.get("text")));
      assertThat(cited).as("the latest risk, cited").startsWith("- ").contains("**risk**");
      if (facts.get("last_competitor") != null) {
        assertThat(lineWith(lines, "- **" + facts.get("last_competitor") + "** ·")).as("last competitor")
            .containsPattern("mention|on file");
      }
    }));
  }

  /** Budgets hold on every demo customer and tier, counted with the tokenizer; compact fills 90%. */
  @TestFactory
  Stream<DynamicTest> budgetsHoldOnEveryDemoCustomerAndTier() {
    return workspace.customerSlugs().stream().flatMap(slug -> Stream.of(Tier.values()).map(tier ->
        DynamicTest.dynamicTest(slug + " " + tier.id(), () -> {
          CustomerContext c = build(slug, tier, null);
          assertThat(c.tokens()).isEqualTo(Tokens.count(c.text()));
          assertThat(c.tokens()).isLessThanOrEqualTo(tier.hardLimit()).isLessThan(tier.budget());
          assertThat(c.encoding()).isEqualTo("cl100k_base");
          assertThat(c.text()).startsWith(String.format(Locale.ROOT, "> Context of %s (%s): %s tier, %,d tokens "
              + "(cl100k_base) of a %,d-token budget", c.name(), slug, tier.id(), c.tokens(), tier.budget()));
          if (tier == Tier.COMPACT) {
            assertThat(c.tokens()).as("compact fills at least 90%").isGreaterThanOrEqualTo(tier.fillTarget());
          } else {
            assertThat(c.coverage().complete() || c.tokens() >= tier.fillTarget())
                .as("fills 90% or holds everything").isTrue();
          }
          if (c.coverage().complete()) {
            assertThat(c.coverage().shownWhole()).isEqualTo(c.coverage().interactions());
          }
        })));
  }

  @Test
  void theSameCallTwiceGivesTheSameContextEvenFromAFreshProcess() {
    for (Tier tier : Tier.values()) {
      CustomerContext first = build("acme-logistics", tier, null);
      CustomerContext again = build("acme-logistics", tier, null);
      assertThat(again.text()).isEqualTo(first.text());
      assertThat(again.contextId()).isEqualTo(first.contextId());
      // A new index handle reads the stored digests instead of the in-memory ones: same output.
      try (Index other = Index.open(workspace)) {
        CustomerContext fresh = new ContextBuilder(workspace, other).build(
            new ContextRequest("acme-logistics", tier, null, AS_OF));
        assertThat(fresh.text()).isEqualTo(first.text());
      }
    }
  }

  @Test
  void focusShiftsTheSelectionTowardsMatchingInteractions() {
    CustomerContext plain = build("acme-logistics", Tier.COMPACT, null);
    CustomerContext security = build("acme-logistics", Tier.COMPACT, "security review");
    Set<String> plainShown = shown(plain.text());
    Set<String> focusShown = shown(security.text());
    assertThat(focusShown).isNotEqualTo(plainShown);
    // The SIG Lite security review emails of June come forward as interactions of their own.
    assertThat(focusShown).containsAnyOf("2026-06-10-gmail-0bd446", "2026-06-24-gmail-f5ca0a",
        "2026-07-22-slack-e96273");
    assertThat(plainShown).doesNotContain("2026-06-10-gmail-0bd446", "2026-06-24-gmail-f5ca0a");
    assertThat(security.text()).contains("## Most relevant to \"security review\"").contains("focus \"security review\"");
    assertThat(security.tokens()).isBetween(Tier.COMPACT.fillTarget(), Tier.COMPACT.hardLimit());
    // Same focus, same output.
    assertThat(build("acme-logistics", Tier.COMPACT, "security review").text()).isEqualTo(security.text());
    CustomerContext pricing = build("acme-logistics", Tier.COMPACT, "pricing");
    assertThat(shown(pricing.text())).isNotEqualTo(focusShown);
  }

  @Test
  void asOfLeavesOutLaterInteractionsAndJudgesSilenceThen() {
    CustomerContext early = builder.build(new ContextRequest("acme-logistics", Tier.STANDARD, null,
        LocalDate.of(2026, 7, 1)));
    assertThat(early.text()).contains("as of 2026-07-01").doesNotContain("2026-10-22-gmail-26344d")
        .contains("2026-06-24-gmail-f5ca0a");
    Matcher ids = Pattern.compile("\\[(2026-\\d{2}-\\d{2})-[a-z]+-[0-9a-f]+\\]").matcher(early.text());
    while (ids.find()) {
      assertThat(ids.group(1)).isLessThanOrEqualTo("2026-07-01");
    }
    assertThat(early.coverage().interactions()).isLessThan(26);
    // The yard management deal was created on 2026-10-15: not a deal yet on July 1.
    String deals = early.text().substring(early.text().indexOf("## Open deals"));
    deals = deals.substring(0, deals.indexOf("\n## ", 5));
    assertThat(deals).contains("D-ACME-001").doesNotContain("D-ACME-002");
  }

  @Test
  void standardHoldsEverythingAboutADemoCustomerAndSaysSo() {
    CustomerContext c = build("nordhavn-shipping", Tier.STANDARD, null);
    assertThat(c.coverage().complete()).isTrue();
    assertThat(c.coverage().interactions()).isEqualTo(16);
    assertThat(shown(c.text())).hasSize(16);
    assertThat(c.text()).contains("## Notes from the team").contains("Søren Østergaard").contains("Åsa Lindqvist")
        .doesNotContain("Cut to fit");
    assertThat(c.sections()).contains("Account", "Stakeholders", "Open deals", "Closed deals",
        "Risks, objections, competitors and buying signals", "Most recent interactions");
  }

  static Set<String> shown(String text) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = ENTRY.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** Words of four letters or more, minus a few common ones: what must survive of a risk's text. */
  static List<String> keyWords(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}$,'-]+")) {
      String t = w.replaceAll("^[,'-]+|[,'-]+$", "");
      if (t.length() >= 4 && !STOP.contains(t)) {
        words.add(t);
      }
    }
    return words;
  }

  private static String lineWith(List<String> lines, String needle, List<String> words) {
    for (String line : lines) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (line.contains(needle) && words.stream().allMatch(lower::contains)) {
        return line;
      }
    }
    throw new AssertionError("no line holds " + needle + " with " + words);
  }

  private static String lineWith(List<String> lines, String needle) {
    return lineWith(lines, needle, List.of());
  }
}
