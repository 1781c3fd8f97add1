package com.salesworkspace.mcp.tools;

import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.triggers.Alert;
import com.salesworkspace.triggers.AlertStore;
import com.salesworkspace.triggers.TriggerEngine;
import com.salesworkspace.triggers.TriggerReport;
import com.salesworkspace.util.Cursors;
import com.salesworkspace.util.Page;
import com.salesworkspace.workspace.WorkspaceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class ListAlertsTool implements WorkspaceTool {
  @Override
  public String name() {
    return "list_alerts";
  }

  @Override
  public Toolset toolset() {
    return Toolset.TRIGGERS;
  }

  @Override
  public String title() {
    return "List alerts";
  }

  @Override
  public String description() {
    return "Alerts raised by trigger rules, newest first: rule, customer, when, the evidence (quoted interactions "
        + "or values such as health_score) and what the actions did.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .string("rule", "Only alerts of this rule, e.g. churn_risk.")
        .string("customer", "Only alerts for this customer slug.")
        .enumeration("kind", "keywords (phrase matches) or conditions (customer variables).",
            RunTriggersTool.kinds())
        .date("since", "Fired on or after this day.")
        .date("until", "Fired on or before this day.")
        .paging()
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object().pageOutput("Alerts: id, rule, customer, customer_name, fired_on, summary, evidence, "
        + "actions.").open().build();
  }

  @Override
  public ToolHints hints() {
    return ToolHints.READ_ONLY;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) {
    String customer = args.existingCustomer("customer", context.workspace());
    ToolArgs.DateRange period = args.dateRange("since", "until");
    LocalDate since = period.since();
    LocalDate until = period.until();
    TriggerEngine engine = context.triggers();
    String rule = args.string("rule");
    if (rule != null && engine.rules().find(rule).isEmpty()
        && engine.alerts().count(new AlertStore.Query(rule, null, null, null, null)) == 0) {
      throw new WorkspaceException("There is no rule '" + rule + "'; the rules are " + String.join(", ",
          engine.rules().rules().stream().map(r -> r.name()).toList()) + ".");
    }
    AlertStore.Query query = new AlertStore.Query(rule, customer, args.oneOf("kind", Set.copyOf(RunTriggersTool.kinds())),
        since, until);
    ToolArgs.Paging paging = args.paging(name());
    AlertStore store = engine.alerts();
    long total = store.count(query);
    return SizeContract.fitPage(paging.limit(), (size, note) -> {
      List<Alert> alerts = store.list(query, paging.offset(), size);
      Page<Map<String, Object>> page = Cursors.page(alerts.stream().map(AlertViews::view).toList(), total, true,
          paging.offset(), paging.fingerprint());
      StringBuilder text = new StringBuilder(total + (total == 1 ? " alert" : " alerts"));
      if (total == 0) {
        text.append(". Alerts are stored by run_triggers with dry_run false; widen the filters or run the triggers.");
      }
      text.append('\n');
      alerts.forEach(a -> text.append('\n').append(TriggerReport.alert(a)));
      text.append(Render.footer(page, note));
      return new ToolResult(PagedResult.of(page, note), text.toString());
    });
  }
}
