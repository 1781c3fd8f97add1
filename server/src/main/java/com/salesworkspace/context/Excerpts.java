package com.salesworkspace.context;

import com.salesworkspace.util.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts an interaction's cleaned text to a token budget, keeping what matters first: a call's or meeting's summary,
 * decisions and risks; the lines that carry signals; lines on the focus; then the opening lines. Kept lines stay in
 * their order, and "[…]" marks each gap. A text within the budget is returned whole.
 */
final class Excerpts {
  static final String GAP = "[…]";

  private Excerpts() {}

  record Excerpt(String text, boolean whole, int tokens) {}

  /** The text of one interaction split into lines with their token counts, computed once per build. */
  static final class Lines {
    final String[] lines;
    final int[] tokens;
    final int[] priority;
    final int totalTokens;

    Lines(String clean, List<Signal> signals, Set<String> focusWords) {
      this.lines = clean.isEmpty() ? new String[0] : clean.split("\n");
      this.tokens = new int[lines.length];
      this.priority = new int[lines.length];
      int total = 0;
      int section = 0;
      int content = 0;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        tokens[i] = Tokens.count(line) + 1;
        total += tokens[i];
        String lower = line.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("#")) {
          section = lower.contains("summary") ? 5 : lower.matches(".*\\b(decisions?|risks?|next steps|action items)\\b.*")
              ? 3 : 0;
          priority[i] = -1; // headings come with their lines
          continue;
        }
        if (lower.isEmpty()) {
          priority[i] = -2;
          continue;
        }
        int p = section;
        if (content < 3) {
          p = Math.max(p, 2);
        }
        for (Signal s : signals) {
          String probe = s.text().length() > 40 ? s.text().substring(0, 40) : s.text();
          if (line.contains(probe) || s.text().contains(line.strip())) {
            p = Math.max(p, 4);
            break;
          }
        }
        if (!focusWords.isEmpty()) {
          for (String w : focusWords) {
            if (lower.contains(w)) {
              p = Math.max(p, 4);
              break;
            }
          }
        }
        priority[i] = Math.max(p, 1);
        content++;
      }
      this.totalTokens = total;
    }
  }

  static Excerpt of(Lines text, int maxTokens) {
    if (text.lines.length == 0) {
      return new Excerpt("", true, 0);
    }
    if (text.totalTokens <= maxTokens) {
      return new Excerpt(String.join("\n", text.lines), true, text.totalTokens);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < text.lines.length; i++) {
      if (text.priority[i] > 0) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingInt((Integer i) -> -text.priority[i]).thenComparingInt(i -> i));
    boolean[] keep = new boolean[text.lines.length];
    String[] shown = text.lines.clone();
    int used = 0;
    int budget = maxTokens - 4; // room for gap markers
    for (int i : order) {
      if (used + text.tokens[i] <= budget) {
        keep[i] = true;
        used += text.tokens[i];
      } else if (used == 0 || (budget - used > 40 && text.tokens[i] > budget - used)) {
        // A long line (a transcript turn, a one-paragraph email): keep its start.
        String cut = cutToTokens(text.lines[i], budget - used - 2);
        if (!cut.isEmpty()) {
          keep[i] = true;
          shown[i] = cut;
          used += Tokens.count(cut) + 1;
        }
      }
      if (budget - used < 8) {
        break;
      }
    }
    // Headings of kept lines, when they fit.
    int heading = -1;
    for (int i = 0; i < text.lines.length; i++) {
      if (text.priority[i] == -1) {
        heading = i;
      } else if (keep[i] && heading >= 0) {
        if (used + text.tokens[heading] <= maxTokens - 4) {
          keep[heading] = true;
          used += text.tokens[heading];
        }
        heading = -1;
      }
    }
    StringBuilder sb = new StringBuilder();
    boolean gap = false;
    int gaps = 0;
    for (int i = 0; i < text.lines.length; i++) {
      if (keep[i]) {
        if (gap && sb.length() > 0) {
          sb.append(GAP).append('\n');
          gaps++;
        }
        sb.append(shown[i]).append('\n');
        gap = false;
      } else if (text.priority[i] != -2) {
        gap = true;
      }
    }
    if (gap) {
      sb.append(GAP).append('\n');
      gaps++;
    }
    String out = sb.toString().strip();
    return new Excerpt(out, false, used + gaps * 2);
  }

  /** The start of a line within about {@code maxTokens}, ending at a word, with an ellipsis. */
  static String cutToTokens(String line, int maxTokens) {
    if (maxTokens <= 0) {
      return "";
    }
    int chars = Math.min(line.length(), maxTokens * 3);
    while (chars > 0) {
      int space = line.lastIndexOf(' ', chars);
      int end = space > chars / 2 ? space : chars;
      String cut = line.substring(0, end).stripTrailing() + " …";
      if (Tokens.count(cut) <= maxTokens) {
        return cut;
      }
      chars = chars * 3 / 4;
    }
    return "";
  }
}
