package com.salesworkspace.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a large Slack export zip and a folder of Gong API responses for the import benchmark. The first channels
 * and calls belong to real customers of the workspace (by their Slack channel and email domain), the rest to
 * unknown prospects, so matching, writing and the review file all take part.
 */
final class SyntheticExports {
  /** A customer of the workspace: its #channel (without '#') and an email domain. */
  record Account(String channel, String domain) {}

  record Sizes(long messages, long sentences, long bytes) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] WORDS = ("renewal pricing integration rollout security review contract timeline "
      + "budget onboarding dashboard SSO latency export migration pilot champion procurement legal forecast "
      + "warehouse carrier invoice approval discount region").split(" ");

  private final Random random = new Random(20_261_124L);

  /** {@code channels} channels of {@code days} days; each day 20 messages and a thread of 6 replies, and a bot. */
  Sizes slack(Path zip, List<Account> accounts, int channels, int days) throws IOException {
    long messages = 0;
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      StringBuilder users = new StringBuilder("[{\"id\":\"U05JOHNS01\",\"real_name\":\"John Smith\","
          + "\"profile\":{\"email\":\"john.smith@helio.io\"}}");
      StringBuilder list = new StringBuilder("[");
      LocalDate start = LocalDate.of(2026, 6, 1);
      for (int c = 0; c < channels; c++) {
        boolean known = c < accounts.size();
        String name = known ? accounts.get(c).channel() : "ext-prospect-" + c;
        String domain = known ? accounts.get(c).domain() : "prospect" + c + ".com";
        String user = String.format("U09%07d", c);
        users.append(",{\"id\":\"").append(user).append("\",\"real_name\":\"Person ").append(c)
            .append("\",\"profile\":{\"email\":\"person").append(c).append('@').append(domain).append("\"}}");
        list.append(c == 0 ? "" : ",").append("{\"id\":\"").append(String.format("C09%07d", c))
            .append("\",\"name\":\"").append(name).append("\"}");
        for (int d = 0; d < days; d++) {
          LocalDate day = start.plusDays(d);
          out.putNextEntry(new ZipEntry(name + "/" + day + ".json"));
          messages += day(out, user, day.atTime(13, 0).toEpochSecond(ZoneOffset.UTC));
          out.closeEntry();
        }
      }
      out.putNextEntry(new ZipEntry("channels.json"));
      out.write((list + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("users.json"));
      out.write((users + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return new Sizes(messages, 0, Files.size(zip));
  }

  private int day(OutputStream out, String user, long base) throws IOException {
    JsonGenerator g = JSON.getFactory().createGenerator(new NonClosing(out));
    g.writeStartArray();
    for (int p = 0; p < 20; p++) {
      message(g, p % 2 == 0 ? user : "U05JOHNS01", base + p * 60L, p, words(25) + " <@U05JOHNS01>", null, 0);
    }
    String parent = (base + 4000) + ".000100";
    message(g, user, base + 4000, 100, "Question: " + words(20), parent, 6);
    for (int r = 0; r < 6; r++) {
      message(g, r % 2 == 0 ? "U05JOHNS01" : user, base + 4100 + r * 30L, 200 + r, words(30), parent, 0);
    }
    g.writeStartObject();
    g.writeStringField("type", "message");
    g.writeStringField("subtype", "bot_message");
    g.writeStringField("bot_id", "B09REMIND");
    g.writeStringField("ts", (base + 7000) + ".000900");
    g.writeStringField("text", "Reminder: update the opportunity");
    g.writeEndObject();
    g.writeEndArray();
    g.close();
    return 27;
  }

  private static void message(JsonGenerator g, String user, long seconds, int micros, String text, String thread,
      int replies) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "message");
    g.writeStringField("user", user);
    g.writeStringField("ts", seconds + "." + String.format("%06d", micros));
    g.writeStringField("text", text);
    if (thread != null) {
      g.writeStringField("thread_ts", thread);
    }
    if (replies > 0) {
      g.writeNumberField("reply_count", replies);
    }
    g.writeEndObject();
  }

  /** {@code calls} calls of {@code minutes} minutes, a sentence every 3 seconds, in pages of 50 calls. */
  Sizes gong(Path dir, List<Account> accounts, int calls, int minutes) throws IOException {
    Files.createDirectories(dir);
    long sentences = 0;
    for (int page = 0; page * 50 < calls; page++) {
      int from = page * 50;
      int to = Math.min(calls, from + 50);
      try (JsonGenerator g = JSON.getFactory().createGenerator(dir.resolve("calls-" + page + ".json").toFile(),
          com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
        g.writeStartObject();
        g.writeStringField("requestId", "bench" + page);
        g.writeArrayFieldStart("calls");
        for (int i = from; i < to; i++) {
          String domain = i < accounts.size() * 4 ? accounts.get(i % accounts.size()).domain() : "prospect" + i + ".com";
          JSON.writeValue(g, java.util.Map.of(
              "metaData", java.util.Map.of("id", String.valueOf(7_000_000_000_000_000_000L + i), "title",
                  "Call " + i, "started", "2026-10-" + String.format("%02d", 1 + i % 28) + "T15:00:00Z",
                  "duration", minutes * 60, "primaryUserId", "u1", "isPrivate", false, "scope", "External"),
              "parties", List.of(
                  java.util.Map.of("id", "1", "speakerId", "s1", "userId", "u1", "name", "John Smith",
                      "emailAddress", "john.smith@helio.io", "affiliation", "Internal"),
                  java.util.Map.of("id", "2", "speakerId", "s2", "name", "Buyer " + i, "emailAddress",
                      "buyer" + i + "@" + domain, "affiliation", "External")),
              "content", java.util.Map.of("brief", "Discussed " + words(30))));
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      try (JsonGenerator g = JSON.getFactory().createGenerator(dir.resolve("transcripts-" + page + ".json")
          .toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
        g.writeStartObject();
        g.writeStringField("requestId", "bench-t" + page);
        g.writeArrayFieldStart("callTranscripts");
        for (int i = from; i < to; i++) {
          g.writeStartObject();
          g.writeStringField("callId", String.valueOf(7_000_000_000_000_000_000L + i));
          g.writeArrayFieldStart("transcript");
          int count = minutes * 20;
          for (int s = 0; s < count; s++) {
            g.writeStartObject();
            g.writeStringField("speakerId", (s / 4) % 2 == 0 ? "s1" : "s2");
            g.writeArrayFieldStart("sentences");
            g.writeStartObject();
            g.writeNumberField("start", s * 3000L);
            g.writeNumberField("end", s * 3000L + 2500);
            g.writeStringField("text", words(12) + ".");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
          }
          sentences += count;
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    long bytes;
    try (var files = Files.list(dir)) {
      bytes = files.mapToLong(p -> p.toFile().length()).sum();
    }
    return new Sizes(0, sentences, bytes);
  }

  private String words(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.toString();
  }

  /** Lets a generator finish one zip entry without closing the zip. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
