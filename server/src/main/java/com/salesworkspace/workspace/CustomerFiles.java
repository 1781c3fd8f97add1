package com.salesworkspace.workspace;

import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.Interaction;
import com.salesworkspace.model.InteractionHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the files of a customer folder into typed records. A file that breaks its format raises an
 * {@link InvalidFileException} naming the file, the line and what to change; nothing else is affected.
 */
public final class CustomerFiles {
  public static final String PROFILE = "profile.yaml";
  public static final String CONTACTS = "contacts.yaml";
  public static final String DEALS = "deals.yaml";
  public static final String NOTES = "notes.md";
  public static final String INSIGHTS = "insights.md";
  public static final String INTERACTIONS = "interactions";

  private CustomerFiles() {}

  public static String readText(Path file, String path) {
    try {
      return decodeUtf8(Files.readAllBytes(file), path);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Strict UTF-8: a file in another encoding is reported, not indexed as mojibake. */
  public static String decodeUtf8(byte[] bytes, String path) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidFileException(FileProblem.error(path, 0, "the file is not UTF-8 text; save it as UTF-8."));
    }
  }

  public static CustomerProfile parseProfile(String text, String path) {
    Map<String, Object> data = YamlSupport.requireMapping(YamlSupport.parse(text, path), path);
    requireField(data, "name", text, path, "the customer's name");
    return YamlSupport.bind(data, CustomerProfile.class, text, List.of(), path);
  }

  public static List<Contact> parseContacts(String text, String path) {
    List<Map<String, Object>> items = listUnder(text, path, "contacts");
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      requireItemField(items.get(i), "contacts", i, "name", text, path);
      contacts.add(bindItem(items.get(i), Contact.class, "contacts", i, text, path));
    }
    return contacts;
  }

  public static List<Deal> parseDeals(String text, String path) {
    List<Map<String, Object>> items = listUnder(text, path, "deals");
    List<Deal> deals = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      for (String field : List.of("id", "name", "stage")) {
        requireItemField(items.get(i), "deals", i, field, text, path);
      }
      deals.add(bindItem(items.get(i), Deal.class, "deals", i, text, path));
    }
    return deals;
  }

  public static Interaction parseInteraction(String customer, String text, String path) {
    FrontMatter fm = FrontMatter.parse(text, path);
    for (String field : List.of("id", "type", "date", "source")) {
      Object value = fm.fields().get(field);
      if (value == null || value.toString().isBlank()) {
        throw new InvalidFileException(FileProblem.error(path, fm.lineOf(field),
            "the front matter has no '" + field + "'; add it (see docs/formats.md)."));
      }
    }
    InteractionHeader header;
    try {
      header = YamlSupport.bind(fm.fields(), InteractionHeader.class, fm.yamlText(), List.of(), path);
    } catch (InvalidFileException e) {
      FileProblem p = e.problem();
      throw new InvalidFileException(FileProblem.error(path, p.line() > 0 ? p.line() + 1 : 0, p.message()));
    }
    if (header.date().getOffset() == null) {
      throw new InvalidFileException(FileProblem.error(path, fm.lineOf("date"), "the date needs a time zone offset."));
    }
    return new Interaction(customer, path, header, fm.body());
  }

  /** The file name of an interaction without .md, which must equal its id. */
  public static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }

  private static List<Map<String, Object>> listUnder(String text, String path, String key) {
    Object parsed = YamlSupport.parse(text, path);
    if (parsed == null) {
      return List.of();
    }
    Map<String, Object> data = YamlSupport.requireMapping(parsed, path);
    Object list = data.get(key);
    if (list == null) {
      if (!data.containsKey(key)) {
        throw new InvalidFileException(FileProblem.error(path, 1,
            "the file needs a top-level '" + key + ":' list."));
      }
      return List.of();
    }
    if (!(list instanceof List<?> items)) {
      throw new InvalidFileException(FileProblem.error(path, YamlSupport.lineOf(text, List.of(key)),
          "'" + key + "' must be a list of entries (lines starting with '- ')."));
    }
    List<Map<String, Object>> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (!(item instanceof Map<?, ?>)) {
        throw new InvalidFileException(FileProblem.error(path, YamlSupport.lineOf(text, List.of(key, i)),
            "entry " + (i + 1) + " of '" + key + "' must be a mapping of fields, not a "
                + YamlSupport.describe(item) + "."));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) item;
      result.add(map);
    }
    return result;
  }

  private static void requireField(Map<String, Object> data, String field, String text, String path, String what) {
    Object value = data.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidFileException(FileProblem.error(path, 1,
          "the required field '" + field + "' (" + what + ") is missing; add it."));
    }
  }

  private static void requireItemField(
      Map<String, Object> item, String list, int index, String field, String text, String path) {
    Object value = item.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidFileException(FileProblem.error(path, YamlSupport.lineOf(text, List.of(list, index)),
          "entry " + (index + 1) + " of '" + list + "' has no '" + field + "'; add it."));
    }
  }

  private static <T> T bindItem(Map<String, Object> item, Class<T> type, String list, int index, String text,
      String path) {
    try {
      return YamlSupport.bind(item, type, text, List.of(list, index), path);
    } catch (InvalidFileException e) {
      throw new InvalidFileException(FileProblem.error(path, e.problem().line(),
          "entry " + (index + 1) + " of '" + list + "': " + e.problem().message()));
    }
  }
}
