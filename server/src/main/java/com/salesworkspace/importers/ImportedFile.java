package com.salesworkspace.importers;

import com.salesworkspace.workspace.YamlSupport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of an imported interaction file (docs/formats.md), with an {@code import_hash} of everything else in
 * it: a file whose content still matches its hash is exactly what the importer wrote and may be refreshed by a
 * newer export; one that does not was edited by a person and is left alone.
 */
public final class ImportedFile {
  public static final String HASH_FIELD = "import_hash";
  private static final Set<String> CORE_FIELDS = Set.of("id", "type", "date", "source", "source_id", "subject",
      "from", "to", "participants", "direction", HASH_FIELD);
  /** C0 and C1 controls except tab, line feed and carriage return (whitespace is handled by each field). */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

  private ImportedFile() {}

  /** The short id of an item in its file name: a hash of its source and source id. */
  public static String shortId(String source, String sourceId, int length) {
    return sha256(source + "\n" + sourceId).substring(0, length);
  }

  public static String render(String id, ImportedInteraction item, String direction, String text) {
    Map<String, Object> fm = new LinkedHashMap<>();
    fm.put("id", id);
    fm.put("type", item.type());
    fm.put("date", moment(item.date()));
    fm.put("source", item.source());
    fm.put("source_id", item.sourceId());
    putText(fm, "subject", item.subject());
    putText(fm, "from", item.from());
    putList(fm, "to", item.to());
    putList(fm, "participants", item.participants());
    if (direction != null) {
      fm.put("direction", direction);
    }
    item.extra().entrySet().stream()
        .filter(e -> !CORE_FIELDS.contains(e.getKey()) && e.getValue() != null)
        .filter(e -> !(e.getValue() instanceof java.util.Collection<?> c && c.isEmpty()))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> fm.put(e.getKey(), withoutControls(e.getValue())));
    String content = "---\n" + YamlSupport.dump(fm) + "---\n" + text.strip() + "\n";
    return withHash(content);
  }

  /** A moment as the files write it: 2026-11-03T14:22:00-05:00, seconds always, no fraction. */
  public static String moment(java.time.OffsetDateTime date) {
    return date.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** Puts the hash of the content as the front matter's last field. */
  static String withHash(String content) {
    int close = content.indexOf("\n---\n");
    return content.substring(0, close + 1) + HASH_FIELD + ": " + sha256(content).substring(0, 16) + "\n"
        + content.substring(close + 1);
  }

  /** Whether the file is exactly as an import wrote it: it has an import_hash and the rest still matches it. */
  public static boolean unchangedSinceImport(String fileText) {
    String stored = storedHash(fileText);
    if (stored == null) {
      return false;
    }
    String line = HASH_FIELD + ": " + stored + "\n";
    int at = fileText.indexOf("\n" + line);
    String without = fileText.substring(0, at + 1) + fileText.substring(at + 1 + line.length());
    return sha256(without).startsWith(stored);
  }

  /** The import_hash in the front matter, or null. */
  public static String storedHash(String fileText) {
    int close = fileText.indexOf("\n---", 3);
    String header = close < 0 ? fileText : fileText.substring(0, close + 1);
    int at = header.indexOf("\n" + HASH_FIELD + ": ");
    if (at < 0) {
      return null;
    }
    int start = at + HASH_FIELD.length() + 3;
    int end = header.indexOf('\n', start);
    String value = header.substring(start, end < 0 ? header.length() : end).strip();
    return value.matches("[0-9a-f]{16}") ? value : null;
  }

  /** The value of one "key: value" front-matter line, YAML quoting undone. */
  static String scalar(String afterColon) {
    String raw = afterColon.strip();
    if (raw.isEmpty()) {
      return null;
    }
    char first = raw.charAt(0);
    if (first != '"' && first != '\'' && !raw.contains(" #")) {
      return raw;
    }
    Object parsed = YamlSupport.parse("v: " + raw, "front matter");
    Object value = parsed instanceof Map<?, ?> map ? map.get("v") : null;
    return value == null ? null : value.toString();
  }

  private static void putText(Map<String, Object> fm, String key, String value) {
    String clean = value == null ? null : oneLine(value);
    if (clean != null && !clean.isEmpty()) {
      fm.put(key, clean);
    }
  }

  private static void putList(Map<String, Object> fm, String key, List<String> values) {
    List<String> clean = values.stream().filter(v -> v != null).map(ImportedFile::oneLine)
        .filter(v -> !v.isEmpty()).toList();
    if (!clean.isEmpty()) {
      fm.put(key, clean);
    }
  }

  private static String oneLine(String value) {
    return CONTROL.matcher(value.replaceAll("\\s+", " ")).replaceAll("").strip();
  }

  /**
   * Control characters dropped from front-matter strings (nested lists and maps too): SnakeYAML cannot print them
   * and would write the value as !!binary, which no reader takes for text.
   */
  private static Object withoutControls(Object value) {
    if (value instanceof String text) {
      return CONTROL.matcher(text).replaceAll("");
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ImportedFile::withoutControls).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, withoutControls(v)));
      return copy;
    }
    return value;
  }

  static String sha256(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
