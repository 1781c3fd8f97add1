package com.salesworkspace.mcp.tools;

import com.salesworkspace.customers.CustomerDetail;
import com.salesworkspace.customers.InteractionRef;
import com.salesworkspace.customers.Stakeholder;
import com.salesworkspace.customers.StakeholderMap;
import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.Workflow;
import com.salesworkspace.workspace.WorkspaceException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class GetCustomerTool implements WorkspaceTool {
  static final List<String> FIELDS = List.of("profile", "stakeholders", "deals", "activity");

  @Override
  public String name() {
    return "get_customer";
  }

  @Override
  public Toolset toolset() {
    return Toolset.CUSTOMERS;
  }

  @Override
  public String title() {
    return "Get customer";
  }

  @Override
  public String description() {
    return "One customer: profile (industry, owner, ARR, health, renewal), stakeholder map (roles, sentiment, who "
        + "has gone quiet, gaps such as no economic buyer), open deals with stage, amount, close date and next "
        + "step, and recent activity. Choose parts with fields to keep the result small.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .string("customer", "The customer slug, e.g. acme-logistics (from search_customers).")
        .enumerations("fields", "Parts to return (default all): profile, stakeholders, deals, activity.", FIELDS)
        .integer("recent", "How many recent interactions to list in activity (default 5, max 20).", 0, 20)
        .date("as_of", "Judge silence and slippage as of this day; default today.")
        .bool("include_closed_deals", "Also list won and lost deals (default false).")
        .required("customer")
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object()
        .field("customer", "string")
        .any("profile", "object", "As in profile.yaml.")
        .any("stakeholders", "array", "Contacts with role, sentiment, last interaction, days silent, quiet.")
        .any("gaps", "array", "No economic buyer, silent champion, blockers.")
        .any("deals", "array", "Deals with slipped days when the close date moved.")
        .any("activity", "object", "interaction_count, last_activity, recent interactions.")
        .open().build();
  }

  @Override
  public ToolHints hints() {
    return ToolHints.READ_ONLY;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) {
    String customer = args.requiredString("customer", "'acme-logistics'");
    List<String> fields = args.strings("fields");
    for (String f : fields) {
      if (!FIELDS.contains(f)) {
        throw new WorkspaceException("fields may hold " + String.join(", ", FIELDS) + "; '" + f + "' is not one.");
      }
    }
    List<String> wanted = fields.isEmpty() ? FIELDS : fields;
    int recent = args.integer("recent", 5, 0, 20);
    LocalDate asOf = args.date("as_of") == null ? context.today() : args.date("as_of");
    boolean closed = args.bool("include_closed_deals", false);

    CustomerDetail detail = context.customers().detail(customer, recent);
    Workflow workflow = context.workspace().workflow();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customer", detail.slug());
    StringBuilder text = new StringBuilder();
    CustomerProfile p = detail.profile();
    text.append(p.name()).append(" (").append(detail.slug()).append(")\n");
    if (wanted.contains("profile")) {
      out.put("profile", p);
      text.append(String.format("%s · %s · tier %s · stage %s · owner %s%s · ARR %s · health %s (%s) · renewal %s%n",
          Render.nz(p.industry()), Render.nz(p.region()), Render.nz(p.tier()), Render.nz(p.lifecycleStage()),
          Render.nz(p.owner()), p.csm() == null ? "" : " · CSM " + p.csm(), Render.nz(p.arr()),
          Render.nz(p.healthScore()), p.health() == null ? "-" : Render.nz(p.health().trend()),
          Render.nz(p.renewalDate())));
      if (!p.competitors().isEmpty()) {
        text.append("Competitors: ").append(String.join(", ", p.competitors())).append('\n');
      }
    }
    if (wanted.contains("stakeholders")) {
      StakeholderMap.Result map = context.stakeholders().build(detail.slug(), detail.contacts(), asOf);
      out.put("stakeholders", map.stakeholders());
      out.put("gaps", map.gaps());
      text.append("\nStakeholders:\n");
      for (Stakeholder s : map.stakeholders()) {
        text.append("- ").append(s.name()).append(", ").append(Render.nz(s.title())).append(" — ")
            .append(Render.nz(s.role())).append(", ").append(Render.nz(s.sentiment()))
            .append(s.daysSilent() == null ? ", no interaction on record" : ", last heard " + s.daysSilent() + " days ago")
            .append(s.quiet() ? " (quiet)" : "").append('\n');
      }
      map.gaps().forEach(g -> text.append("Gap: ").append(g).append('\n'));
    }
    if (wanted.contains("deals")) {
      List<Map<String, Object>> deals = detail.deals().stream()
          .filter(d -> closed || workflow.stage(d.stage()).map(s -> !s.isClosed()).orElse(true))
          .map(d -> dealView(d, asOf)).toList();
      out.put("deals", deals);
      text.append("\nDeals:\n");
      for (Map<String, Object> d : deals) {
        text.append("- ").append(d.get("id")).append(" ").append(d.get("name")).append(": ")
            .append(Render.nz(d.get("amount"))).append(" ").append(Render.nz(d.get("currency"))).append(", ")
            .append(d.get("stage")).append(", close ").append(Render.nz(d.get("close_date")))
            .append(d.containsKey("slipped_days") ? " (slipped " + d.get("slipped_days") + " days)" : "")
            .append(d.get("next_step") == null ? "" : "; next: " + d.get("next_step") + " (" + d.get("next_step_date") + ")")
            .append('\n');
      }
      if (deals.isEmpty()) {
        text.append("- none open\n");
      }
    }
    if (wanted.contains("activity")) {
      Map<String, Object> activity = new LinkedHashMap<>();
      activity.put("interaction_count", detail.interactionCount());
      activity.put("last_activity", detail.lastActivity());
      activity.put("recent", detail.recentInteractions());
      out.put("activity", activity);
      text.append("\nActivity: ").append(detail.interactionCount()).append(" interactions, last ")
          .append(Render.day(detail.lastActivity())).append('\n');
      for (InteractionRef r : detail.recentInteractions()) {
        text.append("- ").append(Render.day(r.date())).append(" ").append(r.type()).append(" ")
            .append(r.subject() == null ? "" : r.subject()).append(" [").append(r.id()).append("]\n");
      }
    }
    return new ToolResult(out, text.toString().strip());
  }

  private static Map<String, Object> dealView(Deal d, LocalDate asOf) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", d.id());
    view.put("name", d.name());
    view.put("amount", d.amount());
    view.put("currency", d.currency());
    view.put("stage", d.stage());
    view.put("close_date", d.closeDate());
    view.put("probability", d.probability());
    view.put("forecast_category", d.forecastCategory());
    view.put("next_step", d.nextStep());
    view.put("next_step_date", d.nextStepDate());
    view.put("competitors", d.competitors());
    LocalDate firstClose = d.history().stream().map(Deal.Change::closeDate).filter(c -> c != null).findFirst().orElse(null);
    if (firstClose != null && d.closeDate() != null && d.closeDate().isAfter(firstClose)) {
      view.put("slipped_days", java.time.temporal.ChronoUnit.DAYS.between(firstClose, d.closeDate()));
      view.put("original_close_date", firstClose);
    }
    if (d.closeDate() != null && d.closeDate().isBefore(asOf)) {
      view.put("close_date_passed", true);
    }
    if (d.nextStepDate() != null && d.nextStepDate().isBefore(asOf)) {
      view.put("next_step_overdue", true);
    }
    return view;
  }
}
