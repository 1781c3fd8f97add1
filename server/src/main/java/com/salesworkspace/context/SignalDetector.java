package com.salesworkspace.context;

import com.salesworkspace.context.Signal.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds risks, objections, buying signals and competitor mentions in the cleaned text of one interaction,
 * sentence by sentence. Chat messages and transcript turns keep their speaker, and a short turn is quoted whole so
 * that the sentence around the trigger comes with it. Bullets under a "Risks" heading and sentences that start with
 * "Risk:" are risks whatever their words.
 */
public final class SignalDetector {
  static final int MAX_PER_KIND = 6;
  static final int MAX_TEXT_CHARS = 360;
  private static final int WHOLE_TURN_CHARS = 320;
  private static final int SHORT_SENTENCE = 70;

  private static final Pattern TURN = Pattern.compile("^\\s*\\[([0-9:\\- T]{4,20})\\]\\s+([^:\\[\\]]{2,60}?):\\s+(.+)$");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+");
  private static final Pattern RISK_HEADING = Pattern.compile("(?i).*\\b(risks?|concerns?|blockers?|issues|watch ?outs?)\\b.*");
  private static final Pattern RISK_LABEL = Pattern.compile("(?i)^(risks?|concerns?|blockers?)\\s*:.*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"“(\\[]?[\\p{Lu}\\p{N}])");

  private SignalDetector() {}

  public static List<Signal> detect(String cleanText, SignalLexicon lexicon) {
    List<Signal> found = new ArrayList<>();
    if (cleanText == null || cleanText.isBlank()) {
      return found;
    }
    boolean riskSection = false;
    for (String raw : cleanText.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        riskSection = RISK_HEADING.matcher(line).matches();
        continue;
      }
      String speaker = null;
      String text = line;
      Matcher turn = TURN.matcher(raw);
      if (turn.matches()) {
        speaker = turn.group(2).strip();
        text = turn.group(3).strip();
      }
      text = BULLET.matcher(text).replaceFirst("").replace("**", "").strip();
      detectInUnit(text, speaker, riskSection, lexicon, found);
    }
    return limit(found);
  }

  private static void detectInUnit(String unit, String speaker, boolean underRiskHeading, SignalLexicon lexicon,
      List<Signal> out) {
    String[] sentences = SENTENCE_END.split(unit);
    boolean wholeTurn = speaker != null && unit.length() <= WHOLE_TURN_CHARS;
    for (int i = 0; i < sentences.length; i++) {
      String sentence = sentences[i].strip();
      if (sentence.isEmpty()) {
        continue;
      }
      List<SignalLexicon.Phrase> matches = lexicon.match(SignalLexicon.words(sentence));
      boolean labelled = underRiskHeading || RISK_LABEL.matcher(sentence).matches();
      if (matches.isEmpty() && !labelled) {
        continue;
      }
      String text = wholeTurn ? unit : quote(sentences, i);
      boolean competitor = false;
      for (SignalLexicon.Phrase p : matches) {
        if (p.kind() == Kind.COMPETITOR) {
          competitor = true;
          add(out, signal(Kind.COMPETITOR, 2, p.competitor(), speaker, text, p.competitor(), sentence));
        }
      }
      SignalLexicon.Phrase best = matches.stream().filter(p -> p.kind() != Kind.COMPETITOR)
          .max(Comparator.comparingInt(SignalLexicon.Phrase::weight)
              .thenComparing(p -> -p.kind().ordinal()))
          .orElse(null);
      if (labelled) {
        add(out, signal(Kind.RISK, 3, best == null ? "risk" : best.text(), speaker, text, null, sentence));
      } else if (best != null && best.kind() == Kind.BUYING && competitor) {
        // A pilot, a POC, an approval in a sentence about a competitor is their progress: a risk for us.
        add(out, signal(Kind.RISK, 2, best.text(), speaker, text, null, sentence));
      } else if (best != null) {
        add(out, signal(best.kind(), best.weight(), best.text(), speaker, text, null, sentence));
      }
    }
  }

  /**
   * A signal quoting {@code text} and keyed by the sentence that triggered it, so the same sentence said again in
   * another turn or email (with other words around it) counts as a repeat.
   */
  private static Signal signal(Kind kind, int weight, String trigger, String speaker, String text, String competitor,
      String sentence) {
    return new Signal(kind, weight, trigger, speaker, text, competitor, Signal.key(competitor, sentence));
  }

  /** The sentence, with the next one when it is short (so "Timing." comes with what it is about). */
  private static String quote(String[] sentences, int i) {
    String s = sentences[i].strip();
    if (s.length() < SHORT_SENTENCE && i + 1 < sentences.length) {
      s = s + " " + sentences[i + 1].strip();
    }
    return trim(s, MAX_TEXT_CHARS);
  }

  static String trim(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    return s.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }

  /**
   * Adds a signal unless its text is already there: one text is one competitor mention per competitor, and one of
   * risk, objection or buying signal (the strongest; a risk on a tie).
   */
  private static void add(List<Signal> out, Signal s) {
    for (int i = 0; i < out.size(); i++) {
      Signal o = out.get(i);
      if (!o.text().equals(s.text()) || (o.kind() == Kind.COMPETITOR) != (s.kind() == Kind.COMPETITOR)) {
        continue;
      }
      if (s.kind() == Kind.COMPETITOR && !s.competitor().equals(o.competitor())) {
        continue;
      }
      if (s.weight() > o.weight() || (s.weight() == o.weight() && s.kind().ordinal() < o.kind().ordinal())) {
        out.set(i, s);
      }
      return;
    }
    out.add(s);
  }

  /** At most {@link #MAX_PER_KIND} signals of each kind (per competitor for mentions), strongest first, in text order. */
  private static List<Signal> limit(List<Signal> found) {
    Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < found.size(); i++) {
      Signal s = found.get(i);
      byGroup.computeIfAbsent(s.kind() + (s.competitor() == null ? "" : ":" + s.competitor().toLowerCase(Locale.ROOT)),
          k -> new ArrayList<>()).add(i);
    }
    boolean[] keep = new boolean[found.size()];
    for (List<Integer> group : byGroup.values()) {
      group.stream().sorted(Comparator.comparingInt((Integer i) -> -found.get(i).weight()).thenComparingInt(i -> i))
          .limit(MAX_PER_KIND).forEach(i -> keep[i] = true);
    }
    List<Signal> result = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (keep[i]) {
        result.add(found.get(i));
      }
    }
    return result;
  }
}
