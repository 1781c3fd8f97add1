package com.salesworkspace.importers.gmail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps what the sender wrote in this message: drops the quoted reply history (an "On ... wrote:" attribution
 * and what follows, also wrapped over two lines and in other languages, "&gt;" lines, Outlook's From:/Sent: block,
 * "-----Original Message-----") and the signature ("-- " and what follows, "Sent from my iPhone", mailing-list
 * footers, and the title/phone/address lines under a sign-off). An inline reply (answers between quoted lines)
 * keeps its answers.
 */
public final class EmailBodyCleaner {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern ATTRIBUTION = Pattern.compile(String.join("|",
      "^On\\s.{4,300}\\swrote\\s?:$",
      "^.{0,300}\\d.{0,300}\\swrote\\s?:$",
      "^.{0,300}@.{0,300}\\swrote\\s?:$",
      "^Am\\s.{4,300}\\sschrieb\\s.{0,200}:$",
      "^Le\\s.{4,300}\\sa\\sécrit\\s?:$",
      "^El\\s.{4,300}\\sescribió\\s?:$",
      "^Il\\s.{4,300}\\sha\\sscritto\\s?:$",
      "^Op\\s.{4,300}\\sschreef\\s.{0,200}:$",
      "^(Den|På)\\s.{4,300}\\sskrev\\s.{0,200}:$",
      "^.{4,300}\\sнаписал(а|\\(а\\))?\\s?:$",
      "^.{4,300}\\s(escreveu|napisał|kirjoitti)\\s?:$"), FLAGS);
  private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
      "^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale)"
          + "\\s*-{2,}\\s*$", FLAGS);
  private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(From|Von|De|Van|Da|Fra|Från)\\s?:\\*?\\s.+", FLAGS);
  private static final Pattern HEADER_OTHER = Pattern.compile(
      "^\\*?(Sent|Date|To|Subject|Cc|Gesendet|Datum|An|Betreff|Envoyé|À|Objet|Enviado|Para|Asunto|Verzonden|Aan|"
          + "Onderwerp|Inviato|Oggetto|Skickat|Till|Ämne|Sendt|Til|Emne)\\s?:\\*?(\\s.*)?$", FLAGS);
  private static final Pattern RULE = Pattern.compile("^\\s*[_\\-=]{10,}\\s*$");
  private static final Pattern DEVICE_SIGNATURE = Pattern.compile(
      "^(Sent from my .{1,40}|Sent from (Mail|Outlook) for .{1,30}|Sent from Outlook|Sent from Yahoo Mail.{0,40}|"
          + "Get Outlook for .{1,20}|Sent via .{1,40}|Sent with .{1,30}|Von meinem .{1,30} gesendet|"
          + "Envoyé de mon .{1,30}|Enviado desde mi .{1,30}|Inviato da .{1,30}|Sendt fra min .{1,30})$", FLAGS);
  private static final Pattern SIGN_OFF = Pattern.compile(
      "^(Best|Best regards|Kind regards|Warm regards|Regards|Many thanks|Thanks|Thank you|Thanks again|Cheers|"
          + "Sincerely|All the best|Talk soon|Speak soon|Mit freundlichen Grüßen|Viele Grüße|Beste Grüße|Gruß|Grüße|"
          + "Cordialement|Bien à vous|Saludos|Un saludo|Met vriendelijke groet|Med vänlig hälsning|Hilsen|"
          + "Med venlig hilsen)[,.!]?$", FLAGS);
  /** A line only a signature has: a phone number, an address, a link, a "Title | Company" line. */
  private static final Pattern SIGNATURE_DETAIL = Pattern.compile(
      "(\\+?\\d[\\d ().-]{6,}\\d|@|https?://|www\\.|\\||\\b(VP|Director|Manager|Head of|Chief|CEO|CFO|CTO|COO|"
          + "Officer|Engineer|Executive|Lead|President|Founder|Partner|Account|Sales|Tel|Phone|Mobile|Cell)\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final int SIGNATURE_MAX_LINES = 8;
  private static final int SIGNATURE_MAX_LINE_CHARS = 80;

  private EmailBodyCleaner() {}

  public static String clean(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      lines.add(line.stripTrailing());
    }
    lines = cutQuotedHistory(lines);
    lines.removeIf(EmailBodyCleaner::isQuoted);
    lines = cutSignature(lines);
    return String.join("\n", lines).replaceAll("\n{3,}", "\n\n").strip();
  }

  private static boolean isQuoted(String line) {
    return line.stripLeading().startsWith(">");
  }

  private static List<String> cutQuotedHistory(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || isQuoted(line)) {
        continue;
      }
      int attribution = attributionLines(lines, i);
      if (attribution > 0) {
        List<String> rest = lines.subList(i + attribution, lines.size());
        if (isInlineReply(rest)) {
          List<String> kept = new ArrayList<>(lines.subList(0, i));
          kept.addAll(rest);
          return cutQuotedHistory(kept);
        }
        return new ArrayList<>(lines.subList(0, i));
      }
      if (ORIGINAL_MESSAGE.matcher(line).matches() || isHeaderBlock(lines, i)) {
        int cut = i;
        if (cut > 0 && RULE.matcher(lines.get(cut - 1)).matches()) {
          cut--;
        }
        return new ArrayList<>(lines.subList(0, cut));
      }
    }
    return lines;
  }

  /** How many lines the attribution at i spans (1 or 2, when a client wrapped it), or 0. */
  private static int attributionLines(List<String> lines, int i) {
    String line = lines.get(i).strip();
    if (line.endsWith(":") && line.length() <= 600 && ATTRIBUTION.matcher(line).matches()) {
      return 1;
    }
    if (i + 1 < lines.size()) {
      String next = lines.get(i + 1).strip();
      while (next.startsWith(">")) {
        next = next.substring(1).strip();
      }
      String joined = line + " " + next;
      if (!next.isEmpty() && next.endsWith(":") && joined.length() <= 600 && ATTRIBUTION.matcher(joined).matches()) {
        return 2;
      }
    }
    return 0;
  }

  /**
   * Answers written between or below the quoted lines (inline or bottom posting): the history is quoted with '&gt;'
   * and some unquoted text follows it. Unquoted text alone after the attribution is the history itself.
   */
  private static boolean isInlineReply(List<String> rest) {
    boolean quoted = false;
    for (String line : rest) {
      if (isQuoted(line)) {
        quoted = true;
      } else if (quoted && !line.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Outlook's "From: ... / Sent: ... / To: ... / Subject: ..." header of the message replied to. */
  private static boolean isHeaderBlock(List<String> lines, int i) {
    if (!HEADER_FROM.matcher(lines.get(i).strip()).matches()) {
      return false;
    }
    int others = 0;
    for (int j = i + 1; j < Math.min(lines.size(), i + 6); j++) {
      if (HEADER_OTHER.matcher(lines.get(j).strip()).matches()) {
        others++;
      }
    }
    return others >= 2;
  }

  private static List<String> cutSignature(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      String line = raw.strip();
      boolean delimiter = (raw.equals("-- ") || raw.equals("--")) && i > 0;
      boolean device = DEVICE_SIGNATURE.matcher(line).matches() && nearEnd(lines, i, 3);
      boolean footer = RULE.matcher(line).matches() && nearEnd(lines, i, 6) && mentionsUnsubscribe(lines, i);
      if (delimiter || device || footer) {
        return cutSignature(new ArrayList<>(lines.subList(0, i)));
      }
    }
    return cutBelowSignOff(lines);
  }

  /** After "Best,\nMaria Chen": drop the short title, phone and address lines that follow the name. */
  private static List<String> cutBelowSignOff(List<String> lines) {
    int last = lastNonBlank(lines);
    for (int i = Math.max(0, last - SIGNATURE_MAX_LINES - 2); i <= last; i++) {
      if (!SIGN_OFF.matcher(lines.get(i).strip()).matches()) {
        continue;
      }
      int name = i + 1;
      while (name <= last && lines.get(name).isBlank()) {
        name++;
      }
      if (name > last) {
        return lines;
      }
      List<String> after = lines.subList(name + 1, last + 1);
      boolean signatureLike = after.stream().filter(l -> !l.isBlank()).count() <= SIGNATURE_MAX_LINES
          && after.stream().allMatch(l -> l.strip().length() <= SIGNATURE_MAX_LINE_CHARS)
          && lines.get(name).strip().length() <= 40
          && after.stream().anyMatch(l -> SIGNATURE_DETAIL.matcher(l).find());
      if (signatureLike) {
        return new ArrayList<>(lines.subList(0, name + 1));
      }
    }
    return lines;
  }

  private static boolean nearEnd(List<String> lines, int i, int within) {
    return lines.subList(i + 1, lines.size()).stream().filter(l -> !l.isBlank()).count() <= within;
  }

  private static boolean mentionsUnsubscribe(List<String> lines, int i) {
    return lines.subList(i + 1, Math.min(lines.size(), i + 4)).stream()
        .anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("unsubscribe"));
  }

  private static int lastNonBlank(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
