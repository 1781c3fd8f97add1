package com.salesworkspace.importers.slack;

import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.importers.ImportedInteraction.MatchHints;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the messages of one conversation into interactions: one per thread (parent and replies, wherever the
 * replies were filed) and one per day for the messages outside threads. Times are shown in UTC, the clock of the
 * export's day files. The text follows the workspace's Slack format: {@code [2026-11-03 14:22] Name: text}, thread
 * replies indented by two spaces.
 */
final class SlackConversations {
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final int SUBJECT_CHARS = 70;

  private final SlackDirectory directory;

  SlackConversations(SlackDirectory directory) {
    this.directory = directory;
  }

  List<ImportedInteraction> interactions(SlackChannel channel, List<SlackMessage> messages) {
    List<SlackMessage> ordered = new ArrayList<>(messages);
    ordered.sort(Comparator.comparing(SlackMessage::at).thenComparing(SlackMessage::ts));
    Set<String> threads = new HashSet<>();
    for (SlackMessage m : ordered) {
      if (m.isReply()) {
        threads.add(m.threadTs());
      } else if (m.replyCount() > 0) {
        threads.add(m.ts());
      }
    }
    Map<String, List<SlackMessage>> byThread = new LinkedHashMap<>();
    Map<String, List<SlackMessage>> byDay = new TreeMap<>();
    for (SlackMessage m : ordered) {
      if (m.isReply()) {
        byThread.computeIfAbsent(m.threadTs(), k -> new ArrayList<>()).add(m);
      } else if (threads.contains(m.ts())) {
        byThread.computeIfAbsent(m.ts(), k -> new ArrayList<>()).add(m);
      } else {
        byDay.computeIfAbsent(m.day(), k -> new ArrayList<>()).add(m);
      }
    }
    List<ImportedInteraction> out = new ArrayList<>();
    byThread.forEach((threadTs, group) -> out.add(thread(channel, threadTs, group)));
    byDay.forEach((day, group) -> out.add(day(channel, day, group)));
    out.sort(Comparator.comparing(ImportedInteraction::date).thenComparing(ImportedInteraction::sourceId));
    return out;
  }

  private ImportedInteraction thread(SlackChannel channel, String threadTs, List<SlackMessage> group) {
    StringBuilder text = new StringBuilder();
    for (SlackMessage m : group) {
      line(text, m, m.ts().equals(threadTs) ? "" : "  ");
    }
    SlackMessage first = group.get(0);
    String subject = channel.label() + ": " + abbreviate(first.text().isBlank() ? String.join(", ", first.files())
        : first.text());
    Map<String, Object> extra = extra(channel, group);
    extra.put("thread_ts", threadTs);
    return interaction(channel, channel.id() + ":" + threadTs, subject, group, text, extra);
  }

  private ImportedInteraction day(SlackChannel channel, String day, List<SlackMessage> group) {
    StringBuilder text = new StringBuilder();
    for (SlackMessage m : group) {
      line(text, m, "");
    }
    return interaction(channel, channel.id() + ":" + day, channel.label() + ", " + day, group, text,
        extra(channel, group));
  }

  private ImportedInteraction interaction(SlackChannel channel, String sourceId, String subject,
      List<SlackMessage> group, StringBuilder text, Map<String, Object> extra) {
    Set<SlackUser> authors = new LinkedHashSet<>();
    for (SlackMessage m : group) {
      authors.add(m.author());
    }
    Set<String> emails = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (SlackUser u : authors) {
      if (u.email() != null) {
        emails.add(u.email());
      }
      if (!names.contains(u.name())) {
        names.add(u.name());
      }
    }
    SlackMessage first = group.get(0);
    return new ImportedInteraction("slack", sourceId, "slack", OffsetDateTime.ofInstant(first.at(), ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.SECONDS),
        subject, first.author().address(), List.of(), names, text.toString().strip(), direction(authors),
        new MatchHints(emails, channel.hashName(), null), extra);
  }

  /** Inbound when one of theirs opened the conversation, outbound when we did and they took part. */
  private String direction(Set<SlackUser> authors) {
    SlackDirectory.Side opener = directory.side(authors.iterator().next());
    boolean theirs = false;
    boolean unknown = false;
    for (SlackUser u : authors) {
      SlackDirectory.Side side = directory.side(u);
      theirs |= side == SlackDirectory.Side.THEIRS;
      unknown |= side == SlackDirectory.Side.UNKNOWN;
    }
    if (opener == SlackDirectory.Side.THEIRS) {
      return "inbound";
    }
    if (opener == SlackDirectory.Side.OURS && theirs) {
      return "outbound";
    }
    if (opener == SlackDirectory.Side.OURS && !unknown) {
      return "internal";
    }
    return null;
  }

  private static Map<String, Object> extra(SlackChannel channel, List<SlackMessage> group) {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("channel", channel.label());
    extra.put("channel_id", channel.id());
    extra.put("messages", group.size());
    List<String> files = new ArrayList<>();
    for (SlackMessage m : group) {
      files.addAll(m.files());
    }
    if (!files.isEmpty()) {
      extra.put("files", files);
    }
    return extra;
  }

  private static void line(StringBuilder out, SlackMessage m, String indent) {
    out.append(indent).append('[').append(TIME.format(m.at())).append("] ").append(m.author().name()).append(':');
    String[] lines = m.text().split("\n", -1);
    boolean firstLine = true;
    for (String l : lines) {
      if (firstLine) {
        if (!l.isBlank()) {
          out.append(' ').append(l.stripTrailing());
        }
        firstLine = false;
      } else {
        out.append('\n').append(indent).append("  ").append(l.stripTrailing());
      }
    }
    if (m.edited()) {
      out.append(" (edited)");
    }
    if (!m.files().isEmpty()) {
      out.append(" [file").append(m.files().size() > 1 ? "s" : "").append(": ")
          .append(String.join(", ", m.files())).append(']');
    }
    out.append('\n');
  }

  private static String abbreviate(String text) {
    String line = text.strip();
    int newline = line.indexOf('\n');
    if (newline >= 0) {
      line = line.substring(0, newline).strip();
    }
    if (line.length() <= SUBJECT_CHARS) {
      return line;
    }
    int cut = line.lastIndexOf(' ', SUBJECT_CHARS);
    return line.substring(0, cut > SUBJECT_CHARS / 2 ? cut : SUBJECT_CHARS) + "...";
  }
}
