package com.salesworkspace.importers.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes CRM values into one raw YAML mapping (a profile, a contact, a deal) by the ownership rule: a field the
 * CRM owns takes the CRM value, any other field only when it is empty; a blank CRM value never erases. Remembers
 * whether anything changed.
 */
final class FieldWriter {
  private final Map<String, Object> map;
  private boolean changed;

  FieldWriter(Map<String, Object> map) {
    this.map = map;
  }

  boolean changed() {
    return changed;
  }

  /** Sets a (possibly dotted) field by the ownership rule. */
  void apply(String field, Object value, boolean owned) {
    if (YamlValues.isBlank(value)) {
      return;
    }
    Map<String, Object> parent = map;
    String key = field;
    int dot = field.indexOf('.');
    if (dot > 0) {
      parent = nested(field.substring(0, dot), owned);
      key = field.substring(dot + 1);
      if (parent == null) {
        return;
      }
    }
    Object old = parent.get(key);
    if ((owned || YamlValues.isBlank(old)) && !YamlValues.same(old, value)) {
      parent.put(key, value);
      changed = true;
    }
  }

  /** Sets a field whatever it held (ids the importer itself keeps). */
  void force(String field, Object value) {
    apply(field, value, true);
  }

  /** Adds values to a list field, ignoring case; never removes one. */
  void merge(String field, List<String> values) {
    List<Object> list = new ArrayList<>(map.get(field) instanceof List<?> l ? l : List.of());
    boolean added = false;
    for (String value : values) {
      boolean known = list.stream().anyMatch(o -> String.valueOf(o).toLowerCase(Locale.ROOT)
          .equals(value.toLowerCase(Locale.ROOT)));
      if (!known) {
        list.add(value);
        added = true;
      }
    }
    if (added) {
      map.put(field, list);
      changed = true;
    }
  }

  Object get(String field) {
    int dot = field.indexOf('.');
    if (dot > 0) {
      return map.get(field.substring(0, dot)) instanceof Map<?, ?> m ? m.get(field.substring(dot + 1)) : null;
    }
    return map.get(field);
  }

  /** The nested mapping under a key; a single value a person put there is only replaced when the CRM owns it. */
  private Map<String, Object> nested(String key, boolean owned) {
    if (map.get(key) instanceof Map<?, ?> existing) {
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) existing;
      return typed;
    }
    if (!YamlValues.isBlank(map.get(key)) && !owned) {
      return null;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    map.put(key, created);
    return created;
  }
}
