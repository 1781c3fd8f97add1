package com.salesworkspace.importers.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.bench.SyntheticSalesforceExport;
import com.salesworkspace.bench.SyntheticSalesforceExport.Size;
import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.importers.salesforce.SalesforceImporterTest.Run;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated export of the size the importer is measured on reads completely and a second import is a no-op. */
class LargeExportTest {
  @TempDir Path dir;

  @Test
  void everyRecordOfALargeExportArrivesOnceAndTheRepeatChangesNothing() throws IOException {
    Size size = Size.LARGE;
    SyntheticSalesforceExport.write(dir.resolve("export"), size, 7);
    Workspace ws = TestWorkspace.minimal(dir.resolve("ws")).open();
    SalesforceImporter importer = new SalesforceImporter();

    Run first = SalesforceImporterTest.run(importer, dir.resolve("export"), ws);

    assertThat(first.failed()).isEmpty();
    assertThat(first.report().count(Outcome.CREATED, "account")).isEqualTo(size.accounts());
    assertThat(ws.customerSlugs()).hasSize(size.accounts());
    assertThat(first.report().count(Outcome.CREATED, "user")).isEqualTo(size.users());
    assertThat(first.report().count(Outcome.CREATED, "contact"))
        .isEqualTo(size.contacts() - size.deletedContacts());
    assertThat(first.report().count(Outcome.CREATED, "deal")).isEqualTo(size.opportunities());
    assertThat(first.sink().interactions).hasSize(size.tasks() - size.deletedTasks() + size.events());
    assertThat(first.sink().skipped).hasSize(size.deletedTasks() + size.deletedContacts());
    assertThat(first.sink().interactions).allSatisfy(i -> assertThat(i.hints().crmAccountId()).isNotNull());

    Run second = SalesforceImporterTest.run(importer, dir.resolve("export"), ws);
    assertThat(second.report().count(Outcome.CREATED)).isZero();
    assertThat(second.report().count(Outcome.UPDATED)).isZero();
    assertThat(second.report().count(Outcome.UNCHANGED, "deal")).isEqualTo(size.opportunities());
  }
}
