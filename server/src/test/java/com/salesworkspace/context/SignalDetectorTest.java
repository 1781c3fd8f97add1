package com.salesworkspace.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.context.Signal.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalDetectorTest {
  private final SignalLexicon lexicon = new SignalLexicon(Map.of("Stackline", "Stackline", "Stackline.io", "Stackline",
      "Orbitra", "Orbitra"));

  private List<Signal> detect(String text) {
    return SignalDetector.detect(text, lexicon);
  }

  @Test
  void findsRisksObjectionsBuyingSignalsAndCompetitorsWithTheirSentence() {
    List<Signal> found = detect("""
        Good news - budget approved for the Q1 rollout. The weather was fine.
        Honestly, the reorganisation may put the expansion on hold until February.
        The price is too high for the smaller sites.
        Stackline.io sent a lower quote last week.""");
    assertThat(found).extracting(Signal::kind).containsExactly(Kind.BUYING, Kind.RISK, Kind.OBJECTION,
        Kind.COMPETITOR, Kind.OBJECTION);
    // A short sentence comes with the next one, so the quote says what it is about.
    assertThat(found.get(0).text()).isEqualTo("Good news - budget approved for the Q1 rollout. The weather was fine.");
    assertThat(found.get(1).text()).startsWith("Honestly, the reorganisation");
    assertThat(found.get(1).trigger()).isIn("reorganisation", "on hold");
    assertThat(found.get(3).competitor()).isEqualTo("Stackline");
    assertThat(found.get(0).weight()).isEqualTo(3);
  }

  @Test
  void speakersAreKeptAndShortTurnsQuotedWhole() {
    List<Signal> found = detect("[2026-09-29 10:23] Carlos Ruiz: Timing. Lars decides after the Orbitra POC ends on "
        + "October 16. If he gives notice on the 17th we are in a tender.");
    Signal risk = found.stream().filter(s -> s.kind() == Kind.RISK).findFirst().orElseThrow();
    assertThat(risk.speaker()).isEqualTo("Carlos Ruiz");
    assertThat(risk.text()).startsWith("Timing. Lars decides").endsWith("we are in a tender.");
    // A POC in a sentence about a competitor is their progress, not a buying signal for us.
    assertThat(found).noneMatch(s -> s.kind() == Kind.BUYING);
    assertThat(found).anyMatch(s -> s.kind() == Kind.COMPETITOR && s.competitor().equals("Orbitra"));
  }

  @Test
  void linesUnderARisksHeadingAndRiskLabelsAreRisks() {
    List<Signal> found = detect("""
        ## Risks
        - Tacoma moves from February to March.
        ## Decisions
        - Close by December 15.
        Risk: no re-entry window before mid-2029.""");
    assertThat(found).filteredOn(s -> s.kind() == Kind.RISK).extracting(Signal::text)
        .containsExactly("Tacoma moves from February to March.", "Risk: no re-entry window before mid-2029.");
  }

  @Test
  void aTextIsOneKindOnlyAndKeysIgnoreNumbers() {
    List<Signal> found = detect("[10:00] Dana: B is fine, we are still cheaper per run. What is the real risk here?");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(Kind.RISK);
    Signal a = detect("Quote 1001: the pricing is too high.").get(0);
    Signal b = detect("Quote 2002: the pricing is too high!").get(0);
    assertThat(a.key()).isEqualTo(b.key());
  }

  @Test
  void nothingInPlainText() {
    assertThat(detect("The connector handled the peak weekend without manual fixes.")).isEmpty();
    assertThat(detect("")).isEmpty();
  }
}
