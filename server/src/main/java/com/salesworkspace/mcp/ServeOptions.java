package com.salesworkspace.mcp;

import java.util.List;

/** What a server run exposes: chosen toolsets, or named tools, and whether only read-only tools. */
public record ServeOptions(List<String> toolsets, List<String> tools, boolean readOnly) {
  public ServeOptions {
    toolsets = toolsets == null ? List.of() : List.copyOf(toolsets);
    tools = tools == null ? List.of() : List.copyOf(tools);
  }

  public static ServeOptions defaults() {
    return new ServeOptions(List.of(), List.of(), false);
  }
}
