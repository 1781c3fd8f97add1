package com.salesworkspace.mcp.tools;

import com.salesworkspace.customers.CustomerFilter;
import com.salesworkspace.customers.CustomerMatch;
import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.util.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class SearchCustomersTool implements WorkspaceTool {
  private static final List<String> TIERS = List.of("strategic", "enterprise", "mid-market", "smb");

  @Override
  public String name() {
    return "search_customers";
  }

  @Override
  public Toolset toolset() {
    return Toolset.CUSTOMERS;
  }

  @Override
  public String title() {
    return "Search customers";
  }

  @Override
  public String description() {
    return "Find customers by words that appear anywhere in their profile, contacts, deals or interactions, "
        + "and/or by owner, lifecycle stage, industry, tier, health or renewal date. Returns slugs (use them with "
        + "the other tools) with why each matched. Without query, lists customers by name.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .string("query", "Words (all must match); \"phrases\" in order; -word excludes.")
        .string("owner", "User id of the account owner or CSM, e.g. john.smith.")
        .string("lifecycle_stage", "e.g. negotiation, onboarding, renewal, churned.")
        .string("industry", "Part of the industry name, e.g. health.")
        .enumeration("tier", "Account tier.", TIERS)
        .integer("health_below", "Only customers whose health score is below this.", 0, 101)
        .integer("health_above", "Only customers whose health score is above this.", -1, 100)
        .date("renewal_before", "Renewing before this day.")
        .paging()
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object().pageOutput("Customers: slug, name, industry, tier, lifecycle_stage, owner, health_score, "
        + "health_trend, arr, renewal_date, last_activity, matched (why: kind, title, snippet, interaction_id, date).")
        .open().build();
  }

  @Override
  public ToolHints hints() {
    return ToolHints.READ_ONLY;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) {
    String query = args.string("query");
    CustomerFilter filter = new CustomerFilter(args.string("owner"), args.string("lifecycle_stage"),
        args.string("industry"), args.oneOf("tier", Set.copyOf(TIERS)), args.optionalInteger("health_below", 0, 101),
        args.optionalInteger("health_above", -1, 100), args.date("renewal_before"));
    ToolArgs.Paging paging = args.paging(name());
    return SizeContract.fitPage(paging.limit(), (size, note) -> {
      Page<CustomerMatch> page = context.directory().search(query, filter, paging.offset(), size, paging.fingerprint());
      return new ToolResult(PagedResult.of(page, note), text(page, query, note));
    });
  }

  private static String text(Page<CustomerMatch> page, String query, String note) {
    StringBuilder sb = new StringBuilder(Render.total(page) + " customers" + (query == null ? "" : " matching \"" + query + "\""));
    if (page.total() == 0) {
      sb.append(". Try fewer words, or drop a filter.");
    }
    sb.append('\n');
    for (CustomerMatch c : page.items()) {
      sb.append("- ").append(c.slug()).append(": ").append(c.name()).append(" (").append(Render.nz(c.lifecycleStage()))
          .append(", owner ").append(Render.nz(c.owner())).append(", health ").append(Render.nz(c.healthScore()))
          .append(", last activity ").append(Render.day(c.lastActivity())).append(")\n");
      for (CustomerMatch.Reason r : c.matched()) {
        sb.append("    ").append(r.kind()).append(r.interactionId() == null ? "" : " " + r.interactionId())
            .append(": ").append(r.snippet()).append('\n');
      }
    }
    return sb.append(Render.footer(page, note)).toString();
  }
}
