package com.salesworkspace.crm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a checked structured query into SQL over the crm_* views. Names come only from the schema; every value
 * is a bind parameter.
 */
public final class SqlCompiler {
  /** SQL text and its parameters, in order. */
  public record Sql(String text, List<Object> params) {}

  private final List<Object> params = new ArrayList<>();

  private SqlCompiler() {}

  /** The page of rows the query asks for. */
  public static Sql rows(CrmQuery q) {
    SqlCompiler c = new SqlCompiler();
    String sql = c.select(q) + c.orderBy(q) + " LIMIT ? OFFSET ?";
    c.params.add(q.limit());
    c.params.add(q.offset());
    return new Sql(sql, c.params);
  }

  /** How many rows the query has in all (groups, for a grouped query). */
  public static Sql count(CrmQuery q) {
    SqlCompiler c = new SqlCompiler();
    return new Sql("SELECT COUNT(*) FROM (" + c.select(q) + ")", c.params);
  }

  private String select(CrmQuery q) {
    String columns;
    if (q.grouped()) {
      List<String> parts = new ArrayList<>(q.groupBy().stream().map(f -> f.column() + " AS " + f.name()).toList());
      for (CrmQuery.Aggregate a : q.aggregates()) {
        parts.add((a.field() == null ? "COUNT(*)" : a.function().toUpperCase() + "(" + a.field().column() + ")")
            + " AS " + a.alias());
      }
      columns = String.join(", ", parts);
    } else {
      columns = q.fields().stream().map(f -> f.column() + " AS " + f.name()).collect(Collectors.joining(", "));
    }
    String where = q.filter().members().isEmpty() ? "" : " WHERE " + group(q.filter());
    String groupBy = q.grouped()
        ? " GROUP BY " + q.groupBy().stream().map(CrmField::column).collect(Collectors.joining(", ")) : "";
    return "SELECT " + columns + " FROM " + q.object().view() + where + groupBy;
  }

  private String orderBy(CrmQuery q) {
    List<String> keys = new ArrayList<>();
    for (CrmQuery.SortKey k : q.sort()) {
      String expr = k.field() == null ? k.name() : k.field().column();
      // NULLs last either way: an empty amount is not the biggest one.
      keys.add(expr + " IS NULL, " + expr + (k.descending() ? " DESC" : " ASC"));
    }
    // A stable order makes cursors reliable: finish with the columns returned.
    if (q.grouped()) {
      q.groupBy().forEach(f -> keys.add(f.column()));
    } else {
      keys.add(stableKey(q));
    }
    return " ORDER BY " + String.join(", ", keys);
  }

  private static String stableKey(CrmQuery q) {
    return q.object().fields().stream().map(CrmField::column).limit(3).collect(Collectors.joining(", "));
  }

  private String group(Filter.Group g) {
    if (g.members().isEmpty()) {
      return g.or() ? "0" : "1";
    }
    List<String> parts = new ArrayList<>();
    for (Filter f : g.members()) {
      parts.add(f instanceof Filter.Group inner ? "(" + group(inner) + ")" : condition((Filter.Condition) f));
    }
    return String.join(g.or() ? " OR " : " AND ", parts);
  }

  private String condition(Filter.Condition c) {
    String col = c.field().column();
    boolean text = c.field().type() == CrmField.Type.TEXT;
    String collate = text ? " COLLATE NOCASE" : "";
    return switch (c.op()) {
      case "=", "!=", "<", "<=", ">", ">=" -> col + collate + " " + c.op() + " " + bind(c.value());
      case "in", "not_in" -> col + collate + (c.op().equals("in") ? " IN (" : " NOT IN (")
          + ((List<?>) c.value()).stream().map(this::bind).collect(Collectors.joining(", ")) + ")";
      case "between" -> col + collate + " BETWEEN " + bind(((List<?>) c.value()).get(0)) + " AND "
          + bind(((List<?>) c.value()).get(1));
      case "is_null" -> Boolean.TRUE.equals(c.value()) ? "(" + col + " IS NULL OR " + col + " = '' OR " + col
          + " = '[]')" : "(" + col + " IS NOT NULL AND " + col + " <> '' AND " + col + " <> '[]')";
      case "contains" -> c.field().type() == CrmField.Type.LIST
          ? "EXISTS (SELECT 1 FROM json_each(" + col + ") WHERE value = " + bind(c.value()) + " COLLATE NOCASE)"
          : "instr(lower(" + col + "), lower(" + bind(c.value()) + ")) > 0";
      case "starts_with" -> "substr(lower(" + col + "), 1, length(" + bind(c.value()) + ")) = lower("
          + bind(c.value()) + ")";
      default -> throw new IllegalStateException("operator " + c.op() + " passed the parser unchecked");
    };
  }

  private String bind(Object value) {
    params.add(value instanceof Boolean b ? (b ? 1 : 0) : value instanceof BigDecimal d ? d.doubleValue() : value);
    return "?";
  }
}
