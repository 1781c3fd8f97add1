package com.salesworkspace.mcp.tools;

import com.salesworkspace.interactions.InteractionLog;
import com.salesworkspace.interactions.NewInteraction;
import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

public final class LogInteractionTool implements WorkspaceTool {
  @Override
  public String name() {
    return "log_interaction";
  }

  @Override
  public Toolset toolset() {
    return Toolset.WRITE;
  }

  @Override
  public String title() {
    return "Log an interaction";
  }

  @Override
  public String description() {
    return "Record a note, call, meeting, email or task for a customer as a new interaction file in the "
        + "workspace. It is searchable at once. Logging the same content twice records it once. dry_run previews.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .string("customer", "The customer slug, e.g. acme-logistics.")
        .enumeration("type", "What kind of interaction.", List.copyOf(new java.util.TreeSet<>(InteractionLog.LOGGABLE_TYPES)))
        .string("text", "The note, call summary or meeting notes (Markdown, up to 200,000 characters).")
        .string("subject", "A short title.")
        .string("date", "When it happened: 2026-11-03 or 2026-11-03T14:30:00-05:00 (default now).")
        .strings("participants", "Names of the people involved, as in contacts.yaml and team.yaml.")
        .enumeration("direction", "inbound, outbound or internal (default outbound for our notes).",
            List.of("inbound", "internal", "outbound"))
        .bool("dry_run", "Only show what would be written (default false).")
        .required("customer", "type", "text")
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object()
        .field("id", "string")
        .field("customer", "string")
        .field("path", "string")
        .any("created", "boolean", "False when the same interaction was already recorded.")
        .field("dry_run", "boolean")
        .open().build();
  }

  @Override
  public ToolHints hints() {
    return ToolHints.ADDITIVE_WRITE;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) {
    OffsetDateTime date = args.dateTime("date") == null ? OffsetDateTime.now(context.clock()) : args.dateTime("date");
    NewInteraction in = new NewInteraction(args.requiredString("customer", "'acme-logistics'"),
        args.requiredString("type", "'note'"), date, args.string("subject"), args.requiredString("text", "'Call notes…'"),
        args.strings("participants"), args.string("direction") == null ? "outbound" : args.string("direction"));
    boolean dryRun = args.bool("dry_run", false);
    InteractionLog.Written written = dryRun ? context.interactionLog().preview(in) : context.interactionLog().write(in);
    if (!dryRun && written.created()) {
      context.index().noteChanged(written.path());
      context.refreshIndex();
    }
    String text = dryRun ? "Would write " + written.path() + " (id " + written.id() + ")."
        : written.created() ? "Recorded " + written.id() + " in " + written.path() + "."
        : "Already recorded as " + written.id() + "; nothing changed.";
    return new ToolResult(Map.of("id", written.id(), "customer", written.customer(), "path", written.path(),
        "created", written.created(), "dry_run", dryRun), text);
  }
}
