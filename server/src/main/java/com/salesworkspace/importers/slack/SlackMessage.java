package com.salesworkspace.importers.slack;

import java.time.Instant;
import java.util.List;

/**
 * One message worth importing, its markup already rendered.
 *
 * @param ts Slack's id of the message (seconds.micros since the epoch)
 * @param day the day file it came from (YYYY-MM-DD)
 * @param threadTs the ts of the thread's parent, null outside a thread
 * @param replyCount replies the parent says it has (0 for replies and plain messages)
 * @param files the names of shared files (never their content)
 */
record SlackMessage(String ts, Instant at, String day, SlackUser author, String text, String threadTs,
    int replyCount, boolean edited, List<String> files) {

  SlackMessage {
    files = List.copyOf(files);
  }

  boolean isReply() {
    return threadTs != null && !threadTs.equals(ts);
  }

  /** Parses a Slack ts ("1452837318.000002") to an instant; null when it is not one. */
  static Instant instant(String ts) {
    if (ts == null || !ts.matches("\\d{1,12}(\\.\\d{1,9})?")) {
      return null;
    }
    int dot = ts.indexOf('.');
    long seconds = Long.parseLong(dot < 0 ? ts : ts.substring(0, dot));
    long nanos = 0;
    if (dot >= 0) {
      String fraction = (ts.substring(dot + 1) + "000000000").substring(0, 9);
      nanos = Long.parseLong(fraction);
    }
    return Instant.ofEpochSecond(seconds, nanos);
  }
}
