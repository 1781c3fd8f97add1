package com.salesworkspace.importers.slack;

import java.util.function.Function;

/**
 * Turns Slack's message markup into plain text people can read: {@code <@U123>} becomes "@Real Name",
 * {@code <#C123|name>} "#name", {@code <!here>} "@here", {@code <url|label>} "label (url)", {@code <url>} the url,
 * and the three entities Slack escapes (&amp;amp; &amp;lt; &amp;gt;) their characters. One pass, linear in the text.
 */
final class SlackMarkup {
  private SlackMarkup() {}

  /**
   * @param userName the display name for a user id, null when unknown
   * @param channelName the name for a channel id, null when unknown
   */
  static String render(String text, Function<String, String> userName, Function<String, String> channelName) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int length = text.length();
    boolean closeAhead = true;
    while (i < length) {
      char c = text.charAt(i);
      int end = c == '<' && closeAhead ? text.indexOf('>', i + 1) : -1;
      if (c == '<' && end < 0) {
        closeAhead = false;
      }
      if (end < 0) {
        out.append(c);
        i++;
        continue;
      }
      out.append(token(text.substring(i + 1, end), userName, channelName));
      i = end + 1;
    }
    return unescape(out);
  }

  private static String token(String token, Function<String, String> userName,
      Function<String, String> channelName) {
    int bar = token.indexOf('|');
    String target = bar < 0 ? token : token.substring(0, bar);
    String label = bar < 0 ? null : token.substring(bar + 1).strip();
    if (label != null && label.isEmpty()) {
      label = null;
    }
    if (target.startsWith("@")) {
      String id = target.substring(1);
      String name = userName.apply(id);
      return "@" + (name != null ? name : label != null ? stripAt(label) : id);
    }
    if (target.startsWith("#")) {
      String id = target.substring(1);
      String name = channelName.apply(id);
      return "#" + (name != null ? name : label != null ? label : id);
    }
    if (target.startsWith("!")) {
      return special(target.substring(1), label);
    }
    if (target.startsWith("mailto:") || target.startsWith("tel:")) {
      return label != null ? label : target.substring(target.indexOf(':') + 1);
    }
    if (label == null || label.equals(target)) {
      return target;
    }
    return label + " (" + target + ")";
  }

  private static String special(String command, String label) {
    switch (command) {
      case "here", "channel", "everyone" -> {
        return "@" + command;
      }
      default -> {
        if (label != null) {
          return label;
        }
        int caret = command.indexOf('^');
        return "@" + (caret < 0 ? command : command.substring(0, caret));
      }
    }
  }

  private static String stripAt(String label) {
    return label.startsWith("@") ? label.substring(1) : label;
  }

  private static String unescape(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int length = s.length();
    while (i < length) {
      char c = s.charAt(i);
      if (c == '&') {
        if (startsWith(s, i, "&amp;")) {
          out.append('&');
          i += 5;
          continue;
        }
        if (startsWith(s, i, "&lt;")) {
          out.append('<');
          i += 4;
          continue;
        }
        if (startsWith(s, i, "&gt;")) {
          out.append('>');
          i += 4;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean startsWith(CharSequence s, int at, String prefix) {
    if (at + prefix.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (s.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
