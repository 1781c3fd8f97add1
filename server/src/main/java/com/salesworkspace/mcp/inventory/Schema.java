package com.salesworkspace.mcp.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON Schemas of tool inputs and outputs: small, explicit, every property described. */
public final class Schema {
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final List<String> required = new ArrayList<>();
  private boolean closed = true;

  private Schema() {}

  public static Schema object() {
    return new Schema();
  }

  public Schema string(String name, String description) {
    return property(name, Map.of("type", "string", "description", description));
  }

  public Schema date(String name, String description) {
    return property(name, Map.of("type", "string", "description", description, "pattern",
        "^\\d{4}-\\d{2}-\\d{2}"));
  }

  public Schema enumeration(String name, String description, List<String> values) {
    return property(name, Map.of("type", "string", "description", description, "enum", values));
  }

  public Schema integer(String name, String description, int min, int max) {
    return property(name, Map.of("type", "integer", "description", description, "minimum", min, "maximum", max));
  }

  public Schema bool(String name, String description) {
    return property(name, Map.of("type", "boolean", "description", description));
  }

  public Schema strings(String name, String description) {
    return property(name, Map.of("type", "array", "description", description, "items", Map.of("type", "string")));
  }

  public Schema enumerations(String name, String description, List<String> values) {
    return property(name, Map.of("type", "array", "description", description, "items",
        Map.of("type", "string", "enum", values)));
  }

  /** An output property of any JSON type, described. */
  public Schema any(String name, String type, String description) {
    return property(name, Map.of("type", type, "description", description));
  }

  public Schema property(String name, Map<String, Object> schema) {
    properties.put(name, schema);
    return this;
  }

  public Schema required(String... names) {
    required.addAll(List.of(names));
    return this;
  }

  /** Output schemas allow fields added later without breaking clients. */
  public Schema open() {
    closed = false;
    return this;
  }

  public Map<String, Object> build() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    if (closed) {
      schema.put("additionalProperties", false);
    }
    return schema;
  }

  /** The paging arguments every list tool shares. */
  public Schema paging() {
    return integer("limit", "How many items to return (default 20, max 100).", 1, 100)
        .string("cursor", "The next_cursor of the previous page, to get the next one; omit for the first page.");
  }

  /** The paging fields every list result shares. */
  public Schema pageOutput(String itemsDescription) {
    return any("items", "array", itemsDescription)
        .any("total", "integer", "How many items match in all.")
        .any("total_is_exact", "boolean", "False when total is a lower bound.")
        .any("has_more", "boolean", "True when there are more items after this page.")
        .any("next_cursor", "string", "Pass as cursor to get the next page; absent on the last page.")
        .any("note", "string", "Present when the result was cut to fit; says how to narrow.");
  }
}
