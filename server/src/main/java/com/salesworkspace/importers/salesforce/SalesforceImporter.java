package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportContext;
import com.salesworkspace.importers.Importer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Salesforce exports: a Data Export (folder or zips of object CSVs: User, Account, Contact, Opportunity, Task,
 * Event, OpportunityHistory, OpportunityFieldHistory, OpportunityContactRole), report CSV exports, and sObject
 * Tree or query-result JSON. Accounts create or update customer folders, contacts and opportunities fill
 * contacts.yaml and deals.yaml, users fill team.yaml, tasks and events go to the sink as interactions. How fields
 * map is set in workspace-setup/integrations/salesforce.yaml.
 */
public final class SalesforceImporter implements Importer {
  public static final String FORMAT = "salesforce";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizes(Path path) throws IOException {
    try (ExportSource source = ExportSource.open(path)) {
      for (ExportEntry entry : source.entries()) {
        EntryKind kind = EntryKind.of(entry);
        if (kind == EntryKind.REPORT_CSV || kind == EntryKind.RECORDS_JSON || kind == EntryKind.PLAN_JSON
            || kind == EntryKind.OBJECT_CSV && SalesforceObjects.isRead(entry.baseName())) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void read(Path path, ImportContext context) throws IOException {
    SalesforceMapping mapping = SalesforceMapping.load(context.workspace());
    try (ExportSource source = ExportSource.open(path)) {
      SalesforceExport export = ExportReader.read(source.entries(), context.sink());
      if (export.files() == 0) {
        throw new IOException(path + " holds no Salesforce export files: expected a Data Export (Account.csv, "
            + "Contact.csv...), a report CSV or sObject Tree JSON.");
      }
      new SalesforceSync(context, mapping).run(export);
    }
  }
}
