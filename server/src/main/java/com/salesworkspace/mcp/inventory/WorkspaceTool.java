package com.salesworkspace.mcp.inventory;

import java.util.Map;

/** One MCP tool: its definition (name, schemas, hints) and its handler over the workspace core. */
public interface WorkspaceTool {
  String name();

  Toolset toolset();

  String title();

  String description();

  Map<String, Object> inputSchema();

  Map<String, Object> outputSchema();

  ToolHints hints();

  ToolResult call(ToolArgs args, ToolContext context);
}
