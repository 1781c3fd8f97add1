package com.salesworkspace.mcp.inventory;

import com.salesworkspace.util.Cursors;
import com.salesworkspace.util.Json;
import com.salesworkspace.workspace.WorkspaceException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A tool call's arguments, read with the checks the schema states. Every mistake becomes a WorkspaceException
 * whose message tells Claude which argument to change and how, and so an isError result.
 */
public final class ToolArgs {
  private final Map<String, Object> values;

  public ToolArgs(Map<String, Object> values, Set<String> known) {
    this.values = values == null ? Map.of() : values;
    for (String name : this.values.keySet()) {
      if (!known.contains(name)) {
        throw new WorkspaceException("Unknown argument '" + name + "'; this tool takes "
            + String.join(", ", new java.util.TreeSet<>(known)) + ".");
      }
    }
  }

  /** An argument as the client sent it (a list or object for structured arguments), or null. */
  public Object raw(String name) {
    return values.get(name);
  }

  public boolean has(String name) {
    Object v = values.get(name);
    return v != null && !(v instanceof String s && s.isBlank());
  }

  public String string(String name) {
    Object v = values.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new WorkspaceException("Argument '" + name + "' must be a string, not " + Json.write(v) + ".");
    }
    return s.isBlank() ? null : s.strip();
  }

  public String requiredString(String name, String example) {
    String s = string(name);
    if (s == null) {
      throw new WorkspaceException("Argument '" + name + "' is required, e.g. " + example + ".");
    }
    return s;
  }

  public String oneOf(String name, Set<String> allowed) {
    String s = string(name);
    if (s != null && !allowed.contains(s)) {
      throw new WorkspaceException("Argument '" + name + "' must be one of " + String.join(", ",
          new java.util.TreeSet<>(allowed)) + "; got '" + s + "'.");
    }
    return s;
  }

  public int integer(String name, int defaultValue, int min, int max) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    long n;
    if (v instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      n = number.longValue();
    } else if (v instanceof String s && s.strip().matches("-?\\d{1,9}")) {
      n = Long.parseLong(s.strip());
    } else {
      throw new WorkspaceException("Argument '" + name + "' must be a whole number, not " + Json.write(v) + ".");
    }
    if (n < min || n > max) {
      throw new WorkspaceException("Argument '" + name + "' must be between " + min + " and " + max + "; got " + n + ".");
    }
    return (int) n;
  }

  public Integer optionalInteger(String name, int min, int max) {
    return values.get(name) == null ? null : integer(name, 0, min, max);
  }

  public boolean bool(String name, boolean defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw new WorkspaceException("Argument '" + name + "' must be true or false, not " + Json.write(v) + ".");
  }

  public LocalDate date(String name) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return s.length() > 10 ? OffsetDateTime.parse(s).toLocalDate() : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new WorkspaceException("Argument '" + name + "' must be a date like 2026-11-03; got '" + s + "'.");
    }
  }

  /** An optional customer slug; when given it must name an existing customer (else an error with suggestions). */
  public String existingCustomer(String name, com.salesworkspace.workspace.Workspace workspace) {
    String slug = string(name);
    if (slug != null) {
      workspace.customerDir(slug);
    }
    return slug;
  }

  /** Two optional days bounding a period, each may be absent. */
  public record DateRange(LocalDate since, LocalDate until) {}

  /** Reads an optional period; when both ends are given they must be in order. */
  public DateRange dateRange(String sinceName, String untilName) {
    LocalDate since = date(sinceName);
    LocalDate until = date(untilName);
    if (since != null && until != null && until.isBefore(since)) {
      throw new WorkspaceException(untilName + " (" + until + ") is before " + sinceName + " (" + since
          + "); swap them.");
    }
    return new DateRange(since, until);
  }

  public OffsetDateTime dateTime(String name) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return s.length() == 10 ? LocalDate.parse(s).atTime(12, 0).atOffset(java.time.ZoneOffset.UTC)
          : OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      throw new WorkspaceException("Argument '" + name + "' must be a date (2026-11-03) or a date-time with offset "
          + "(2026-11-03T14:30:00-05:00); got '" + s + "'.");
    }
  }

  public List<String> strings(String name) {
    Object v = values.get(name);
    if (v == null) {
      return List.of();
    }
    if (v instanceof String s) {
      return s.isBlank() ? List.of() : List.of(s.strip());
    }
    if (!(v instanceof List<?> list)) {
      throw new WorkspaceException("Argument '" + name + "' must be a list of strings.");
    }
    List<String> result = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s)) {
        throw new WorkspaceException("Argument '" + name + "' must be a list of strings; " + Json.write(item)
            + " is not a string.");
      }
      if (!s.isBlank()) {
        result.add(s.strip());
      }
    }
    return result;
  }

  /**
   * The page a list tool is asked for: the arguments of {@link Schema#paging()} (limit, default 20, max 100, and an
   * opaque cursor) read against the fingerprint of the other arguments, so a cursor only fits the query it came from.
   */
  public record Paging(String fingerprint, int offset, int limit) {}

  public Paging paging(String tool) {
    String fingerprint = fingerprint(tool);
    return new Paging(fingerprint, Cursors.decode(string("cursor"), fingerprint), integer("limit", 20, 1, 100));
  }

  /** A stable description of the arguments that define a result set (all but the paging ones), for cursors. */
  public String fingerprint(String tool) {
    Map<String, Object> sorted = new TreeMap<>(values);
    sorted.remove("cursor");
    sorted.remove("limit");
    return tool + Json.write(sorted);
  }
}
