package com.salesworkspace.importers.granola;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting dates Granola exporters write: ISO 8601 ({@code 2026-03-17T13:00:00-04:00}, {@code 2026-03-17 13:00},
 * {@code 2026-03-17}) and the long form of Granola's own notes ({@code March 17, 2026 at 1:00 PM EDT},
 * {@code Tue, Mar 17, 2026 1:00 PM}, {@code 17 March 2026 13:00}). A US zone abbreviation, UTC/GMT or a numeric
 * offset is honoured; without one the time is taken as UTC, and a day alone as midnight UTC.
 */
final class MeetingDates {
  private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
      Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
      Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
      Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
      Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
      Map.entry("CEST", ZoneOffset.ofHours(2)));
  private static final Pattern TRAILING_ZONE = Pattern.compile(
      "\\s*(?:\\(?([A-Z]{1,4})\\)?|(?:UTC|GMT)?([+-]\\d{2}:?\\d{2}))\\s*$");
  private static final List<DateTimeFormatter> DAYS = List.of(
      pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("EEEE, MMMM d, uuuu"), pattern("EEE, MMM d, uuuu"),
      pattern("EEEE, MMM d, uuuu"), pattern("EEE, MMMM d, uuuu"), pattern("d MMMM uuuu"), pattern("d MMM uuuu"),
      pattern("uuuu-MM-dd"), pattern("uuuu/MM/dd"));
  private static final List<DateTimeFormatter> TIMES = List.of(pattern("h:mm a"), pattern("h:mma"),
      pattern("H:mm"), pattern("H:mm:ss"), pattern("h a"));

  private MeetingDates() {}

  /** The moment, or null when the text is no date this class reads. */
  static OffsetDateTime parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.strip().replace('\u202f', ' ').replace('\u00a0', ' ');
    try {
      return OffsetDateTime.parse(text.replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      // Not ISO with an offset: try the other forms.
    }
    ZoneOffset zone = ZoneOffset.UTC;
    Matcher z = TRAILING_ZONE.matcher(text);
    if (z.find() && z.start() > 0) {
      ZoneOffset found = z.group(1) != null ? ZONES.get(z.group(1))
          : ZoneOffset.of(z.group(2).contains(":") ? z.group(2)
              : z.group(2).substring(0, 3) + ":" + z.group(2).substring(3));
      if (found != null) {
        zone = found;
        text = text.substring(0, z.start()).strip();
      }
    }
    try {
      return LocalDateTime.parse(text.replace(' ', 'T')).atOffset(zone);
    } catch (DateTimeParseException e) {
      // Not ISO local: try day and time words.
    }
    String[] parts = text.split("\\s+(?:at\\s+)?(?=\\d{1,2}(?::\\d{2}|\\s*[AaPp][Mm]))", 2);
    String dayPart = parts[0].replaceAll("[,\\s]+$", "");
    LocalDate day = day(dayPart);
    if (day == null) {
      return null;
    }
    LocalTime time = parts.length > 1 ? time(parts[1].strip()) : LocalTime.MIDNIGHT;
    return time == null ? null : day.atTime(time).atOffset(zone);
  }

  private static LocalDate day(String text) {
    for (DateTimeFormatter f : DAYS) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException e) {
        // Next form.
      }
    }
    return null;
  }

  private static LocalTime time(String text) {
    String upper = text.toUpperCase(Locale.ROOT).replace(".", "");
    for (DateTimeFormatter f : TIMES) {
      try {
        return LocalTime.parse(upper, f);
      } catch (DateTimeParseException e) {
        // Next form.
      }
    }
    return null;
  }

  private static DateTimeFormatter pattern(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
