package com.salesworkspace.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.crm.CrmField;
import com.salesworkspace.crm.CrmQuery;
import com.salesworkspace.util.Cursors;
import com.salesworkspace.util.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs structured queries on Salesforce: SOQL out, rows back under the workspace's field names. */
public final class LiveCrm {
  private final SalesforceQueryClient client;

  public LiveCrm(SalesforceConfig config) {
    this.client = new SalesforceQueryClient(config);
  }

  public Page<Map<String, Object>> run(CrmQuery q, String fingerprint) {
    SoqlCompiler.Soql soql = SoqlCompiler.compile(q);
    SalesforceQueryClient.Result result = client.query(soql.text(), q.offset() + q.limit());
    List<String> columns = q.columns();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<JsonNode> records = result.records();
    for (int i = q.offset(); i < Math.min(records.size(), q.offset() + q.limit()); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        CrmField field = q.grouped() && c >= q.groupBy().size() ? null : q.object().field(columns.get(c)).orElse(null);
        row.put(columns.get(c), value(field, records.get(i).get(soql.keys().get(c))));
      }
      rows.add(row);
    }
    return Cursors.page(rows, result.totalSize(), true, q.offset(), fingerprint);
  }

  private static Object value(CrmField field, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return node.numberValue().doubleValue() == Math.rint(node.doubleValue()) ? (Object) node.asLong()
          : node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    String text = node.asText();
    return field != null && field.isDate() && text.length() > 10 ? text.substring(0, 10) : text;
  }

  public String soql(CrmQuery q) {
    return SoqlCompiler.compile(q).text();
  }
}
