package com.salesworkspace.crm;

import com.salesworkspace.util.Page;
import java.util.List;
import java.util.Map;

/**
 * The answer to a crm_query: where it came from (workspace or live), the columns and one page of rows, and a note
 * when something should be said (Salesforce not configured, rows capped).
 */
public record CrmAnswer(String source, String object, List<String> columns, Page<Map<String, Object>> page,
    String query, String note) {

  /** The page as a plain table: a header of column names, then one line per row, cells separated by " | ". */
  public String table() {
    if (page.items().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(String.join(" | ", columns)).append('\n');
    for (Map<String, Object> row : page.items()) {
      sb.append(String.join(" | ", columns.stream().map(c -> row.get(c) == null ? "-" : row.get(c).toString())
          .toList())).append('\n');
    }
    return sb.toString();
  }
}
