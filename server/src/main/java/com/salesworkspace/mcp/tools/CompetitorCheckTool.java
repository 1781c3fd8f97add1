package com.salesworkspace.mcp.tools;

import com.salesworkspace.crm.CompetitorCheck;
import com.salesworkspace.crm.CompetitorReport;
import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import java.util.Map;

public final class CompetitorCheckTool implements WorkspaceTool {
  @Override
  public String name() {
    return "competitor_check";
  }

  @Override
  public Toolset toolset() {
    return Toolset.CRM;
  }

  @Override
  public String title() {
    return "Competitor check";
  }

  @Override
  public String description() {
    return "For a competitor or a customer's competitors: battlecard sections (positioning, objections, "
        + "landmines, pricing), interactions mentioning it with date, snippet and id, and deals listing it.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .string("competitor", "Name, e.g. Stackline.")
        .string("customer", "Customer slug: its competitors, mentions within it.")
        .paging()
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object()
        .any("competitors", "array", "Per competitor: sections, mentions (paged), deals.")
        .open().build();
  }

  @Override
  public ToolHints hints() {
    return ToolHints.READ_ONLY;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) {
    ToolArgs.Paging paging = args.paging(name());
    String customer = args.existingCustomer("customer", context.workspace());
    String competitor = args.string("competitor");
    CompetitorCheck check = new CompetitorCheck(context.workspace(), context.index());
    return SizeContract.fitPage(paging.limit(), (size, cut) -> {
      CompetitorReport report = check.check(customer, competitor, paging.offset(), size, paging.fingerprint());
      if (cut != null) {
        report = new CompetitorReport(report.customer(), report.competitors(), cut);
      }
      return new ToolResult(report, com.salesworkspace.crm.CompetitorText.render(report));
    });
  }
}
