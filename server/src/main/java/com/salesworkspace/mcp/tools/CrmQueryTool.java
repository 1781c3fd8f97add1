package com.salesworkspace.mcp.tools;

import com.salesworkspace.crm.CrmAnswer;
import com.salesworkspace.crm.CrmQueries;
import com.salesworkspace.crm.CrmSchema;
import com.salesworkspace.crm.QueryParser;
import com.salesworkspace.mcp.inventory.Schema;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolArgs;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolHints;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.Toolset;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.util.Page;
import com.salesworkspace.workspace.WorkspaceException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

public final class CrmQueryTool implements WorkspaceTool {
  @Override
  public String name() {
    return "crm_query";
  }

  @Override
  public Toolset toolset() {
    return Toolset.CRM;
  }

  @Override
  public String title() {
    return "CRM query";
  }

  @Override
  public String description() {
    return "Query accounts, opportunities, contacts, tasks or activities with filters, sort and group_by "
        + "aggregates, or run one read-only SELECT (sql) over the crm_* views. Fields, operators and views: resource "
        + "crm://schema. Uses Salesforce live when configured.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schema.object()
        .enumeration("object", "What to query.", CrmSchema.objectNames())
        .property("filters", Map.of("type", "array", "items", Map.of("type", "object"), "description",
            "All must hold: {field, op, value}, or {or: [...]}."))
        .strings("fields", "Fields to return.")
        .strings("sort", "Fields; -field for descending.")
        .strings("group_by", "Group by these fields.")
        .strings("aggregates", "With group_by: count, sum:amount, avg:F, min:F, max:F.")
        .string("sql", "Instead of object: one SELECT over crm_* views.")
        .enumeration("source", "auto (default): live if configured.", CrmQueries.SOURCES)
        .paging()
        .build();
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schema.object().pageOutput("Rows: field to value.")
        .any("source", "string", "workspace or live.")
        .open().build();
  }

  @Override
  public ToolHints hints() {
    return ToolHints.READ_ONLY;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) {
    ToolArgs.Paging paging = args.paging(name());
    String sql = args.string("sql");
    String source = args.oneOf("source", Set.copyOf(CrmQueries.SOURCES));
    if (sql != null && (args.has("object") || args.has("filters") || args.has("group_by"))) {
      throw new WorkspaceException("Pass either sql or object (with filters), not both.");
    }
    if (sql != null && "live".equals(source)) {
      throw new WorkspaceException("sql runs on the workspace index only; drop source=live or use object and filters.");
    }
    QueryParser.Spec spec = new QueryParser.Spec(args.string("object"), args.raw("filters"), args.strings("fields"),
        args.strings("sort"), args.strings("group_by"), args.strings("aggregates"));
    CrmQueries queries = new CrmQueries(context.index(), context.environment());
    return SizeContract.fitPage(paging.limit(), (size, cut) -> {
      CrmAnswer answer = sql != null ? queries.sql(sql, paging.offset(), size, paging.fingerprint())
          : queries.structured(spec, source, paging.offset(), size, paging.fingerprint());
      String note = cut == null ? answer.note() : answer.note() == null ? cut : answer.note() + " " + cut;
      Map<String, Object> out = new LinkedHashMap<>(com.salesworkspace.util.Json.MAPPER.convertValue(
          PagedResult.of(answer.page(), note), Map.class));
      out.put("source", answer.source());
      if (answer.query() != null) {
        out.put("soql", answer.query());
      }
      return new ToolResult(out, text(answer, note));
    });
  }

  static String text(CrmAnswer answer, String note) {
    Page<Map<String, Object>> page = answer.page();
    StringBuilder sb = new StringBuilder(Render.total(page)).append(" rows")
        .append(answer.object() == null ? "" : " of " + answer.object()).append(" from the ").append(answer.source())
        .append(answer.query() == null ? "" : " (SOQL: " + answer.query() + ")").append('\n');
    return sb.append(answer.table()).append(Render.footer(page, note)).toString().strip();
  }
}
