package com.salesworkspace.mcp.inventory;

import com.salesworkspace.index.IndexException;
import com.salesworkspace.util.Json;
import com.salesworkspace.workspace.WorkspaceException;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a WorkspaceTool into an SDK tool specification, wrapping its handler once: the index is refreshed first,
 * mistakes in the call become isError results with a sentence on how to fix it, and only bugs become protocol
 * errors (logged to stderr; the server keeps answering).
 */
public final class ToolAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(ToolAdapter.class);
  static final int MAX_ERROR_CHARS = 1_000;

  private ToolAdapter() {}

  public static McpSchema.Tool definition(WorkspaceTool tool) {
    ToolHints h = tool.hints();
    McpSchema.Tool.Builder builder = McpSchema.Tool.builder()
        .name(tool.name())
        .title(tool.title())
        .description(tool.description())
        .inputSchema(tool.inputSchema())
        .annotations(McpSchema.ToolAnnotations.builder().title(tool.title()).readOnlyHint(h.readOnly())
            .destructiveHint(h.destructive()).idempotentHint(h.idempotent()).openWorldHint(h.openWorld()).build());
    if (tool.outputSchema() != null) {
      builder.outputSchema(tool.outputSchema());
    }
    return builder.build();
  }

  public static SyncToolSpecification specification(WorkspaceTool tool, ToolContext context) {
    @SuppressWarnings("unchecked")
    Set<String> known = ((Map<String, Object>) tool.inputSchema().get("properties")).keySet();
    return SyncToolSpecification.builder()
        .tool(definition(tool))
        .callHandler((exchange, request) -> call(tool, context, known, request.arguments()))
        .build();
  }

  public static McpSchema.CallToolResult call(WorkspaceTool tool, ToolContext context, Set<String> known,
      Map<String, Object> arguments) {
    // One call at a time per workspace: the SQLite connection is not shared across threads (HTTP serves many).
    synchronized (context) {
      return callLocked(tool, context, known, arguments);
    }
  }

  private static McpSchema.CallToolResult callLocked(WorkspaceTool tool, ToolContext context, Set<String> known,
      Map<String, Object> arguments) {
    long started = System.nanoTime();
    try {
      ToolArgs args = new ToolArgs(arguments, known);
      context.refreshIndex();
      ToolResult result = tool.call(args, context);
      McpSchema.CallToolResult.Builder out = McpSchema.CallToolResult.builder().addTextContent(result.text())
          .isError(false);
      if (result.structured() != null) {
        out.structuredContent(Json.MAPPER.convertValue(result.structured(), Map.class));
      }
      LOG.debug("{} answered in {} ms", tool.name(), (System.nanoTime() - started) / 1_000_000);
      return out.build();
    } catch (WorkspaceException e) {
      return error(e.getMessage());
    } catch (IllegalArgumentException e) {
      return error(e.getMessage());
    } catch (IndexException e) {
      LOG.error("{} failed in the index", tool.name(), e);
      return error("The index could not answer (" + e.getMessage() + "). Try again; if it persists, the workspace "
          + "owner can run 'sales-workspace index --rebuild'.");
    }
  }

  private static McpSchema.CallToolResult error(String message) {
    return McpSchema.CallToolResult.builder().addTextContent(shorten(message)).isError(true).build();
  }

  /**
   * An error quotes what the caller sent, which can be a whole pasted email: past {@link #MAX_ERROR_CHARS} its
   * middle is cut, keeping the start and the end, where the sentence says what to change.
   */
  static String shorten(String message) {
    if (message.length() <= MAX_ERROR_CHARS) {
      return message;
    }
    int head = MAX_ERROR_CHARS / 2;
    int tail = message.length() - MAX_ERROR_CHARS / 2;
    if (Character.isHighSurrogate(message.charAt(head - 1))) {
      head--;
    }
    if (Character.isLowSurrogate(message.charAt(tail))) {
      tail++;
    }
    return message.substring(0, head) + " [... " + (tail - head) + " characters cut ...] " + message.substring(tail);
  }
}
