package com.salesworkspace.importers.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.importers.ImportSink;
import com.salesworkspace.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records JSON: sObject Tree files ({@code sf data export tree}: records with attributes.type and referenceId,
 * lookups written as "@AccountRef1") and saved REST query results (attributes.url ends in the Id; parent
 * relationships are nested objects, read as "Account.Name"). Child subqueries are not followed.
 */
final class RecordsJsonReader {
  private RecordsJsonReader() {}

  static List<SfRecord> read(ExportEntry entry, ImportSink sink) throws IOException {
    JsonNode root;
    try (InputStream in = entry.open()) {
      root = Json.MAPPER.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      sink.failed("file", entry.location(), "not valid JSON: " + Json.problem(e));
      return List.of();
    }
    JsonNode records = root.has("records") ? root.get("records") : root.path("result").path("records");
    List<SfRecord> result = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      JsonNode record = records.get(i);
      String origin = entry.location() + " record " + (i + 1);
      String type = record.path("attributes").path("type").asText("");
      if (type.isEmpty()) {
        sink.failed("record", origin, "the record has no attributes.type");
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      flatten(record, "", fields);
      String key = key(record, fields);
      if (!SalesforceObjects.isRead(type)) {
        sink.skipped(ExportReader.kind(type), origin + " " + type + " " + key, "the Salesforce object " + type + " is not imported");
      } else if (key == null) {
        sink.failed(ExportReader.kind(type), origin, "the record has neither an Id nor attributes.referenceId");
      } else {
        result.add(new SfRecord(type, key, fields, origin));
      }
    }
    return result;
  }

  private static String key(JsonNode record, Map<String, String> fields) {
    if (fields.containsKey("Id")) {
      return fields.get("Id");
    }
    String url = record.path("attributes").path("url").asText("");
    if (!url.isEmpty()) {
      return url.substring(url.lastIndexOf('/') + 1);
    }
    String ref = record.path("attributes").path("referenceId").asText("");
    return ref.isEmpty() ? null : ref;
  }

  private static void flatten(JsonNode node, String prefix, Map<String, String> fields) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (field.getKey().equals("attributes") || value.isNull()) {
        continue;
      }
      if (value.isObject()) {
        if (!value.has("records") && prefix.isEmpty()) {
          flatten(value, field.getKey() + ".", fields);
        }
      } else if (!value.isArray()) {
        String text = value.asText();
        boolean reference = prefix.isEmpty() && field.getKey().endsWith("Id") && text.startsWith("@");
        if (!text.isBlank()) {
          fields.put(prefix + field.getKey(), reference ? text.substring(1) : text);
        }
      }
    }
  }
}
