package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report export (Reports > Export > Details Only): each row holds one detail record with its parents' columns
 * repeated, e.g. a contact with its account's. Rows are split into account, contact and opportunity records;
 * an account repeated on many rows becomes one record. Without Id columns the keys are the names.
 */
final class ReportReader {
  private final ExportEntry entry;
  private final Map<String, Map<String, String>> fieldsByKey = new LinkedHashMap<>();
  private final Map<String, String> objectByKey = new HashMap<>();
  private final Map<String, String> originByKey = new HashMap<>();

  private ReportReader(ExportEntry entry) {
    this.entry = entry;
  }

  static List<SfRecord> read(ExportEntry entry, ImportSink sink) throws IOException {
    ReportReader reader = new ReportReader(entry);
    List<String> header = CsvTable.header(entry);
    List<ReportLabels.Column> columns = header.stream().map(h -> ReportLabels.column(h, header)).toList();
    CsvTable.read(entry, null, true, new CsvTable.Rows() {
      @Override
      public void row(Map<String, String> row, long line) {
        reader.row(columns, header, row, entry.location() + ":" + line);
      }

      @Override
      public void broken(long line, String error) {
        sink.failed("row", entry.location() + ":" + line, error);
      }
    });
    return reader.records();
  }

  private void row(List<ReportLabels.Column> columns, List<String> header, Map<String, String> row, String origin) {
    Map<String, Map<String, String>> byObject = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String value = row.get(header.get(i));
      if (value != null) {
        byObject.computeIfAbsent(columns.get(i).object(), o -> new LinkedHashMap<>())
            .put(columns.get(i).field(), value);
      }
    }
    Map<String, String> account = byObject.get(SalesforceObjects.ACCOUNT);
    String accountKey = account == null ? null : key(account, "account:" + lower(account.get("Name")));
    if (accountKey != null) {
      merge(SalesforceObjects.ACCOUNT, accountKey, account, origin);
    }
    Map<String, String> contact = byObject.get(SalesforceObjects.CONTACT);
    if (contact != null && (contact.containsKey("LastName") || contact.containsKey("Name")
        || contact.containsKey("Email"))) {
      String name = contact.getOrDefault("Name",
          (contact.getOrDefault("FirstName", "") + " " + contact.getOrDefault("LastName", "")).trim());
      link(contact, accountKey);
      merge(SalesforceObjects.CONTACT, key(contact, "contact:" + lower(contact.getOrDefault("Email", name))),
          contact, origin);
    }
    Map<String, String> opportunity = byObject.get(SalesforceObjects.OPPORTUNITY);
    if (opportunity != null && opportunity.containsKey("Name")) {
      link(opportunity, accountKey);
      merge(SalesforceObjects.OPPORTUNITY,
          key(opportunity, "opportunity:" + accountKey + "/" + lower(opportunity.get("Name"))), opportunity, origin);
    }
  }

  private static void link(Map<String, String> child, String accountKey) {
    if (accountKey != null) {
      child.put("AccountId", accountKey);
    }
  }

  private static String key(Map<String, String> fields, String fallback) {
    String id = fields.get("Id");
    return id != null ? id : fallback;
  }

  private void merge(String object, String key, Map<String, String> fields, String origin) {
    String scoped = object + "\u0000" + key;
    fieldsByKey.computeIfAbsent(scoped, k -> new LinkedHashMap<>()).putAll(without(fieldsByKey.get(scoped), fields));
    objectByKey.putIfAbsent(scoped, object);
    originByKey.putIfAbsent(scoped, origin);
  }

  /** The fields not yet known: the first row that names a value wins. */
  private static Map<String, String> without(Map<String, String> known, Map<String, String> fields) {
    Map<String, String> added = new LinkedHashMap<>(fields);
    if (known != null) {
      added.keySet().removeAll(known.keySet());
    }
    return added;
  }

  private List<SfRecord> records() {
    List<SfRecord> records = new ArrayList<>();
    fieldsByKey.forEach((scoped, fields) -> records.add(new SfRecord(objectByKey.get(scoped),
        scoped.substring(scoped.indexOf('\u0000') + 1), fields, originByKey.get(scoped))));
    return records;
  }

  private static String lower(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT).trim();
  }
}
