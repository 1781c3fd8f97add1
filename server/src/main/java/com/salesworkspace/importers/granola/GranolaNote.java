package com.salesworkspace.importers.granola;

import com.salesworkspace.workspace.FrontMatter;
import com.salesworkspace.workspace.InvalidFileException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One exported Granola meeting note, in either of the two shapes exporters write (docs/importers.md):
 * YAML front matter (id, title, date, attendees...) then the Markdown notes, or a {@code # Title} heading followed
 * by header lines ({@code Date:}, {@code Time:}, {@code Attendees:}) and the notes.
 *
 * @param id the note id from the front matter, else "sha-" and a hash of title and date
 * @param attendees "Name <email>", a name or an email, as written
 * @param text the notes (enhanced notes and any transcript) without the metadata
 */
record GranolaNote(String id, String title, OffsetDateTime date, List<String> attendees, String organizer,
    String text, Map<String, Object> extra) {

  private static final List<String> ID_KEYS = List.of("id", "note_id", "granola_id", "document_id", "doc_id");
  private static final List<String> DATE_KEYS = List.of("date", "start", "start_time", "started_at", "meeting_date",
      "created_at", "created");
  private static final List<String> ATTENDEE_KEYS = List.of("attendees", "participants", "people");
  private static final Pattern HEADER = Pattern.compile(
      "^\\s*(?:[-*]\\s+)?(?:\\*\\*|__)?([A-Za-z][A-Za-z ]{1,20}?)(?::\\*\\*|\\*\\*:|:__|__:|:)\\s*(.*)$");
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  /** Thrown for a note that cannot be imported; the message says why and how to fix it. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  static GranolaNote parse(String content, String fileName) throws Unreadable {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    text = text.replace("\r\n", "\n");
    Map<String, Object> fields = new LinkedHashMap<>();
    String body = text;
    if (text.startsWith("---\n")) {
      try {
        FrontMatter fm = FrontMatter.parse(text, fileName);
        fields.putAll(fm.fields());
        body = fm.body();
      } catch (InvalidFileException e) {
        throw new Unreadable(e.problem().message());
      }
    }
    List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
    String title = string(fields.get("title"));
    int heading = firstHeading(lines);
    if (title == null && heading >= 0) {
      title = lines.get(heading).replaceFirst("^#\\s+", "").strip();
    }
    if (title == null) {
      title = fileName.replaceFirst("(?i)\\.(md|markdown)$", "");
    }
    String dateText = first(fields, DATE_KEYS);
    String timeText = string(fields.get("time"));
    List<String> attendees = attendees(firstValue(fields, ATTENDEE_KEYS));
    // Header lines directly under the title (or at the top): Date:, Time:, Attendees:, Participants:.
    int i = heading >= 0 ? heading + 1 : 0;
    List<Integer> metadataLines = new ArrayList<>();
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
        continue;
      }
      Matcher header = HEADER.matcher(line);
      if (!header.matches() || line.startsWith("#")) {
        break;
      }
      String key = header.group(1).strip().toLowerCase(Locale.ROOT);
      String value = header.group(2).strip();
      switch (key) {
        case "date", "when", "meeting date", "created", "start" -> {
          dateText = dateText == null ? value : dateText;
          metadataLines.add(i);
        }
        case "time" -> {
          timeText = timeText == null ? value : timeText;
          metadataLines.add(i);
        }
        case "attendees", "participants", "people", "with" -> {
          if (attendees.isEmpty()) {
            attendees = attendees(value);
          }
        }
        case "organizer", "organiser", "host" -> fields.putIfAbsent("organizer", value);
        default -> {
          // Another header line ("Location:", "Meeting:"): kept in the notes.
        }
      }
      i++;
    }
    if (dateText == null) {
      throw new Unreadable("no meeting date: add a 'date:' field to the front matter or a 'Date:' line under the"
          + " title (e.g. 'Date: 2026-03-17 13:00 EDT')");
    }
    OffsetDateTime date = MeetingDates.parse(timeText == null ? dateText : dateText + " " + timeText);
    if (date == null) {
      date = MeetingDates.parse(dateText);
    }
    if (date == null) {
      throw new Unreadable("the meeting date '" + dateText + "' is not a date this importer reads: use ISO 8601"
          + " (2026-03-17T13:00:00-04:00) or Granola's form (March 17, 2026 at 1:00 PM EDT)");
    }
    for (int k = metadataLines.size() - 1; k >= 0; k--) {
      lines.remove((int) metadataLines.get(k));
    }
    String notes = String.join("\n", lines).strip().replaceAll("\n{3,}", "\n\n");
    String id = first(fields, ID_KEYS);
    if (id == null) {
      id = "sha-" + hash(title + "\n" + date.toInstant());
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    putIf(extra, "url", first(fields, List.of("url", "link", "granola_url")));
    Object duration = fields.get("duration_minutes");
    if (duration instanceof Number n) {
      extra.put("duration_minutes", n.longValue());
    }
    return new GranolaNote(id, title, date, attendees, string(fields.get("organizer")), notes, extra);
  }

  /** The emails among the attendees, lower-cased. */
  List<String> emails() {
    List<String> emails = new ArrayList<>();
    for (String a : attendees) {
      Matcher m = EMAIL.matcher(a);
      if (m.find()) {
        String email = m.group().toLowerCase(Locale.ROOT);
        if (!emails.contains(email)) {
          emails.add(email);
        }
      }
    }
    return emails;
  }

  /** The attendees' names: the name part of "Name <email>", or the email when there is no name. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    for (String a : attendees) {
      String name = a.replaceAll("<[^>]*>", "").replaceAll("\\([^)]*@[^)]*\\)", "").strip();
      names.add(name.isEmpty() ? a.replaceAll("[<>]", "").strip() : name);
    }
    return names;
  }

  private static int firstHeading(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("# ")) {
        return i;
      }
      if (!line.isBlank() && !HEADER.matcher(line).matches()) {
        return -1;
      }
    }
    return -1;
  }

  private static List<String> attendees(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> person) {
          String name = string(person.get("name"));
          String email = string(person.get("email"));
          if (name != null || email != null) {
            out.add(name == null ? email : email == null ? name : name + " <" + email + ">");
          }
        } else if (string(o) != null) {
          out.add(string(o));
        }
      }
    } else if (value instanceof String s) {
      for (String part : s.split("\\s*[,;]\\s*(?![^<(]*[>)])")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static String first(Map<String, Object> fields, List<String> keys) {
    Object value = firstValue(fields, keys);
    return value instanceof List<?> || value instanceof Map<?, ?> ? null : string(value);
  }

  private static Object firstValue(Map<String, Object> fields, List<String> keys) {
    for (String key : keys) {
      Object v = fields.get(key);
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }

  private static String string(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private static void putIf(Map<String, Object> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
