package com.salesworkspace.importers.gmail;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RFC 5322 Date header keeping the sender's offset ("Tue, 3 Nov 2026 14:22:00 -0500"), leniently: the
 * weekday, seconds and comments like "(PST)" are optional, two-digit years and old zone names are understood.
 */
public final class MailDates {
  private static final Pattern DATE = Pattern.compile(
      "(?:[A-Za-z]{3},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[a-z]*[\\s-]+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
          + "(?:\\.\\d+)?\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?");
  private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
      Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
      Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
      Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("BST", 1));
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private MailDates() {}

  /** The moment, or null when the text is not a date. */
  public static OffsetDateTime parse(String header) {
    if (header == null) {
      return null;
    }
    Matcher m = DATE.matcher(header.replaceAll("\\([^)]*\\)", " ").strip());
    if (!m.find()) {
      return null;
    }
    int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
    if (month < 0 || month % 3 != 0) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 50 ? 2000 : 1900;
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month / 3 + 1, Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return OffsetDateTime.of(local, offset(m.group(7)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null) {
      return ZoneOffset.UTC;
    }
    if (zone.startsWith("+") || zone.startsWith("-")) {
      String digits = zone.replace(":", "");
      int hours = Integer.parseInt(digits.substring(1, 3));
      int minutes = Integer.parseInt(digits.substring(3, 5));
      int sign = zone.startsWith("-") ? -1 : 1;
      if (hours > 18 || minutes > 59) {
        return ZoneOffset.UTC;
      }
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    return ZoneOffset.ofHours(ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), 0));
  }
}
