package com.salesworkspace.mcp;

import com.salesworkspace.index.Index;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.ToolAdapter;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/** Calls tools exactly as the server does (through ToolAdapter), without a transport. */
public final class ToolHarness implements AutoCloseable {
  public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private final ToolContext context;

  public ToolHarness(Workspace workspace) {
    this.context = new ToolContext(workspace, () -> Index.open(workspace), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  public ToolContext context() {
    return context;
  }

  @SuppressWarnings("unchecked")
  public McpSchema.CallToolResult call(String name, Map<String, Object> args) {
    WorkspaceTool tool = Inventory.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    Set<String> known = ((Map<String, Object>) tool.inputSchema().get("properties")).keySet();
    return ToolAdapter.call(tool, context, known, args);
  }

  public static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> structured(McpSchema.CallToolResult result) {
    return (Map<String, Object>) result.structuredContent();
  }

  /** A number from structured content, whatever integral type JSON mapping gave it. */
  public static long number(Map<String, Object> structured, String key) {
    return ((Number) structured.get(key)).longValue();
  }

  @Override
  public void close() {
    context.close();
  }
}
