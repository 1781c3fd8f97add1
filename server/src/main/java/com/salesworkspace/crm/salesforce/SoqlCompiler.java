package com.salesworkspace.crm.salesforce;

import com.salesworkspace.crm.CrmField;
import com.salesworkspace.crm.CrmQuery;
import com.salesworkspace.crm.Filter;
import com.salesworkspace.workspace.WorkspaceException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Translates a checked structured query into SOQL, using each field's Salesforce name from the schema. SOQL has
 * no bind parameters, so every value is written as a literal of its type with SOQL's escapes.
 */
public final class SoqlCompiler {
  /** Fields that are date-times in Salesforce but days in the workspace: compared through DAY_ONLY(). */
  private static final Set<String> DATE_TIMES = Set.of("CreatedDate", "LastModifiedDate");

  private SoqlCompiler() {}

  /** The SOQL text, and for each row column of the query, the Salesforce key its value is read from. */
  public record Soql(String text, List<String> keys) {}

  public static Soql compile(CrmQuery q) {
    if (q.object().salesforce() == null) {
      throw new WorkspaceException(q.object().name() + " exist only in the workspace; query them with "
          + "source=workspace, or query tasks in Salesforce.");
    }
    List<String> select = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    if (q.grouped()) {
      for (CrmField f : q.groupBy()) {
        select.add(sf(f));
        keys.add(sf(f));
      }
      for (int i = 0; i < q.aggregates().size(); i++) {
        select.add(aggregate(q.aggregates().get(i)) + " a" + i);
        keys.add("a" + i);
      }
    } else {
      for (CrmField f : q.fields()) {
        select.add(sf(f));
        keys.add(sf(f));
      }
    }
    StringBuilder soql = new StringBuilder("SELECT ").append(String.join(", ", select)).append(" FROM ")
        .append(q.object().salesforce());
    if (!q.filter().members().isEmpty()) {
      soql.append(" WHERE ").append(group(q.filter()));
    }
    if (q.grouped()) {
      soql.append(" GROUP BY ").append(q.groupBy().stream().map(SoqlCompiler::sf).collect(Collectors.joining(", ")));
    }
    if (!q.sort().isEmpty()) {
      List<String> order = new ArrayList<>();
      for (CrmQuery.SortKey k : q.sort()) {
        String expr = k.field() != null ? sf(k.field()) : aggregate(q.aggregates().stream()
            .filter(a -> a.alias().equals(k.name())).findFirst().orElseThrow());
        order.add(expr + (k.descending() ? " DESC" : " ASC") + " NULLS LAST");
      }
      soql.append(" ORDER BY ").append(String.join(", ", order));
    }
    return new Soql(soql.toString(), keys);
  }

  private static String aggregate(CrmQuery.Aggregate a) {
    return a.field() == null ? "COUNT(Id)" : a.function().toUpperCase() + "(" + sf(a.field()) + ")";
  }

  static String sf(CrmField f) {
    if (f.salesforce() == null) {
      throw new WorkspaceException("Field '" + f.name() + "' has no Salesforce equivalent; drop it or query with "
          + "source=workspace (the mapping is in crm://schema).");
    }
    return f.salesforce();
  }

  private static String group(Filter.Group g) {
    List<String> parts = new ArrayList<>();
    for (Filter f : g.members()) {
      parts.add(f instanceof Filter.Group inner ? "(" + group(inner) + ")" : condition((Filter.Condition) f));
    }
    return String.join(g.or() ? " OR " : " AND ", parts);
  }

  private static String condition(Filter.Condition c) {
    String field = sf(c.field());
    String col = DATE_TIMES.contains(field) ? "DAY_ONLY(" + field + ")" : field;
    return switch (c.op()) {
      case "=", "!=", "<", "<=", ">", ">=" -> col + " " + c.op() + " " + literal(c.field(), c.value());
      case "in", "not_in" -> col + (c.op().equals("in") ? " IN (" : " NOT IN (")
          + ((List<?>) c.value()).stream().map(v -> literal(c.field(), v)).collect(Collectors.joining(", ")) + ")";
      case "between" -> "(" + col + " >= " + literal(c.field(), ((List<?>) c.value()).get(0)) + " AND " + col + " <= "
          + literal(c.field(), ((List<?>) c.value()).get(1)) + ")";
      case "is_null" -> col + (Boolean.TRUE.equals(c.value()) ? " = null" : " != null");
      case "contains" -> col + " LIKE '%" + escapeLike(c.value().toString()) + "%'";
      case "starts_with" -> col + " LIKE '" + escapeLike(c.value().toString()) + "%'";
      default -> throw new IllegalStateException("operator " + c.op() + " passed the parser unchecked");
    };
  }

  static String literal(CrmField f, Object value) {
    return switch (f.type()) {
      case NUMBER -> ((BigDecimal) value).toPlainString();
      case DATE -> value.toString(); // checked as YYYY-MM-DD: a SOQL date literal is written unquoted
      case BOOLEAN -> value.toString();
      default -> "'" + escape(value.toString()) + "'";
    };
  }

  /** SOQL string escapes: backslash, quotes and control characters. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '\\' -> sb.append("\\\\");
        case '\'' -> sb.append("\\'");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** Inside LIKE, % and _ are wildcards unless escaped. */
  static String escapeLike(String s) {
    return escape(s).replace("%", "\\%").replace("_", "\\_");
  }
}
