package com.salesworkspace.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of an interaction as a context shows it: quoted reply history and signatures cut, so that a thread of
 * twenty replies is not counted twenty times. Importers strip these already (docs/formats.md); this is the second
 * line of defence for hand-written and third-party files.
 */
public final class InteractionCleaner {
  /** "On Mon, Jun 1, 2026 at 10:00 AM Pat <pat@x.com> wrote:", possibly wrapped over two lines. */
  private static final Pattern REPLY_HEADER = Pattern.compile(
      "^\\s*(On\\s.{4,300}wrote:|Le\\s.{4,300}a écrit\\s?:|Am\\s.{4,300}schrieb.{0,40}:|El\\s.{4,300}escribió:)\\s*$");
  private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
      "^\\s*-{2,}\\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\\s*-{2,}.*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*\\*?(From|Von|De)\\s*:\\*?\\s.+$");
  private static final Pattern OUTLOOK_NEXT = Pattern.compile("^\\s*\\*?(Sent|Date|Gesendet|Envoyé|To)\\s*:\\*?\\s.*$");
  private static final Pattern SIGNATURE = Pattern.compile(
      "^(-- ?|__+|Sent from my (iPhone|iPad|Android|mobile|phone).*|Get Outlook for .*|Von meinem .* gesendet)\\s*$",
      Pattern.CASE_INSENSITIVE);

  private InteractionCleaner() {}

  /** The text without quoted history and signatures (emails), with runs of blank lines collapsed (all types). */
  public static String clean(String type, String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    List<String> lines = body.strip().lines().toList();
    List<String> kept = new ArrayList<>(lines.size());
    boolean email = "email".equals(type);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (email && endsTheNewText(lines, i)) {
        break;
      }
      if (email && line.startsWith(">")) {
        continue;
      }
      kept.add(stripTrailing(line));
    }
    return collapseBlankLines(kept);
  }

  private static boolean endsTheNewText(List<String> lines, int i) {
    String line = lines.get(i);
    if (REPLY_HEADER.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()
        || SIGNATURE.matcher(line).matches()) {
      return true;
    }
    // A reply header wrapped over two lines: "On Mon, Jun 1, 2026 at 10:00 AM Pat Buyer" / "<pat@x.com> wrote:".
    if (i + 1 < lines.size() && line.strip().startsWith("On ") && lines.get(i + 1).strip().endsWith("wrote:")
        && REPLY_HEADER.matcher(line.strip() + " " + lines.get(i + 1).strip()).matches()) {
      return true;
    }
    // Outlook: "From: X" followed within three lines by "Sent:" or "Date:" starts the quoted message.
    if (OUTLOOK_FROM.matcher(line).matches()) {
      for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
        if (OUTLOOK_NEXT.matcher(lines.get(j)).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String stripTrailing(String line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end);
  }

  private static String collapseBlankLines(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    int blanks = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        blanks++;
        continue;
      }
      if (sb.length() > 0) {
        sb.append(blanks > 0 ? "\n\n" : "\n");
      }
      blanks = 0;
      sb.append(line);
    }
    return sb.toString();
  }
}
