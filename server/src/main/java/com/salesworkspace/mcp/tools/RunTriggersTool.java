package com.salesworkspace.mcp.tools;

import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.triggers.TriggerEngine;
import com.salesworkspace.triggers.TriggerReport;
import com.salesworkspace.triggers.TriggerRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class RunTriggersTool implements WorkspaceTool {
  @Override
  public String name() {
    return "run_triggers";
  }

  @Override
  public Toolset toolset() {
    return Toolset.TRIGGERS;
  }

  @Override
  public String title() {
    return "Run trigger rules";
  }

  @Override
  public String description() {
    return "Evaluate trigger rules (buying-signal phrases, churn-risk conditions such as health_score < 40) and "
        + "say which customers they fire for, with evidence and actions. dry_run (default true) writes and sends "
        + "nothing; with false, alerts are stored and actions run (Slack only to enabled targets, else proposals).";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .bool("dry_run", "Only show what would fire and what the actions would do (default true).")
        .date("as_of", "Evaluate as of this day; default today.")
        .strings("rules", "Only these rules, by name (default all enabled rules).")
        .string("customer", "Only this customer slug, e.g. acme-logistics.")
        .integer("limit", "How many alerts to list (default 20, max 100).", 1, 100)
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object()
        .field("as_of", "string")
        .field("dry_run", "boolean")
        .field("rules_run", "integer")
        .field("customers", "integer")
        .any("alerts", "array", "Alerts: id, rule, customer, summary, evidence, actions with status.")
        .any("alerts_total", "integer", "Including any not listed.")
        .any("suppressed", "array", "Matches held back by the cooldown.")
        .any("rule_problems", "array", "Rules that did not load, with file and line.")
        .any("errors", "array", "Rules that failed while running.")
        .any("note", "string", "Present when the list was cut; says how to narrow.")
        .open().build();
  }

  @Override
  public ToolHints hints() {
    return new ToolHints(false, false, true, true);
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) {
    boolean dryRun = args.bool("dry_run", true);
    int limit = args.integer("limit", 20, 1, 100);
    TriggerRun run = context.triggers().run(new TriggerEngine.RunOptions(args.date("as_of"), dryRun,
        args.strings("rules"), args.string("customer")));
    return SizeContract.fitPage(limit, (size, cut) -> {
      int shown = Math.min(size, run.alerts().size());
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("as_of", run.asOf().toString());
      out.put("dry_run", run.dryRun());
      out.put("rules_run", run.rulesRun());
      out.put("customers", run.customers());
      out.put("alerts", run.alerts().subList(0, shown).stream().map(AlertViews::view).toList());
      out.put("alerts_total", run.alerts().size());
      out.put("suppressed", run.suppressed().subList(0, Math.min(size, run.suppressed().size())));
      out.put("rule_problems", run.ruleProblems().stream().map(Object::toString).toList());
      out.put("errors", run.errors());
      String note = shown < run.alerts().size() ? (cut != null ? cut + " " : "") + (run.alerts().size() - shown)
          + " more alerts not listed; pass rules or customer to narrow" + (dryRun ? "." : ", or use list_alerts.")
          : cut;
      if (note != null) {
        out.put("note", note);
      }
      return new ToolResult(out, TriggerReport.run(run, size) + (note == null ? "" : "\n" + note));
    });
  }

  static List<String> kinds() {
    return List.of("conditions", "keywords");
  }
}
