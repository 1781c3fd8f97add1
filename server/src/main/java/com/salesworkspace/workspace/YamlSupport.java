package com.salesworkspace.workspace;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.salesworkspace.util.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Safe YAML: no global tags, bounded aliases and nesting, duplicate keys refused. Dates stay strings (Jackson
 * turns them into java.time values), so a file read and written back keeps {@code 2026-11-03} as it was.
 */
public final class YamlSupport {
  private static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

  private YamlSupport() {}

  private static final class NoTimestampResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
      addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
      addImplicitResolver(Tag.NULL, EMPTY, null, 10);
    }
  }

  // Yaml instances are not thread-safe and costly to build: one per thread.
  private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(YamlSupport::newYaml);

  private static Yaml yaml() {
    return YAML.get();
  }

  private static Yaml newYaml() {
    LoaderOptions loading = new LoaderOptions();
    loading.setAllowDuplicateKeys(false);
    loading.setMaxAliasesForCollections(20);
    loading.setNestingDepthLimit(40);
    loading.setCodePointLimit(MAX_CODE_POINTS);
    DumperOptions dumping = new DumperOptions();
    dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    dumping.setIndent(2);
    dumping.setIndicatorIndent(0);
    dumping.setAllowUnicode(true);
    dumping.setSplitLines(false);
    dumping.setWidth(120);
    // A control character in a value (a NUL pasted into a subject) is written as an escape in a quoted string that
    // reads back the same, not as a base64 !!binary blob nobody can read or edit.
    dumping.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
    return new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, new NoTimestampResolver());
  }

  /** Parses YAML text; errors name the file and line. */
  public static Object parse(String text, String path) {
    try {
      return yaml().load(text);
    } catch (MarkedYAMLException e) {
      // At the end of the text the useful place is where the unclosed construct was opened.
      boolean atEnd = e.getProblem() != null && e.getProblem().contains("stream end");
      Mark mark = e.getProblemMark() != null && !(atEnd && e.getContextMark() != null)
          ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new InvalidFileException(FileProblem.error(path, line, "not valid YAML: " + oneLine(what)));
    } catch (YAMLException e) {
      throw new InvalidFileException(FileProblem.error(path, 0, "not valid YAML: " + oneLine(e.getMessage())));
    }
  }

  /**
   * Binds a parsed mapping to a record; a wrong type or bad value names the line, found in {@code text} under
   * {@code prefix} (the keys and indexes that lead to {@code data}).
   */
  public static <T> T bind(Map<String, Object> data, Class<T> type, String text, List<Object> prefix, String path) {
    try {
      return Json.MAPPER.convertValue(data, type);
    } catch (IllegalArgumentException e) {
      int line = 0;
      String field = "";
      if (e.getCause() instanceof JsonMappingException mapping) {
        List<Object> pointer = mapping.getPath().stream()
            .map(ref -> ref.getFieldName() != null ? (Object) ref.getFieldName() : (Object) ref.getIndex())
            .toList();
        List<Object> full = new java.util.ArrayList<>(prefix);
        full.addAll(pointer);
        line = lineOf(text, full);
        field = pointer.stream().map(String::valueOf).reduce((a, b) -> a + "." + b).orElse("");
      }
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw new InvalidFileException(FileProblem.error(path, line,
          (field.isEmpty() ? "" : "field '" + field + "' has the wrong type or format: ") + shortJacksonMessage(why)));
    }
  }

  public static Map<String, Object> requireMapping(Object parsed, String path) {
    if (parsed == null) {
      throw new InvalidFileException(FileProblem.error(path, 1, "the file is empty; it must be a YAML mapping."));
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new InvalidFileException(FileProblem.error(path, 1,
          "the file must be a YAML mapping (key: value lines), not a " + describe(parsed) + "."));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> typed = (Map<String, Object>) map;
    return typed;
  }

  public static String dump(Object data) {
    return yaml().dump(data);
  }

  /** The 1-based line where the value at the given key/index path starts, or 0 when it cannot be found. */
  public static int lineOf(String text, List<Object> pointer) {
    try {
      Node node = yaml().compose(new StringReader(text));
      int line = node == null ? 0 : node.getStartMark().getLine() + 1;
      for (Object step : pointer) {
        Node next = child(node, step);
        if (next == null) {
          return line;
        }
        node = next;
        line = node.getStartMark().getLine() + 1;
      }
      return line;
    } catch (YAMLException e) {
      return 0;
    }
  }

  /** The 1-based line of the key the pointer ends with (the key itself, where its value may start lower), or 0. */
  public static int lineOfKey(String text, List<Object> pointer) {
    try {
      Node node = yaml().compose(new StringReader(text));
      for (int i = 0; i < pointer.size() - 1 && node != null; i++) {
        node = child(node, pointer.get(i));
      }
      if (node instanceof MappingNode mapping && !pointer.isEmpty()) {
        for (NodeTuple tuple : mapping.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key
              && key.getValue().equals(String.valueOf(pointer.get(pointer.size() - 1)))) {
            return key.getStartMark().getLine() + 1;
          }
        }
      }
      return lineOf(text, pointer);
    } catch (YAMLException e) {
      return 0;
    }
  }

  private static Node child(Node node, Object step) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(String.valueOf(step))) {
          return tuple.getValueNode();
        }
      }
    } else if (node instanceof SequenceNode sequence && step instanceof Integer index
        && index >= 0 && index < sequence.getValue().size()) {
      return sequence.getValue().get(index);
    }
    return null;
  }

  static String describe(Object value) {
    if (value instanceof List<?>) {
      return "list";
    }
    if (value instanceof Map<?, ?>) {
      return "mapping";
    }
    return "single value";
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }

  private static String shortJacksonMessage(String message) {
    if (message == null) {
      return "invalid value";
    }
    String first = message.split("\n")[0];
    int at = first.indexOf(" at [Source");
    return oneLine(at > 0 ? first.substring(0, at) : first);
  }
}
