package com.salesworkspace.context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Small text functions of the digest: the one-line summary of an interaction, and the two keys that find
 * near-duplicates (an exact key over the text with digits and punctuation removed, and a 64-bit SimHash).
 */
final class TextDigests {
  static final int SUMMARY_CHARS = 220;
  private static final Pattern GREETING = Pattern.compile(
      "(?i)^(hi|hello|hey|dear|good (morning|afternoon|evening)|thanks|thank you)\\b.{0,40}[,!.]?$|^[\\p{L} .,'&-]{1,60},$");
  private static final Pattern TURN_PREFIX = Pattern.compile("^\\s*\\[[0-9:\\- T]{4,20}\\]\\s+");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+");
  private static final Pattern LABEL_LINE = Pattern.compile("(?i)^\\**(attendees|participants|date|time|location|"
      + "agenda|present|cc|to|from)\\**\\s*:.*");

  private TextDigests() {}

  /** One line that says what the interaction was about, at most {@link #SUMMARY_CHARS} characters. */
  static String summary(String type, String cleanText) {
    if (cleanText.isEmpty()) {
      return "";
    }
    String[] lines = cleanText.split("\n");
    String line = switch (type == null ? "" : type) {
      case "call", "meeting" -> firstOf(section(lines, "summary"), section(lines, "decisions"), firstContent(lines));
      case "email" -> firstOf(firstNonGreeting(lines), firstContent(lines));
      default -> firstContent(lines);
    };
    if (line == null) {
      return "";
    }
    String flat = TURN_PREFIX.matcher(line).replaceFirst("");
    flat = BULLET.matcher(flat).replaceFirst("").replace("**", "").replaceAll("\\s+", " ").strip();
    return SignalDetector.trim(flat, SUMMARY_CHARS);
  }

  private static String firstOf(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c;
      }
    }
    return null;
  }

  /** The first content line after a heading whose text contains {@code name}. */
  private static String section(String[] lines, String name) {
    boolean inside = false;
    for (String l : lines) {
      String s = l.strip();
      if (s.startsWith("#")) {
        inside = s.toLowerCase(Locale.ROOT).contains(name);
        continue;
      }
      if (inside && !s.isEmpty()) {
        return s;
      }
    }
    return null;
  }

  private static String firstContent(String[] lines) {
    for (String l : lines) {
      String s = l.strip();
      if (!s.isEmpty() && !s.startsWith("#") && !LABEL_LINE.matcher(s).matches() && !s.matches("[-=_*]{3,}")) {
        return s;
      }
    }
    return null;
  }

  private static String firstNonGreeting(String[] lines) {
    for (String l : lines) {
      String s = l.strip();
      if (!s.isEmpty() && !GREETING.matcher(s).matches() && !s.startsWith("#")) {
        return s;
      }
    }
    return null;
  }

  /** Lower-case letters only, single-spaced: two texts that differ in numbers, dates or punctuation share it. */
  static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return sb.toString();
  }

  static String exactKey(String normalized) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(normalized.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 64-bit SimHash over word 3-shingles: near-identical texts differ in a few bits. */
  static long simhash(String normalized) {
    String[] words = normalized.isEmpty() ? new String[0] : normalized.split(" ");
    int[] votes = new int[64];
    int shingles = Math.max(1, words.length - 2);
    for (int i = 0; i < shingles; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < Math.min(words.length, i + 3); j++) {
        h = mix(h ^ words[j].hashCode());
      }
      for (int b = 0; b < 64; b++) {
        votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
      }
    }
    long result = 0;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        result |= 1L << b;
      }
    }
    return result;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  static boolean nearDuplicates(long a, long b) {
    return Long.bitCount(a ^ b) <= 4;
  }
}
