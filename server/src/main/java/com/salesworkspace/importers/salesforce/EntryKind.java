package com.salesworkspace.importers.salesforce;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** What one export file is, told from its name and first line or first JSON tokens. */
enum EntryKind {
  /** A Data Export object file: Account.csv with API-name headers ("Id","IsDeleted",...). */
  OBJECT_CSV,
  /** A report export: "Account: Account Name" style headers, one row per detail record. */
  REPORT_CSV,
  /** sObject Tree JSON (sf data export tree) or a saved REST query result: records with attributes.type. */
  RECORDS_JSON,
  /** The data-plan.json of a tree export. */
  PLAN_JSON,
  OTHER;

  private static final JsonFactory JSON = new JsonFactory();

  static EntryKind of(ExportEntry entry) throws IOException {
    return switch (entry.extension()) {
      case "csv" -> ofCsv(entry);
      case "json" -> ofJson(entry);
      default -> OTHER;
    };
  }

  private static EntryKind ofCsv(ExportEntry entry) throws IOException {
    List<String> header = CsvTable.header(entry);
    if (header.contains("Id") && !header.isEmpty() && header.get(0).equals("Id")) {
      return OBJECT_CSV;
    }
    return ReportLabels.isReportHeader(header) ? REPORT_CSV : OTHER;
  }

  /** Looks at the first tokens only: a records array whose first record has attributes, or a plan array. */
  private static EntryKind ofJson(ExportEntry entry) throws IOException {
    try (InputStream in = entry.open(); JsonParser parser = JSON.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        return parser.nextToken() == JsonToken.START_OBJECT && firstFieldsInclude(parser, "sobject") ? PLAN_JSON
            : OTHER;
      }
      if (first != JsonToken.START_OBJECT) {
        return OTHER;
      }
      return findRecordsArray(parser, 0) && parser.nextToken() == JsonToken.START_OBJECT
          && firstFieldsInclude(parser, "attributes") ? RECORDS_JSON : OTHER;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return OTHER;
    }
  }

  /** Moves to the start of a "records" array at the top level or under "result" (sf data query --json). */
  private static boolean findRecordsArray(JsonParser parser, int depth) throws IOException {
    for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("records".equals(field) && value == JsonToken.START_ARRAY) {
        return true;
      }
      if ("result".equals(field) && value == JsonToken.START_OBJECT && depth == 0) {
        return findRecordsArray(parser, 1);
      }
      parser.skipChildren();
    }
    return false;
  }

  private static boolean firstFieldsInclude(JsonParser parser, String wanted) throws IOException {
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      if (wanted.equals(parser.currentName())) {
        return true;
      }
      parser.nextToken();
      parser.skipChildren();
    }
    return false;
  }
}
