package com.salesworkspace.mcp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** What a server run exposes: chosen toolsets, or named tools, and whether only read-only tools. */
public record ServeOptions(List<String> toolsets, List<String> tools, boolean readOnly) {
  public ServeOptions {
    toolsets = toolsets == null ? List.of() : List.copyOf(toolsets);
    tools = tools == null ? List.of() : List.copyOf(tools);
  }

  public static final String TOOLSETS_ENV = "SALES_WORKSPACE_TOOLSETS";
  public static final String TOOLS_ENV = "SALES_WORKSPACE_TOOLS";
  public static final String READ_ONLY_ENV = "SALES_WORKSPACE_READ_ONLY";

  /**
   * The options the environment sets, read the way the serve command's defaults read them; null when
   * SALES_WORKSPACE_READ_ONLY is neither true nor false.
   */
  public static ServeOptions fromEnvironment(UnaryOperator<String> env) {
    String readOnly = env.apply(READ_ONLY_ENV);
    if (readOnly != null && !List.of("true", "false").contains(readOnly.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return new ServeOptions(list(env.apply(TOOLSETS_ENV)), list(env.apply(TOOLS_ENV)), Boolean.parseBoolean(readOnly));
  }

  /** A comma-separated list, each value trimmed, empty values dropped. */
  public static List<String> list(String commaSeparated) {
    return commaSeparated == null ? List.of()
        : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public static ServeOptions defaults() {
    return new ServeOptions(List.of(), List.of(), false);
  }
}
