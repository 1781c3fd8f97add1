package com.salesworkspace.importers.salesforce;

import com.salesworkspace.workspace.AtomicFiles;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.YamlDocument;
import com.salesworkspace.workspace.YamlSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A workspace YAML file read as its raw mapping (every field kept, known or not) and written back atomically only
 * when the import changed something, so an unchanged import leaves every file as it was. The comment lines at the
 * top of the file are kept; other comments are not (see {@link YamlDocument}).
 */
final class YamlFile {
  private final Path file;
  private final String path;
  private final Map<String, Object> data;
  private final String header;
  private final String text;
  private final boolean dryRun;
  private boolean changed;

  private YamlFile(Path file, String path, Map<String, Object> data, String header, String text, boolean dryRun) {
    this.text = text;
    this.file = file;
    this.path = path;
    this.data = data;
    this.header = header;
    this.dryRun = dryRun;
  }

  /**
   * @param dryRun whether {@link #save()} only reports that it would write
   */
  static YamlFile read(Path file, String path, boolean dryRun) {
    String header = "";
    String text = "";
    if (Files.isRegularFile(file)) {
      text = CustomerFiles.readText(file, path);
      StringBuilder comments = new StringBuilder();
      for (String line : text.split("\n", -1)) {
        if (!line.startsWith("#")) {
          break;
        }
        comments.append(line).append('\n');
      }
      header = comments.toString();
    }
    return new YamlFile(file, path, YamlDocument.read(file, path), header, text, dryRun);
  }

  Map<String, Object> data() {
    return data;
  }

  void markChanged() {
    changed = true;
  }

  boolean changed() {
    return changed;
  }

  /** Writes the file when something changed (not in a dry run); returns whether it did or would. */
  boolean save() {
    if (!changed) {
      return false;
    }
    if (!dryRun) {
      AtomicFiles.write(file, header + YamlSupport.dump(data));
    }
    changed = false;
    return true;
  }

  /**
   * The entries of the file's top-level list (contacts, deals, users). A list that is not one, or an entry that
   * is not a mapping, is an error naming the line: writing the file back would lose what a person wrote there.
   */
  List<Map<String, Object>> list(String key) {
    Object value = data.get(key);
    if (value != null && !(value instanceof List<?>)) {
      throw new InvalidFileException(FileProblem.error(path, YamlSupport.lineOf(text, List.of(key)), "'" + key
          + "' must be a list of entries (lines "
          + "starting with '- '); the import left the file as it is."));
    }
    if (value instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        if (!(items.get(i) instanceof Map<?, ?>)) {
          throw new InvalidFileException(FileProblem.error(path, YamlSupport.lineOf(text, List.of(key, i)), "entry "
              + (i + 1) + " of '" + key
              + "' is not a mapping of fields; the import left the file as it is."));
        }
      }
    }
    return entries(data, key);
  }

  /** The entries of a list field (contacts, deals, users, history) that are mappings, as the mutable maps. */
  static List<Map<String, Object>> entries(Map<String, Object> data, String key) {
    List<Map<String, Object>> entries = new ArrayList<>();
    if (data.get(key) instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> typed = (Map<String, Object>) map;
          entries.add(typed);
        }
      }
    }
    return entries;
  }
}
