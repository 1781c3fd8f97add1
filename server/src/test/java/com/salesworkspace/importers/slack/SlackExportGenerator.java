package com.salesworkspace.importers.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a large Slack export: {@code channels} shared channels with the demo customers' naming, {@code days}
 * day files each, and on every day some plain messages, one thread whose last reply is filed on the next day, one
 * bot message, plus a join on the first day. Knows how many interactions and noise items a reader must find.
 */
final class SlackExportGenerator {
  record Expected(int threads, int days, int botMessages, int joins, int messages) {
    int interactions() {
      return threads + days;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] WORDS = ("renewal pricing integration rollout security review contract timeline "
      + "budget onboarding dashboard SSO latency export migration pilot champion procurement").split(" ");

  private SlackExportGenerator() {}

  static Expected write(Path dir, int channels, int days, int plainPerDay, int repliesPerThread) throws IOException {
    Files.createDirectories(dir);
    List<Map<String, Object>> users = new ArrayList<>();
    users.add(user("U05JOHNS01", "John Smith", "john.smith@helio.io", false));
    users.add(user("U09BOTUSER", "Reminder Bot", null, true));
    List<Map<String, Object>> channelList = new ArrayList<>();
    int threads = 0;
    int dayInteractions = 0;
    int bots = 0;
    int joins = 0;
    int messages = 0;
    LocalDate start = LocalDate.of(2026, 6, 1);
    for (int c = 0; c < channels; c++) {
      String customerUser = String.format("U09CUST%03d", c);
      users.add(user(customerUser, "Customer Person " + c, "person" + c + "@customer" + c + ".com", false));
      String name = "ext-customer-" + c;
      channelList.add(Map.of("id", String.format("C09CHAN%03d", c), "name", name, "created", 1780000000,
          "members", List.of("U05JOHNS01", customerUser)));
      List<Map<String, Object>> carried = new ArrayList<>();
      for (int d = 0; d < days; d++) {
        LocalDate day = start.plusDays(d);
        long base = day.atTime(13, 0).toEpochSecond(ZoneOffset.UTC);
        List<Map<String, Object>> file = new ArrayList<>(carried);
        carried = new ArrayList<>();
        if (d == 0) {
          file.add(Map.of("type", "message", "subtype", "channel_join", "user", customerUser,
              "text", "<@" + customerUser + "> has joined the channel", "ts", ts(base - 600, 1)));
          joins++;
        }
        for (int p = 0; p < plainPerDay; p++) {
          String author = p % 2 == 0 ? customerUser : "U05JOHNS01";
          file.add(message(author, ts(base + p * 60L, 2), sentence(c, d, p) + " <@" + customerUser + ">", null));
          messages++;
        }
        String parent = ts(base + 3600, 3);
        Map<String, Object> parentMessage = message(customerUser, parent, "Question for <@U05JOHNS01>: "
            + sentence(c, d, 99), parent);
        parentMessage.put("reply_count", repliesPerThread);
        file.add(parentMessage);
        messages++;
        for (int r = 0; r < repliesPerThread; r++) {
          Map<String, Object> reply = message(r % 2 == 0 ? "U05JOHNS01" : customerUser, ts(base + 3700 + r * 30L, 4),
              "Reply " + r + ": " + sentence(c, d, r), parent);
          boolean last = r == repliesPerThread - 1;
          if (last && d + 1 < days) {
            carried.add(reply);
          } else {
            file.add(reply);
          }
          messages++;
        }
        threads++;
        dayInteractions += plainPerDay > 0 ? 1 : 0;
        file.add(Map.of("type", "message", "subtype", "bot_message", "bot_id", "B09REMIND", "text",
            "Reminder: update the opportunity in Salesforce", "ts", ts(base + 7200, 5)));
        bots++;
        Path dayFile = dir.resolve(name).resolve(day + ".json");
        Files.createDirectories(dayFile.getParent());
        JSON.writeValue(dayFile.toFile(), file);
      }
    }
    JSON.writeValue(dir.resolve("users.json").toFile(), users);
    JSON.writeValue(dir.resolve("channels.json").toFile(), channelList);
    return new Expected(threads, dayInteractions, bots, joins, messages);
  }

  private static Map<String, Object> user(String id, String name, String email, boolean bot) {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("real_name", name);
    if (email != null) {
      profile.put("email", email);
    }
    return Map.of("id", id, "name", name.toLowerCase().replace(' ', '.'), "real_name", name, "is_bot", bot,
        "profile", profile);
  }

  private static Map<String, Object> message(String user, String ts, String text, String threadTs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "message");
    m.put("user", user);
    m.put("text", text);
    m.put("ts", ts);
    if (threadTs != null) {
      m.put("thread_ts", threadTs);
    }
    return m;
  }

  private static String ts(long seconds, int micros) {
    return seconds + "." + String.format("%06d", micros);
  }

  private static String sentence(int c, int d, int p) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < 12; w++) {
      s.append(WORDS[(c * 7 + d * 3 + p + w) % WORDS.length]).append(' ');
    }
    return s.append("&amp; <https://helio.io/docs/").append(p).append("|docs>").toString().strip();
  }
}
