package com.salesworkspace.crm;

import com.salesworkspace.util.Page;
import java.util.List;
import java.util.Map;

/**
 * The answer to a crm_query: where it came from (workspace or live), the columns and one page of rows, and a note
 * when something should be said (Salesforce not configured, rows capped).
 */
public record CrmAnswer(String source, String object, List<String> columns, Page<Map<String, Object>> page,
    String query, String note) {}
