package com.salesworkspace.mcp.tools;

import com.salesworkspace.interactions.InteractionHit;
import com.salesworkspace.interactions.InteractionQuery;
import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.model.InteractionHeader;
import com.salesworkspace.util.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Search over one kind of interaction (emails, Slack threads), across the workspace or within one customer. */
abstract class InteractionSearchTool implements WorkspaceTool {
  private final String kind;
  private final List<String> types;

  InteractionSearchTool(String kind, List<String> types) {
    this.kind = kind;
    this.types = types;
  }

  @Override
  public Toolset toolset() {
    return Toolset.INTERACTIONS;
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .string("query", "Words (all must match); \"phrases\" in order; -word excludes. Omit for newest first.")
        .string("customer", "Customer slug, e.g. acme-logistics.")
        .string("person", "From, to or with this person (name or email).")
        .date("since", "On or after this day.")
        .date("until", "On or before this day.")
        .enumeration("direction", "inbound (the customer wrote), outbound (we wrote) or internal.",
            List.copyOf(new java.util.TreeSet<>(InteractionHeader.DIRECTIONS)))
        .paging()
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object().pageOutput("Hits: id (for get_interaction), customer, type, source, date, subject, "
        + "from, direction, snippet, chars.").open().build();
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
    String direction = args.oneOf("direction", InteractionHeader.DIRECTIONS);
    ToolArgs.Paging paging = args.paging(name());
    String query = args.string("query");
    return SizeContract.fitPage(paging.limit(), (size, note) -> {
      Page<InteractionHit> page = context.interactionSearch().search(new InteractionQuery(query, types,
          customer, args.string("person"), since, until, direction, paging.offset(), size), paging.fingerprint());
      return new ToolResult(PagedResult.of(page, note), text(page, query, note));
    });
  }

  private String text(Page<InteractionHit> page, String query, String note) {
    StringBuilder sb = new StringBuilder(Render.total(page) + " " + kind + (query == null ? "" : " matching \"" + query + "\""));
    if (page.total() == 0) {
      sb.append(". Try fewer words, a wider date range, or search_customers.");
    }
    sb.append('\n');
    for (InteractionHit h : page.items()) {
      sb.append("- [").append(h.id()).append("] ").append(Render.day(h.date())).append(" ").append(h.customer())
          .append(" · ").append(Render.nz(h.direction())).append(h.from() == null ? "" : " · from " + h.from())
          .append(h.subject() == null ? "" : " · " + h.subject()).append('\n')
          .append("    ").append(h.snippet() == null ? "" : h.snippet()).append('\n');
    }
    return sb.append(Render.footer(page, note)).toString();
  }
}
