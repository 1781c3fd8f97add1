package com.salesworkspace.crm;

/**
 * One queryable field of a CRM object: its name in queries, its type, the column of the index view that holds it
 * and the Salesforce field it maps to in live mode (null when Salesforce has no equivalent).
 */
public record CrmField(String name, Type type, String column, String salesforce, String description) {
  /** Field types decide which operators apply and how values are checked. */
  public enum Type {
    TEXT, NUMBER, DATE, BOOLEAN, LIST;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean isDate() {
    return type == Type.DATE;
  }
}
