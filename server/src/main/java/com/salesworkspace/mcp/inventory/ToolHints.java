package com.salesworkspace.mcp.inventory;

/** The MCP tool annotations, always declared explicitly. */
public record ToolHints(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {
  /** Reads the workspace only. */
  public static final ToolHints READ_ONLY = new ToolHints(true, false, true, false);
  /** Adds a file to the workspace; repeating the same call adds nothing more. */
  public static final ToolHints ADDITIVE_WRITE = new ToolHints(false, false, true, false);
}
