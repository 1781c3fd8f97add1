package com.salesworkspace.crm;

import com.salesworkspace.util.Json;
import com.salesworkspace.workspace.WorkspaceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a structured query from its JSON form (the crm_query arguments) and checks every name, operator and value
 * against {@link CrmSchema}; each mistake is a WorkspaceException saying what to write instead.
 */
public final class QueryParser {
  private static final int MAX_DEPTH = 5;
  private static final int MAX_CONDITIONS = 50;

  private int conditions;

  /** The parts of a query as the caller wrote them. */
  public record Spec(String object, Object filters, List<String> fields, List<String> sort, List<String> groupBy,
      List<String> aggregates) {}

  public static CrmQuery parse(Spec spec, int offset, int limit) {
    return new QueryParser().read(spec, offset, limit);
  }

  private CrmQuery read(Spec spec, int offset, int limit) {
    if (spec.object() == null) {
      throw new WorkspaceException("Say which object to query: object is one of " + String.join(", ",
          CrmSchema.objectNames()) + " (or pass sql).");
    }
    CrmObject object = CrmSchema.object(spec.object());
    Filter.Group filter = new Filter.Group(false, spec.filters() == null ? List.of() : members(object,
        jsonIfText(spec.filters()), "filters", 1));
    List<CrmField> groupBy = fields(object, spec.groupBy(), "group_by");
    List<CrmQuery.Aggregate> aggregates = groupBy.isEmpty() && spec.aggregates().isEmpty() ? List.of()
        : aggregates(object, spec.aggregates().isEmpty() ? List.of("count") : spec.aggregates());
    if (groupBy.isEmpty() && !aggregates.isEmpty()) {
      throw new WorkspaceException("aggregates need group_by; add group_by, e.g. [\"stage\"].");
    }
    if (!groupBy.isEmpty() && !spec.fields().isEmpty()) {
      throw new WorkspaceException("A grouped query returns its group_by fields and aggregates; drop fields.");
    }
    List<CrmField> fields = spec.fields().isEmpty()
        ? object.defaults().stream().map(n -> object.field(n).orElseThrow()).toList()
        : fields(object, spec.fields(), "fields");
    List<CrmQuery.SortKey> sort = new ArrayList<>();
    for (String s : spec.sort()) {
      boolean desc = s.startsWith("-");
      String name = desc ? s.substring(1) : s;
      CrmQuery.Aggregate agg = aggregates.stream().filter(a -> a.alias().equals(name)).findFirst().orElse(null);
      if (agg != null) {
        sort.add(new CrmQuery.SortKey(name, null, desc));
        continue;
      }
      CrmField field = CrmSchema.field(object, name, "sort");
      if (!groupBy.isEmpty() && !groupBy.contains(field)) {
        throw new WorkspaceException("A grouped query sorts by its group_by fields or aggregates ("
            + String.join(", ", columnsOf(groupBy, aggregates)) + "); '" + name + "' is neither.");
      }
      sort.add(new CrmQuery.SortKey(name, field, desc));
    }
    return new CrmQuery(object, filter, fields, sort, groupBy, aggregates, offset, limit);
  }

  private static List<String> columnsOf(List<CrmField> groupBy, List<CrmQuery.Aggregate> aggregates) {
    List<String> names = new ArrayList<>(groupBy.stream().map(CrmField::name).toList());
    aggregates.forEach(a -> names.add(a.alias()));
    return names;
  }

  private static List<CrmField> fields(CrmObject object, List<String> names, String where) {
    List<CrmField> fields = new ArrayList<>();
    for (String n : names) {
      CrmField f = CrmSchema.field(object, n, where);
      if (!fields.contains(f)) {
        fields.add(f);
      }
    }
    return fields;
  }

  private static List<CrmQuery.Aggregate> aggregates(CrmObject object, List<String> specs) {
    List<CrmQuery.Aggregate> result = new ArrayList<>();
    for (String spec : specs) {
      String[] parts = spec.split(":", 2);
      String fn = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
      if (!CrmSchema.AGGREGATES.contains(fn)) {
        throw new WorkspaceException("Unknown aggregate '" + spec + "'; write count, or sum:F, avg:F, min:F, max:F "
            + "with a field F, e.g. sum:amount.");
      }
      if (fn.equals("count")) {
        result.add(new CrmQuery.Aggregate("count", null, "count"));
        continue;
      }
      if (parts.length < 2) {
        throw new WorkspaceException("Aggregate '" + fn + "' needs a field: write " + fn + ":amount.");
      }
      CrmField field = CrmSchema.field(object, parts[1].strip(), "aggregates");
      boolean numeric = field.type() == CrmField.Type.NUMBER;
      boolean ordered = numeric || field.type() == CrmField.Type.DATE || field.type() == CrmField.Type.TEXT;
      if ((fn.equals("sum") || fn.equals("avg")) && !numeric || !ordered) {
        throw new WorkspaceException(fn + " needs a number field; '" + field.name() + "' is " + field.type().id()
            + ".");
      }
      result.add(new CrmQuery.Aggregate(fn, field, fn + "_" + field.name()));
    }
    return result;
  }

  /** Some clients send structured arguments as JSON text; read it as the structure it spells. */
  private static Object jsonIfText(Object raw) {
    if (raw instanceof String text && (text.strip().startsWith("[") || text.strip().startsWith("{"))) {
      try {
        Object parsed = Json.MAPPER.readValue(text, Object.class);
        return parsed instanceof Map ? List.of(parsed) : parsed;
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new WorkspaceException("filters is not valid JSON (" + e.getOriginalMessage() + "); send a list of "
            + "conditions like [{\"field\": \"stage\", \"op\": \"=\", \"value\": \"negotiation\"}].");
      }
    }
    return raw;
  }

  private List<Filter> members(CrmObject object, Object raw, String where, int depth) {
    if (!(raw instanceof List<?> list)) {
      throw new WorkspaceException(where + " must be a list of conditions like {\"field\": \"stage\", \"op\": \"=\", "
          + "\"value\": \"negotiation\"}.");
    }
    if (depth > MAX_DEPTH) {
      throw new WorkspaceException("Filters nest at most " + MAX_DEPTH + " groups deep; flatten them.");
    }
    if (depth > 1 && list.isEmpty()) {
      throw new WorkspaceException(where + " is empty; put conditions in it, e.g. {\"or\": [{\"field\": \"stage\", "
          + "\"value\": \"negotiation\"}, {\"field\": \"stage\", \"value\": \"discovery\"}]}, or leave it out.");
    }
    List<Filter> result = new ArrayList<>();
    for (Object item : list) {
      result.add(member(object, item, where, depth));
    }
    return result;
  }

  private Filter member(CrmObject object, Object item, String where, int depth) {
    if (!(item instanceof Map<?, ?> map)) {
      throw new WorkspaceException("Each filter is an object {field, op, value} or {or: [...]}; got " + Json.write(item)
          + " in " + where + ".");
    }
    if (map.size() == 1 && (map.containsKey("or") || map.containsKey("and"))) {
      boolean or = map.containsKey("or");
      return new Filter.Group(or, members(object, map.get(or ? "or" : "and"), where + "." + (or ? "or" : "and"),
          depth + 1));
    }
    for (Object key : map.keySet()) {
      if (!Set.of("field", "op", "value").contains(String.valueOf(key))) {
        throw new WorkspaceException("A condition has field, op and value (or is {or: [...]} / {and: [...]}); '" + key
            + "' is not one of them.");
      }
    }
    if (++conditions > MAX_CONDITIONS) {
      throw new WorkspaceException("At most " + MAX_CONDITIONS + " conditions; use in with a list instead.");
    }
    if (!(map.get("field") instanceof String name)) {
      throw new WorkspaceException("A condition needs a field name; got " + Json.write(map) + ".");
    }
    CrmField field = CrmSchema.field(object, name, where);
    String op = map.get("op") == null ? "=" : String.valueOf(map.get("op")).strip().toLowerCase(java.util.Locale.ROOT);
    if (!CrmSchema.OPERATORS.contains(op)) {
      throw new WorkspaceException("Unknown operator '" + op + "'" + CrmSchema.didYouMean(op, CrmSchema.OPERATORS)
          + "; use one of " + String.join(" ", CrmSchema.OPERATORS) + ".");
    }
    checkApplies(field, op);
    return new Filter.Condition(field, op, value(field, op, map.get("value")));
  }

  private static void checkApplies(CrmField field, String op) {
    boolean ok = switch (field.type()) {
      case LIST -> op.equals("contains") || op.equals("is_null");
      case BOOLEAN -> op.equals("=") || op.equals("!=") || op.equals("is_null");
      case NUMBER, DATE -> !op.equals("contains") && !op.equals("starts_with");
      case TEXT -> true;
    };
    if (!ok) {
      throw new WorkspaceException("Operator '" + op + "' does not apply to " + field.type().id() + " field '"
          + field.name() + "'" + (field.type() == CrmField.Type.LIST ? "; use contains." : "."));
    }
  }

  private static Object value(CrmField field, String op, Object raw) {
    String what = "the value of " + field.name() + " " + op;
    switch (op) {
      case "is_null" -> {
        if (raw == null) {
          return Boolean.TRUE;
        }
        if (raw instanceof Boolean b) {
          return b;
        }
        throw new WorkspaceException(what + " must be true or false.");
      }
      case "in", "not_in", "between" -> {
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
          throw new WorkspaceException(what + " must be a list, e.g. " + (op.equals("between") ? "[10000, 50000]"
              : "[\"negotiation\", \"business_case\"]") + ".");
        }
        if (op.equals("between") && list.size() != 2) {
          throw new WorkspaceException(what + " must be [low, high].");
        }
        if (list.size() > 100) {
          throw new WorkspaceException(what + " holds at most 100 values.");
        }
        return list.stream().map(v -> scalar(field, v, what)).toList();
      }
      default -> {
        if (raw == null) {
          throw new WorkspaceException(what + " is missing; to test for empty fields use op is_null.");
        }
        return scalar(field, raw, what);
      }
    }
  }

  private static Object scalar(CrmField field, Object raw, String what) {
    switch (field.type()) {
      case NUMBER -> {
        try {
          return raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(String.valueOf(raw).strip());
        } catch (NumberFormatException e) {
          throw new WorkspaceException(what + " must be a number; got " + Json.write(raw) + ".");
        }
      }
      case DATE -> {
        String s = String.valueOf(raw).strip();
        try {
          return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
          throw new WorkspaceException(what + " must be a date like 2026-12-31; got " + Json.write(raw) + ".");
        }
      }
      case BOOLEAN -> {
        if (raw instanceof Boolean b) {
          return b;
        }
        if ("true".equalsIgnoreCase(String.valueOf(raw)) || "false".equalsIgnoreCase(String.valueOf(raw))) {
          return Boolean.parseBoolean(String.valueOf(raw));
        }
        throw new WorkspaceException(what + " must be true or false; got " + Json.write(raw) + ".");
      }
      default -> {
        if (raw instanceof Map || raw instanceof List) {
          throw new WorkspaceException(what + " must be a single value; got " + Json.write(raw) + ".");
        }
        return String.valueOf(raw);
      }
    }
  }
}
