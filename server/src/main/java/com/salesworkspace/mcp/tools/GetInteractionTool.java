package com.salesworkspace.mcp.tools;

import com.salesworkspace.interactions.InteractionText;
import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.model.InteractionHeader;
import java.util.Map;

public final class GetInteractionTool implements WorkspaceTool {
  static final int DEFAULT_CHARS = 20_000;
  static final int MAX_CHARS = 40_000;

  @Override
  public String name() {
    return "get_interaction";
  }

  @Override
  public Toolset toolset() {
    return Toolset.INTERACTIONS;
  }

  @Override
  public String title() {
    return "Read an interaction";
  }

  @Override
  public String description() {
    return "Read one email, Slack thread, call transcript or meeting note in full by its id (from a search "
        + "result). Long texts come in windows: pass next_offset as offset to read on.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .string("id", "The interaction id, e.g. 2026-10-22-gmail-26344d.")
        .string("customer", "The customer slug; needed only when two customers share an id.")
        .integer("offset", "Character offset to start reading at (default 0).", 0, 100_000_000)
        .integer("max_chars", "How many characters to return (default 20000, max 40000); less when the text is dense.", 200, MAX_CHARS)
        .required("id")
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object()
        .field("id", "string")
        .field("customer", "string")
        .field("path", "string")
        .any("header", "object", "Front matter: type, date, source, subject, from, to, participants, direction.")
        .field("total_chars", "integer")
        .field("offset", "integer")
        .any("next_offset", "integer", "Where the next window starts; absent at the end.")
        .field("text", "string")
        .open().build();
  }

  @Override
  public ToolHints hints() {
    return ToolHints.READ_ONLY;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) {
    String customer = args.existingCustomer("customer", context.workspace());
    String id = args.requiredString("id", "'2026-10-22-gmail-26344d'");
    int offset = args.integer("offset", 0, 0, 100_000_000);
    int maxChars = args.integer("max_chars", DEFAULT_CHARS, 200, MAX_CHARS);
    // The window appears in the text block and in structured content: shrink it until both fit the budget.
    ToolResult result = render(context.interactionReader().read(id, customer, offset, maxChars));
    while (SizeContract.tokens(result) > SizeContract.MAX_RESULT_TOKENS && maxChars > 200) {
      maxChars = Math.max(200, maxChars / 2);
      result = render(context.interactionReader().read(id, customer, offset, maxChars));
    }
    return result;
  }

  private static ToolResult render(InteractionText t) {
    InteractionHeader h = t.header();
    StringBuilder text = new StringBuilder();
    text.append(h.type()).append(" · ").append(h.date()).append(" · ").append(t.customer())
        .append(h.subject() == null ? "" : " · " + h.subject()).append('\n');
    if (h.from() != null) {
      text.append("From: ").append(h.from()).append('\n');
    }
    if (!h.to().isEmpty()) {
      text.append("To: ").append(String.join(", ", h.to())).append('\n');
    }
    text.append('\n').append(t.text());
    if (t.nextOffset() != null) {
      text.append("\n\n[Characters ").append(t.offset()).append("-").append(t.nextOffset()).append(" of ")
          .append(t.totalChars()).append("; call again with offset=").append(t.nextOffset()).append(" to read on.]");
    }
    return new ToolResult(t, text.toString());
  }
}
