package com.salesworkspace.crm;

import com.salesworkspace.crm.salesforce.LiveCrm;
import com.salesworkspace.crm.salesforce.SalesforceConfig;
import com.salesworkspace.index.Index;
import com.salesworkspace.util.Cursors;
import com.salesworkspace.util.Page;
import com.salesworkspace.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** crm_query's three modes behind one entry point: structured on the index or on Salesforce, and sandboxed SQL. */
public final class CrmQueries {
  public static final List<String> SOURCES = List.of("auto", "workspace", "live");

  private final Index index;
  private final Path indexFile;
  private final Optional<SalesforceConfig> salesforce;

  public CrmQueries(Index index, Map<String, String> environment) {
    this.index = index;
    this.indexFile = index.databaseFile();
    this.salesforce = SalesforceConfig.fromEnvironment(environment);
  }

  public CrmAnswer structured(QueryParser.Spec spec, String source, int offset, int limit, String fingerprint) {
    CrmQuery query = QueryParser.parse(spec, offset, limit);
    String wanted = source == null ? "auto" : source;
    if (wanted.equals("live") && salesforce.isEmpty()) {
      throw new WorkspaceException("source=live needs Salesforce: set " + SalesforceConfig.INSTANCE_URL + " and "
          + SalesforceConfig.ACCESS_TOKEN + " in the server's environment, or use source=workspace.");
    }
    boolean live = !wanted.equals("workspace") && salesforce.isPresent();
    if (live) {
      if (spec.fields().isEmpty() && !query.grouped()) {
        // The default fields, less those Salesforce has no equivalent for.
        query = new CrmQuery(query.object(), query.filter(), query.fields().stream()
            .filter(f -> f.salesforce() != null).toList(), query.sort(), query.groupBy(), query.aggregates(),
            query.offset(), query.limit());
      }
      LiveCrm crm = new LiveCrm(salesforce.get());
      return new CrmAnswer("live", query.object().name(), query.columns(), crm.run(query, fingerprint),
          crm.soql(query), null);
    }
    Page<Map<String, Object>> page = new WorkspaceCrm(index).run(query, fingerprint);
    return new CrmAnswer("workspace", query.object().name(), query.columns(), page, null,
        salesforce.isEmpty() && wanted.equals("auto") ? "Salesforce is not configured; answered from the workspace."
            : null);
  }

  public CrmAnswer sql(String sql, int offset, int limit, String fingerprint) {
    SqlSandbox.Rows rows = new SqlSandbox(indexFile).run(sql);
    List<Map<String, Object>> all = rows.rows();
    List<Map<String, Object>> slice = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    Page<Map<String, Object>> page = Cursors.page(List.copyOf(slice), all.size(), !rows.capped(), offset, fingerprint);
    return new CrmAnswer("workspace", null, rows.columns(), page, null, rows.capped()
        ? "Only the first " + rows.rows().size() + " rows were read (at most " + SqlSandbox.MAX_ROWS + "); add WHERE, "
            + "GROUP BY or LIMIT to narrow." : null);
  }
}
