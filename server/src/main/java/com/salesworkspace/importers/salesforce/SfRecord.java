package com.salesworkspace.importers.salesforce;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One Salesforce record of any object, whatever file it came from.
 *
 * @param object the sObject name: Account, Contact, Opportunity, User, Task, Event, OpportunityHistory...
 * @param key the Salesforce Id when the export has one, else a key local to the export (a tree referenceId,
 *     a report's account name)
 * @param fields values by API field name (report exports: by the field's label when it has no known API name);
 *     blank values are absent
 * @param origin file and line (or record number) for reports
 */
record SfRecord(String object, String key, Map<String, String> fields, String origin) {
  /** 15 or 18 characters whose 3-character key prefix has a digit (001 Account, a0X custom objects). */
  private static final Pattern SALESFORCE_ID =
      Pattern.compile("(?=[a-zA-Z0-9]{0,2}[0-9])[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?");

  SfRecord {
    fields = Map.copyOf(fields);
  }

  String get(String field) {
    return field == null ? null : fields.get(field);
  }

  boolean flag(String field) {
    String value = fields.get(field);
    return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
  }

  /** Whether the key is a real Salesforce Id (stable across exports), not a local reference. */
  boolean hasSalesforceId() {
    return isSalesforceId(key);
  }

  static boolean isSalesforceId(String value) {
    return value != null && SALESFORCE_ID.matcher(value).matches();
  }

  /** "Acme Logistics (0015g00000AcmeAAA)", for reports. */
  String label() {
    String name = fields.get("Name");
    if (name == null && (fields.containsKey("FirstName") || fields.containsKey("LastName"))) {
      name = (fields.getOrDefault("FirstName", "") + " " + fields.getOrDefault("LastName", "")).trim();
    }
    if (name == null) {
      name = fields.get("Subject");
    }
    return name == null ? object + " " + key : name + " (" + key + ")";
  }
}
