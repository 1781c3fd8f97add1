package com.salesworkspace.context;

/**
 * A sentence of an interaction that matters to a seller: a risk, an objection, a buying signal or a competitor
 * mention. {@code trigger} is the lexicon phrase (or competitor name) that matched, {@code speaker} who said it when
 * the text names speakers (Slack, transcripts), {@code weight} 1 (weak) to 3 (strong).
 */
public record Signal(Kind kind, int weight, String trigger, String speaker, String text, String competitor,
    String key) {

  /** A signal keyed by its whole text. */
  public Signal(Kind kind, int weight, String trigger, String speaker, String text, String competitor) {
    this(kind, weight, trigger, speaker, text, competitor, key(competitor, text));
  }

  /** What finds repeats of a signal: the competitor and the words of a sentence, without digits or punctuation. */
  public static String key(String competitor, String sentence) {
    return (competitor == null ? "" : competitor.toLowerCase(java.util.Locale.ROOT) + ":")
        + TextDigests.normalize(sentence);
  }

  /** The kinds of signals, in the order a context lists them. */
  public enum Kind {
    RISK("risk"),
    OBJECTION("objection"),
    BUYING("buying signal"),
    COMPETITOR("competitor");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
