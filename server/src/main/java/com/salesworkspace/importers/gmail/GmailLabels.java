package com.salesworkspace.importers.gmail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Google Takeout's X-Gmail-Labels header: comma-separated labels, quoted when a label has a comma in it. */
public final class GmailLabels {
  private GmailLabels() {}

  public static List<String> parse(String header) {
    List<String> labels = new ArrayList<>();
    if (header == null || header.isBlank()) {
      return labels;
    }
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        add(labels, current);
      } else {
        current.append(c);
      }
    }
    add(labels, current);
    return labels;
  }

  private static void add(List<String> labels, StringBuilder current) {
    String label = current.toString().replaceAll("\\s+", " ").strip();
    if (!label.isEmpty() && !labels.contains(label)) {
      labels.add(label);
    }
    current.setLength(0);
  }

  /** Why a message with these labels is noise rather than customer mail, or null when it is mail to import. */
  public static String noiseReason(List<String> labels) {
    for (String label : labels) {
      switch (label.toLowerCase(Locale.ROOT)) {
        case "spam":
          return "in Spam";
        case "trash":
          return "in Trash";
        case "chat":
        case "chats":
          return "a chat, not mail";
        case "draft":
        case "drafts":
          return "a draft, never sent";
        default:
          break;
      }
    }
    return null;
  }
}
