package com.salesworkspace.importers.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.util.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one day file of a Slack export ({@code <channel>/<YYYY-MM-DD>.json}, a JSON array of messages) into the
 * messages worth importing. Bot messages, joins, leaves, topic changes and other system events are noise: each is
 * reported with its reason and left out.
 */
final class SlackDayFile {
  /** Subtypes that carry what a person wrote; every other subtype is a system event. */
  private static final Set<String> CONTENT_SUBTYPES = Set.of("", "file_share", "file_comment", "thread_broadcast",
      "reply_broadcast", "me_message", "file_mention");

  /** Receives a message left out as noise. */
  interface Noise {
    void skipped(String item, String reason);
  }

  private final SlackDirectory directory;

  SlackDayFile(SlackDirectory directory) {
    this.directory = directory;
  }

  /**
   * @throws IOException when the file is not a JSON array of messages
   */
  List<SlackMessage> parse(byte[] content, SlackChannel channel, String day, Noise noise)
      throws IOException {
    JsonNode root;
    try {
      root = SlackDirectory.JSON.readTree(content);
    } catch (JsonProcessingException e) {
      throw new IOException("not valid JSON: " + Json.problem(e));
    }
    if (root == null || !root.isArray()) {
      throw new IOException("expected a JSON array of messages, found "
          + (root == null ? "nothing" : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
    }
    List<SlackMessage> messages = new ArrayList<>(root.size());
    for (JsonNode m : root) {
      SlackMessage message = message(m, channel, day, noise);
      if (message != null) {
        messages.add(message);
      }
    }
    return messages;
  }

  private SlackMessage message(JsonNode m, SlackChannel channel, String day, Noise noise) {
    String ts = SlackDirectory.text(m, "ts");
    Instant at = SlackMessage.instant(ts);
    String item = "slack " + channel.label() + " " + (at == null ? day + " (no ts)"
        : SlackConversations.TIME.format(at) + " UTC (ts " + ts + ")");
    if (at == null) {
      noise.skipped(item, "no valid ts, so it cannot be placed in time");
      return null;
    }
    String type = SlackDirectory.text(m, "type");
    if (type != null && !type.equals("message")) {
      noise.skipped(item, "not a message (" + type + ")");
      return null;
    }
    String subtype = m.path("subtype").asText("");
    if (!CONTENT_SUBTYPES.contains(subtype)) {
      noise.skipped(item, subtype.replace('_', ' '));
      return null;
    }
    if (m.path("hidden").asBoolean(false)) {
      noise.skipped(item, "hidden message");
      return null;
    }
    String userId = SlackDirectory.text(m, "user");
    if (userId == null && SlackDirectory.text(m, "bot_id") != null) {
      noise.skipped(item, "bot message");
      return null;
    }
    SlackUser author = directory.user(userId == null ? "unknown" : userId, m.get("user_profile"));
    if (author.bot()) {
      noise.skipped(item, "bot message");
      return null;
    }
    List<String> files = new ArrayList<>();
    String text = text(m, subtype, files);
    if (text.isBlank() && files.isEmpty()) {
      noise.skipped(item, "empty message");
      return null;
    }
    String threadTs = SlackDirectory.text(m, "thread_ts");
    int replies = m.path("reply_count").asInt(m.path("replies").size());
    return new SlackMessage(ts, at, day, author, text, threadTs, replies, m.hasNonNull("edited"), files);
  }

  private String text(JsonNode m, String subtype, List<String> files) {
    JsonNode legacyFile = m.get("file");
    String raw = SlackDirectory.text(m, "text");
    if (legacyFile != null && legacyFile.isObject()) {
      addFile(legacyFile, files);
      if (subtype.equals("file_share")) {
        // The legacy text is "<@U..> uploaded a file: <private url|title>": the file line says it better.
        raw = SlackDirectory.text(legacyFile.path("initial_comment"), "comment");
      }
    }
    for (JsonNode f : m.path("files")) {
      addFile(f, files);
    }
    if (raw == null) {
      for (JsonNode a : m.path("attachments")) {
        String fallback = SlackDirectory.text(a, "fallback");
        if (fallback != null) {
          raw = fallback;
          break;
        }
      }
    }
    String rendered = SlackMarkup.render(raw, directory::mentionName, directory::channelName).strip();
    return subtype.equals("me_message") && !rendered.isEmpty() ? "_" + rendered + "_" : rendered;
  }

  private static void addFile(JsonNode file, List<String> files) {
    String name = SlackDirectory.text(file, "name");
    if (name == null) {
      name = SlackDirectory.text(file, "title");
    }
    if (name != null && !files.contains(name)) {
      files.add(name);
    }
  }
}
