package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportSink;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads every file of an export into a {@link SalesforceExport}: Data Export object CSVs, report CSVs and
 * records JSON (sObject Tree files, saved query results). Unreadable rows go to the sink as failed, deleted rows
 * and objects the importer does not use as skipped.
 */
final class ExportReader {
  private final ImportSink sink;
  private final SalesforceExport export = new SalesforceExport();

  private ExportReader(ImportSink sink) {
    this.sink = sink;
  }

  static SalesforceExport read(List<ExportEntry> entries, ImportSink sink) throws IOException {
    ExportReader reader = new ExportReader(sink);
    for (ExportEntry entry : entries) {
      reader.readEntry(entry, EntryKind.of(entry));
    }
    return reader.export;
  }

  private void readEntry(ExportEntry entry, EntryKind kind) throws IOException {
    if (kind != EntryKind.OTHER) {
      export.countFile();
    }
    switch (kind) {
      case OBJECT_CSV -> readObjectCsv(entry);
      case REPORT_CSV -> ReportReader.read(entry, sink).forEach(export::add);
      case RECORDS_JSON -> RecordsJsonReader.read(entry, sink).forEach(export::add);
      case PLAN_JSON, OTHER -> { }
    }
  }

  private void readObjectCsv(ExportEntry entry) throws IOException {
    String object = entry.baseName();
    if (!SalesforceObjects.isRead(object)) {
      sink.skipped("file", entry.location(), "the Salesforce object " + object + " is not imported");
      return;
    }
    if (SalesforceObjects.ACTIVITIES.contains(object)) {
      export.addActivities(each -> readRows(entry, object, each));
    } else {
      readRows(entry, object, export::add);
    }
  }

  private void readRows(ExportEntry entry, String object, java.util.function.Consumer<SfRecord> each)
      throws IOException {
    CsvTable.read(entry, CsvTable.ID_FIRST, false, new CsvTable.Rows() {
      @Override
      public void row(Map<String, String> row, long line) {
        String origin = entry.location() + ":" + line;
        String id = row.get("Id");
        if (id == null) {
          sink.failed(kind(object), origin, "the row has no Id");
        } else if (isDeleted(row)) {
          sink.skipped(kind(object), origin + " " + object + " " + id, "deleted in Salesforce (IsDeleted=1)");
        } else {
          each.accept(new SfRecord(object, id, row, origin));
        }
      }

      @Override
      public void broken(long line, String error) {
        sink.failed(kind(object), entry.location() + ":" + line, error);
      }
    });
  }

  /** How the report counts an object's rows: account, contact, opportunity, task... */
  static String kind(String object) {
    return object.toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean isDeleted(Map<String, String> row) {
    String deleted = row.get("IsDeleted");
    return "1".equals(deleted) || "true".equalsIgnoreCase(deleted);
  }
}
