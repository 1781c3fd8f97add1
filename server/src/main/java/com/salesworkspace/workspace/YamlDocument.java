package com.salesworkspace.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Read-modify-write of a YAML mapping file that keeps every field, known or not, in its order. The typed records
 * are views; writes go through the raw mapping so nothing a person added is ever dropped. Comments are not kept.
 */
public final class YamlDocument {
  private YamlDocument() {}

  public static Map<String, Object> read(Path file, String path) {
    if (!Files.isRegularFile(file)) {
      return new LinkedHashMap<>();
    }
    Object parsed = YamlSupport.parse(CustomerFiles.readText(file, path), path);
    return parsed == null ? new LinkedHashMap<>() : YamlSupport.requireMapping(parsed, path);
  }

  /** Applies a change to the mapping and writes it back atomically. */
  public static Map<String, Object> update(Path file, String path, Consumer<Map<String, Object>> change) {
    Map<String, Object> data = read(file, path);
    change.accept(data);
    AtomicFiles.write(file, YamlSupport.dump(data));
    return data;
  }
}
