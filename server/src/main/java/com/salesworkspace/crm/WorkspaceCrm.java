package com.salesworkspace.crm;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.util.Cursors;
import com.salesworkspace.util.Json;
import com.salesworkspace.util.Page;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs structured queries on the workspace index, through the crm_* views. */
public final class WorkspaceCrm {
  private final Index index;

  public WorkspaceCrm(Index index) {
    this.index = index;
  }

  public Page<Map<String, Object>> run(CrmQuery q, String fingerprint) {
    SqlCompiler.Sql count = SqlCompiler.count(q);
    SqlCompiler.Sql rows = SqlCompiler.rows(q);
    try {
      long total;
      try (PreparedStatement ps = prepare(count); ResultSet rs = ps.executeQuery()) {
        total = rs.next() ? rs.getLong(1) : 0;
      }
      List<Map<String, Object>> items = new ArrayList<>();
      try (PreparedStatement ps = prepare(rows); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(row(q, rs));
        }
      }
      return Cursors.page(items, total, true, q.offset(), fingerprint);
    } catch (SQLException e) {
      throw new IndexException("crm query on " + q.object().view() + " failed: " + e.getMessage(), e);
    }
  }

  private PreparedStatement prepare(SqlCompiler.Sql sql) throws SQLException {
    PreparedStatement ps = index.store().connection().prepareStatement(sql.text());
    for (int i = 0; i < sql.params().size(); i++) {
      ps.setObject(i + 1, sql.params().get(i));
    }
    return ps;
  }

  private static Map<String, Object> row(CrmQuery q, ResultSet rs) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    List<String> columns = q.columns();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i);
      CrmField field = q.object().field(name).orElse(null);
      row.put(name, field == null ? number(rs.getObject(i + 1)) : value(field, rs.getObject(i + 1)));
    }
    return row;
  }

  static Object value(CrmField field, Object raw) {
    if (raw == null) {
      return null;
    }
    return switch (field.type()) {
      case BOOLEAN -> raw instanceof Number n ? n.intValue() != 0 : Boolean.parseBoolean(raw.toString());
      case LIST -> readList(raw.toString());
      case NUMBER -> number(raw);
      default -> raw.toString();
    };
  }

  private static Object readList(String json) {
    try {
      return Json.MAPPER.readValue(json, List.class);
    } catch (Exception e) {
      return json;
    }
  }

  /** Whole numbers as longs, so 180000.0 reads as 180000. */
  static Object number(Object raw) {
    if (raw instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return d.longValue();
    }
    return raw;
  }
}
