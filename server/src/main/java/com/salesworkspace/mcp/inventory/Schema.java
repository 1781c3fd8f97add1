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
    return property(name, Map.of("type", "string", "description", description, "format", "date"));
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

  /** An output property whose name says it all; every token of tools/list is paid for on each request. */
  public Schema field(String name, String type) {
    return property(name, Map.of("type", type));
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
    return integer("limit", "Items per page (default 20).", 1, 100)
        .string("cursor", "next_cursor of the previous page.");
  }

  /** The paging fields every list result shares. */
  public Schema pageOutput(String itemsDescription) {
    return any("items", "array", itemsDescription)
        .field("total", "integer")
        .any("total_is_exact", "boolean", "False when total is a lower bound.")
        .field("has_more", "boolean")
        .field("next_cursor", "string")
        .any("note", "string", "Present when the result was cut; says how to narrow.");
  }
}
