package com.salesworkspace.importers.salesforce;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Equality of values read from YAML and values about to be written: 180000 equals 180000.0, lists by items. */
final class YamlValues {
  private YamlValues() {}

  static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!x.keySet().equals(y.keySet())) {
        return false;
      }
      return x.keySet().stream().allMatch(k -> same(x.get(k), y.get(k)));
    }
    if (a == null || b == null) {
      return a == b;
    }
    return Objects.equals(a.toString(), b.toString());
  }

  static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank() || value instanceof List<?> l && l.isEmpty();
  }
}
