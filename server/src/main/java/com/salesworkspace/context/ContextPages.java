package com.salesworkspace.context;

import com.salesworkspace.util.Tokens;
import com.salesworkspace.workspace.WorkspaceException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a context into pages that each fit a tool result. A page breaks at a section or interaction heading when
 * one is near, else at a line (a line longer than a page is cut). Every page starts with a line that says which
 * context it belongs to (customer, tier, as-of day, context id, total tokens), that it is page i of n, what it
 * holds and how to get the next one.
 */
public final class ContextPages {
  private static final int HEADER_ALLOWANCE = 160;

  private ContextPages() {}

  /** One page: its 1-based number, the page count, its text (header included), its tokens and its sections. */
  public record Page(int number, int count, String text, int tokens, List<String> holds) {}

  public static int count(CustomerContext context, int maxPageTokens) {
    return split(context, maxPageTokens).size();
  }

  /** Page {@code number} (1-based) of the context in pages of at most {@code maxPageTokens} tokens. */
  public static Page page(CustomerContext context, int number, int maxPageTokens) {
    List<Chunk> chunks = split(context, maxPageTokens);
    if (number < 1 || number > chunks.size()) {
      throw new WorkspaceException("page " + number + " is past the end: this " + context.tier().id()
          + " context has " + chunks.size() + (chunks.size() == 1 ? " page" : " pages") + "; ask for page 1 to "
          + chunks.size() + ".");
    }
    if (chunks.size() == 1) {
      return new Page(1, 1, context.text(), context.tokens(), chunks.get(0).holds());
    }
    Chunk chunk = chunks.get(number - 1);
    String header = header(context, number, chunks.size(), chunk.holds());
    String text = header + chunk.text();
    return new Page(number, chunks.size(), text, Tokens.count(text), chunk.holds());
  }

  private record Chunk(String text, List<String> holds) {}

  private static String header(CustomerContext c, int number, int count, List<String> holds) {
    return String.format(Locale.ROOT, "> Page %d of %d of the %s context of %s (%s), as of %s%s: %,d tokens (%s) in "
            + "all, context id %s. This page holds: %s.%s%n%n", number, count, c.tier().id(), c.name(), c.customer(),
        c.asOf(), c.focus() == null ? "" : ", focus \"" + c.focus() + "\"", c.tokens(), c.encoding(), c.contextId(),
        String.join("; ", holds), number < count ? " Next: page " + (number + 1) + "." : " This is the last page.");
  }

  private static List<Chunk> split(CustomerContext context, int maxPageTokens) {
    if (context.tokens() <= maxPageTokens) {
      return List.of(new Chunk(context.text(), sectionsOf(context.text(), null)));
    }
    // The context's own first line (a summary with its token count) is replaced by each page's header.
    String body = context.text();
    if (body.startsWith("> ")) {
      int end = body.indexOf("\n\n");
      body = end < 0 ? body : body.substring(end + 2);
    }
    int limit = maxPageTokens - HEADER_ALLOWANCE;
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\n", -1)) {
      if (Tokens.count(line) + 1 <= limit) {
        lines.add(line);
      } else {
        lines.addAll(cutLine(line, limit - 8));
      }
    }
    List<Chunk> chunks = new ArrayList<>();
    String section = null;
    int start = 0;
    while (start < lines.size()) {
      int used = 0;
      int end = start;
      int lastHeading = -1;
      while (end < lines.size()) {
        int t = Tokens.count(lines.get(end)) + 1;
        if (used + t > limit) {
          break;
        }
        if (end > start && lines.get(end).startsWith("#") && used >= limit * 6 / 10) {
          lastHeading = end;
        }
        used += t;
        end++;
      }
      if (end < lines.size() && lastHeading > start) {
        end = lastHeading;
      }
      end = Math.max(end, start + 1);
      String text = String.join("\n", lines.subList(start, end)).strip() + "\n";
      while (Tokens.count(text) > limit && end - start > 1) {
        end--;
        text = String.join("\n", lines.subList(start, end)).strip() + "\n";
      }
      chunks.add(new Chunk(text, sectionsOf(text, section)));
      for (String l : lines.subList(start, end)) {
        if (l.startsWith("## ")) {
          section = l.substring(3).strip();
        }
      }
      start = end;
    }
    return chunks;
  }

  /** The "## " sections a chunk holds; the section it continues first, marked so. */
  private static List<String> sectionsOf(String text, String continuing) {
    Set<String> holds = new LinkedHashSet<>();
    String[] lines = text.split("\n");
    boolean startsWithSection = false;
    for (String l : lines) {
      if (!l.isBlank()) {
        startsWithSection = l.startsWith("## ") || l.startsWith("# ");
        break;
      }
    }
    if (continuing != null && !startsWithSection) {
      holds.add(continuing + " (continued)");
    }
    for (String l : lines) {
      if (l.startsWith("## ")) {
        holds.add(l.substring(3).strip());
      }
    }
    if (holds.isEmpty()) {
      holds.add("the account summary");
    }
    return List.copyOf(holds);
  }

  private static List<String> cutLine(String line, int maxTokens) {
    List<String> parts = new ArrayList<>();
    String rest = line;
    while (!rest.isEmpty()) {
      if (Tokens.count(rest) <= maxTokens) {
        parts.add(rest);
        break;
      }
      String cut = Excerpts.cutToTokens(rest, maxTokens);
      // cutToTokens ends the piece with " …"; the next piece starts where it stopped.
      String piece = cut.endsWith(" …") ? cut.substring(0, cut.length() - 2) : cut;
      if (piece.isEmpty()) {
        piece = rest.substring(0, Math.min(rest.length(), Math.max(1, maxTokens)));
      }
      parts.add(piece + " …");
      rest = rest.substring(piece.length()).stripLeading();
    }
    return parts;
  }
}
