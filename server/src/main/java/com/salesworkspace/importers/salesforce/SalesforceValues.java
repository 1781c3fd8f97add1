package com.salesworkspace.importers.salesforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Salesforce field values as workspace values. Data Export writes dates as 2026-11-03 and date-times as
 * 2026-11-03T14:22:00.000Z, the REST API as ...+0000, report exports in the user's locale (11/3/2026 here).
 * A value that cannot be read throws {@link IllegalArgumentException} with a message fit for the report.
 */
final class SalesforceValues {
  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ofPattern("HH:mm[:ss][.SSS]"))
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT);
  /** A day without a time: noon UTC stays on the same calendar day in every time zone people work in. */
  private static final LocalTime DAY_ONLY = LocalTime.NOON;

  private SalesforceValues() {}

  static LocalDate date(String value) {
    String v = value.trim();
    try {
      if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
        return dateTime(v).toLocalDate();
      }
      return v.contains("/") ? LocalDate.parse(v, US_DATE) : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not a date");
    }
  }

  /** A moment; a plain day counts as noon UTC, a time without an offset as UTC (Salesforce stores UTC). */
  static OffsetDateTime dateTime(String value) {
    String v = value.trim();
    try {
      if (v.length() <= 10) {
        return OffsetDateTime.of(date(v), DAY_ONLY, ZoneOffset.UTC);
      }
      var parsed = DATE_TIME.parse(v);
      LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
      ZoneOffset offset = parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
          ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
      return OffsetDateTime.of(local, offset);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("'" + value + "' is not a date and time");
    }
  }

  static BigDecimal decimal(String value) {
    try {
      return new BigDecimal(value.trim().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a number");
    }
  }

  /** A number as YAML writes it best: whole numbers without ".0". */
  static Number number(String value) {
    BigDecimal d = decimal(value).stripTrailingZeros();
    return d.scale() <= 0 ? (Number) d.longValueExact() : d;
  }

  static Integer integer(String value) {
    return decimal(value).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  /** The email domain a website stands for: https://www.acme.com/about becomes acme.com. */
  static String domain(String website) {
    String v = website.trim().toLowerCase(Locale.ROOT);
    if (!v.contains("://")) {
      v = "http://" + v;
    }
    try {
      String host = URI.create(v.replace(" ", "")).getHost();
      if (host == null || !host.contains(".")) {
        throw new IllegalArgumentException("'" + website + "' is not a website");
      }
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + website + "' is not a website");
    }
  }

  /** A multi-select picklist (values separated by ;) or a comma-separated text. */
  static List<String> list(String value) {
    return Arrays.stream(value.split(value.contains(";") ? ";" : ","))
        .map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** A picklist value as a workspace id: "Mid Market" becomes mid-market. */
  static String lowerId(String value) {
    return value.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }
}
