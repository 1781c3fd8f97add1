package com.salesworkspace.context;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a context needs to know about one interaction without reading its file: the index's metadata plus what the
 * digest derived from the text (a one-line summary, the signals, the cleaned length and near-duplicate keys).
 * Immutable; digests are shared between calls while their file is unchanged.
 */
public final class InteractionDigest {
  private final String path;
  private final String id;
  private final String type;
  private final String source;
  private final String date;
  private final long epochMillis;
  private final String title;
  private final String from;
  private final String participants;
  private final String toAddrs;
  private final String direction;
  private final int cleanChars;
  private final String summary;
  private final String dupKey;
  private final long simhash;
  private final List<Signal> signals;
  private final LocalDate day;
  private final String people;

  public InteractionDigest(String path, String id, String type, String source, String date, long epochMillis,
      String title, String from, String participants, String toAddrs, String direction, int cleanChars,
      String summary, String dupKey, long simhash, List<Signal> signals) {
    this.path = path;
    this.id = id;
    this.type = type;
    this.source = source;
    this.date = date;
    this.epochMillis = epochMillis;
    this.title = title;
    this.from = from;
    this.participants = participants;
    this.toAddrs = toAddrs;
    this.direction = direction;
    this.cleanChars = cleanChars;
    this.summary = summary;
    this.dupKey = dupKey;
    this.simhash = simhash;
    this.signals = List.copyOf(signals);
    this.day = LocalDate.parse(date.substring(0, 10));
    this.people = ((from == null ? "" : from) + " " + (toAddrs == null ? "" : toAddrs) + " "
        + (participants == null ? "" : participants)).toLowerCase(Locale.ROOT);
  }

  public String path() {
    return path;
  }

  public String id() {
    return id;
  }

  public String type() {
    return type;
  }

  public String source() {
    return source;
  }

  /** The date-time as written in the file (ISO 8601 with its offset). */
  public String date() {
    return date;
  }

  public long epochMillis() {
    return epochMillis;
  }

  /** The subject (emails) or title (calls, meetings); null for Slack threads. */
  public String title() {
    return title;
  }

  public String from() {
    return from;
  }

  /** Participants as the index keeps them (a JSON list). */
  public String participants() {
    return participants;
  }

  /** Recipients as the index keeps them (a JSON list). */
  public String toAddrs() {
    return toAddrs;
  }

  public String direction() {
    return direction;
  }

  /** Length of the text without quoted history and signatures. */
  public int cleanChars() {
    return cleanChars;
  }

  public String summary() {
    return summary;
  }

  public String dupKey() {
    return dupKey;
  }

  public long simhash() {
    return simhash;
  }

  public List<Signal> signals() {
    return signals;
  }

  /** The day of the interaction in its own time zone. */
  public LocalDate day() {
    return day;
  }

  public long epochDay() {
    return day.toEpochDay();
  }

  public String dayText() {
    return date.substring(0, Math.min(10, date.length()));
  }

  /** Sender's display name ("Maria Chen" of "Maria Chen <maria@x.com>"), or null. */
  public String fromName() {
    if (from == null || from.isBlank()) {
      return null;
    }
    int lt = from.indexOf('<');
    String name = lt > 0 ? from.substring(0, lt).strip() : from.strip();
    return name.replace("\"", "");
  }

  /** Everyone named on the interaction (sender, recipients, participants), lower-cased, for matching people. */
  public String people() {
    return people;
  }
}
