package com.salesworkspace.importers.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.importers.salesforce.SalesforceImporterTest.Run;
import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public Salesforce samples in fixtures/real/salesforce (see SOURCES.md of the shared fixtures). */
class RealSamplesTest {
  @TempDir Path dir;
  private Workspace ws;
  private final SalesforceImporter importer = new SalesforceImporter();

  @BeforeEach
  void workspace() {
    ws = TestWorkspace.minimal(dir.resolve("ws")).open();
  }

  private Path sample(String name) throws IOException {
    Path target = dir.resolve("export").resolve(name);
    Files.createDirectories(target.getParent());
    Files.copy(SalesforceImporterTest.fixture("real/salesforce/" + name), target);
    return target;
  }

  private String read(String slug, String file) {
    return CustomerFiles.readText(ws.customersDir().resolve(slug).resolve(file), file);
  }

  @Test
  void reportExportGivesOneFolderPerAccountAndItsContacts() throws IOException {
    Run run = SalesforceImporterTest.run(importer, sample("Accounts-Contacts.csv"), ws);

    assertThat(run.failed()).isEmpty();
    assertThat(ws.customerSlugs()).hasSize(10).contains("alpha-dynamics", "madison-investments", "genepoint");
    List<Contact> alpha = CustomerFiles.parseContacts(read("alpha-dynamics", "contacts.yaml"), "c");
    assertThat(alpha).extracting(Contact::name).containsExactly("Amy Taylor", "Jennifer Wu", "Caroline Kingsley");
    assertThat(alpha.get(1).email()).isEqualTo("jennifer@demo.net");
    assertThat(alpha.get(1).title()).isEqualTo("CEO");
    assertThat(alpha.get(1).phone()).isEqualTo("4158521463");
    assertThat(ws.customersDir().resolve("genepoint/contacts.yaml")).doesNotExist();
    assertThat(run.report().count(Outcome.CREATED, "account")).isEqualTo(10);
    assertThat(run.report().count(Outcome.CREATED, "contact")).isEqualTo(6);
  }

  @Test
  void treeExportResolvesReferencesAndTurnsOpportunitiesIntoDeals() throws IOException {
    for (String f : List.of("data-plan.json", "Accounts.json", "Contacts.json", "Opportunities.json")) {
      sample(f);
    }
    Run run = SalesforceImporterTest.run(importer, dir.resolve("export"), ws);

    assertThat(run.failed()).isEmpty();
    assertThat(ws.customerSlugs()).hasSize(10);
    CustomerProfile alpha = CustomerFiles.parseProfile(read("alpha-dynamics", "profile.yaml"), "p");
    assertThat(alpha.employees()).isEqualTo(12345);
    assertThat(alpha.crm()).as("tree files carry no Salesforce Ids").isEmpty();
    List<Contact> madison = CustomerFiles.parseContacts(read("madison-investments", "contacts.yaml"), "c");
    assertThat(madison).extracting(Contact::name).containsExactly("Michael Jones", "Anup Gupta",
        "Jonathan Bradley");
    List<Deal> deals = CustomerFiles.parseDeals(read("alpha-dynamics", "deals.yaml"), "d");
    Deal cloud = deals.stream().filter(d -> d.name().equals("Cloud Platform Expansion")).findFirst().orElseThrow();
    assertThat(cloud.id()).startsWith("SF-");
    assertThat(cloud.stage()).isEqualTo("business_case");
    assertThat(cloud.amount()).isEqualByComparingTo("125000");
    assertThat(cloud.probability()).as("the workflow stage's probability").isEqualTo(60);
    assertThat(run.report().count(Outcome.CREATED, "deal")).isEqualTo(20);
    assertThat(run.report().count(Outcome.FAILED)).isZero();

    Run again = SalesforceImporterTest.run(importer, dir.resolve("export"), ws);
    assertThat(again.report().count(Outcome.CREATED)).isZero();
    assertThat(again.report().count(Outcome.UPDATED)).isZero();
    assertThat(again.report().count(Outcome.UNCHANGED, "deal")).isEqualTo(20);
  }

  @Test
  void savedQueryResultsOfOtherObjectsAreSkippedWithTheReason() throws IOException {
    sample("restforce_query_success_response.json");
    sample("restforce_query_paginated_first_page_response.json");
    sample("restforce_query_paginated_last_page_response.json");
    assertThat(importer.recognizes(dir.resolve("export"))).isTrue();

    Run run = SalesforceImporterTest.run(importer, dir.resolve("export"), ws);

    assertThat(run.skipped()).hasSize(3).allSatisfy(s -> assertThat(s).contains("Whizbang is not imported"));
    assertThat(ws.customerSlugs()).isEmpty();
  }

  @Test
  void theWholeSampleFolderImportsAsOneExport() throws IOException {
    Run run = SalesforceImporterTest.run(importer, SalesforceImporterTest.fixture("real/salesforce"), ws);

    assertThat(run.failed()).isEmpty();
    assertThat(ws.customerSlugs()).as("report and tree accounts meet by name").hasSize(10);
    assertThat(CustomerFiles.parseContacts(read("alpha-dynamics", "contacts.yaml"), "c")).hasSize(3);
  }
}
