package com.salesworkspace.mcp.tools;

import com.salesworkspace.crm.PipelineReport;
import com.salesworkspace.crm.PipelineRequest;
import com.salesworkspace.crm.PipelineText;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.util.Json;
import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import java.time.LocalDate;
import java.util.Map;

public final class PipelineAnalysisTool implements WorkspaceTool {
  @Override
  public String name() {
    return "pipeline_analysis";
  }

  @Override
  public Toolset toolset() {
    return Toolset.CRM;
  }

  @Override
  public String title() {
    return "Pipeline analysis";
  }

  @Override
  public String description() {
    return "Pipeline of an owner, a manager's team or everyone for a quarter or dates: by stage, owner and forecast "
        + "category, weighted totals, quota coverage, slipped, stale and unqualified deals with reasons, stage "
        + "conversion and days in stage.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .string("owner", "User id, e.g. john.smith.")
        .string("team", "Manager user id: them and their reports.")
        .enumeration("period", "Default this_quarter (fiscal).", PipelineRequest.PERIODS)
        .date("from", "Custom period start, with to.")
        .date("to", "Custom period end.")
        .date("as_of", "Analyse as of this day; default today.")
        .integer("stale_days", "Days without activity or stage change (default 30).", 1, 365)
        .integer("limit", "Deals per risk list (default 20, max 100).", 1, 100)
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object()
        .any("totals", "object", "Open, weighted, won, quota, coverage.")
        .any("by_stage", "array", "Per stage.")
        .any("slipped", "object", "Flagged deals (also stale, missing_next_step, no_economic_buyer): total, deals.")
        .any("stage_flow", "array", "Conversion and days in stage.")
        .open().build();
  }

  @Override
  public ToolHints hints() {
    return ToolHints.READ_ONLY;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) {
    LocalDate asOf = args.date("as_of") == null ? context.today() : args.date("as_of");
    ToolArgs.DateRange range = args.dateRange("from", "to");
    PipelineRequest request = new PipelineRequest(args.string("owner"), args.string("team"), args.string("period"),
        range.since(), range.until(), asOf, args.integer("stale_days", 30, 1, 365), args.integer("limit", 20, 1, 100));
    return fit(request, context);
  }

  /** Risk lists are the part that grows: halve their limit until the result fits the size contract. */
  private static ToolResult fit(PipelineRequest request, ToolContext context) {
    PipelineRequest r = request;
    String note = null;
    while (true) {
      PipelineReport report = r.run(context.workspace(), context.index());
      Map<String, Object> out = new java.util.LinkedHashMap<>(Json.MAPPER.convertValue(report, Map.class));
      String text = PipelineText.render(report) + (note == null ? "" : "\n" + note);
      if (note != null) {
        out.put("note", note);
      }
      ToolResult result = new ToolResult(out, text);
      if (SizeContract.tokens(result) <= SizeContract.MAX_RESULT_TOKENS || r.limit() == 1) {
        return result;
      }
      r = new PipelineRequest(r.owner(), r.team(), r.period(), r.from(), r.to(), r.asOf(), r.staleDays(),
          r.limit() / 2);
      note = "Risk lists cut to " + r.limit() + " deals each to stay under " + SizeContract.MAX_RESULT_TOKENS
          + " tokens; narrow by owner or team.";
    }
  }
}
