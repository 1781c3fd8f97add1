package com.salesworkspace.importers.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.importers.CollectingSink;
import com.salesworkspace.importers.ImportContext;
import com.salesworkspace.importers.ImportReport;
import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.TeamMember;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesforceImporterTest {
  @TempDir Path dir;
  private Workspace ws;
  private final SalesforceImporter importer = new SalesforceImporter();

  static Path fixture(String name) {
    try {
      return Path.of(SalesforceImporterTest.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void workspace() {
    ws = TestWorkspace.minimal(dir.resolve("ws")).withAcme().open();
  }

  /** What one import sent to the sink and counted. */
  record Run(CollectingSink sink, ImportReport report) {
    List<String> failed() {
      return sink.failed.stream().map(n -> n.item() + ": " + n.reason()).toList();
    }

    List<String> skipped() {
      return sink.skipped.stream().map(n -> n.item() + ": " + n.reason()).toList();
    }
  }

  static Run run(SalesforceImporter importer, Path export, Workspace ws) throws IOException {
    CollectingSink sink = new CollectingSink();
    ImportReport report = new ImportReport();
    importer.read(export, new ImportContext(ws, sink, report, Progress.NONE));
    return new Run(sink, report);
  }

  private Run importDataExport() throws IOException {
    return run(importer, fixture("salesforce/data-export"), ws);
  }

  private CustomerProfile profile(String slug) {
    Path file = ws.customersDir().resolve(slug).resolve(CustomerFiles.PROFILE);
    return CustomerFiles.parseProfile(CustomerFiles.readText(file, slug), slug);
  }

  private List<Contact> contacts(String slug) {
    Path file = ws.customersDir().resolve(slug).resolve(CustomerFiles.CONTACTS);
    return CustomerFiles.parseContacts(CustomerFiles.readText(file, slug), slug);
  }

  private List<Deal> deals(String slug) {
    Path file = ws.customersDir().resolve(slug).resolve(CustomerFiles.DEALS);
    return CustomerFiles.parseDeals(CustomerFiles.readText(file, slug), slug);
  }

  private Deal deal(String slug, String id) {
    return deals(slug).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void recognizesEveryExportShapeAndNothingElse() throws IOException {
    assertThat(importer.recognizes(fixture("salesforce/data-export"))).isTrue();
    assertThat(importer.recognizes(fixture("salesforce/data-export/Account.csv"))).isTrue();
    assertThat(importer.recognizes(fixture("real/salesforce"))).isTrue();
    assertThat(importer.recognizes(fixture("real/salesforce/Accounts-Contacts.csv"))).isTrue();
    assertThat(importer.recognizes(fixture("real/salesforce/Opportunities.json"))).isTrue();
    assertThat(importer.recognizes(ws.customersDir().resolve("acme/profile.yaml"))).isFalse();
    Path notes = Files.writeString(dir.resolve("notes.csv"), "when,what\n2026-11-03,call\n");
    assertThat(importer.recognizes(notes)).isFalse();
    Path other = Files.writeString(dir.resolve("calls.json"), "{\"records\":{\"totalRecords\":1},\"calls\":[]}");
    assertThat(importer.recognizes(other)).isFalse();
  }

  @Test
  void dataExportMatchesTheExistingFolderByDomainAndCreatesNewOnes() throws IOException {
    Run sink = importDataExport();

    CustomerProfile acme = profile("acme");
    assertThat(acme.crm()).containsEntry("salesforce_account_id", "0015g00000XAcmeAAA");
    assertThat(acme.healthScore()).isEqualTo(61);
    assertThat(acme.health().trend()).isEqualTo("declining");
    assertThat(acme.health().updated()).isEqualTo(LocalDate.of(2026, 11, 18));
    assertThat(acme.industry()).isEqualTo("Transportation");
    assertThat(acme.employees()).isEqualTo(4200);
    assertThat(acme.lifecycleStage()).as("a prospect takes its most advanced open deal's stage")
        .isEqualTo("negotiation");
    assertThat(acme.tier()).as("not owned by the CRM and not in the export: kept").isEqualTo("enterprise");
    String acmeText = CustomerFiles.readText(ws.customersDir().resolve("acme/profile.yaml"), "p");
    assertThat(acmeText).contains("custom_field: keep me");

    CustomerProfile nord = profile("nordhavn-shipping-a-s");
    assertThat(nord.name()).isEqualTo("Nordhavn Shipping A/S");
    assertThat(nord.domains()).containsExactly("nordhavn-shipping.dk");
    assertThat(nord.owner()).isEqualTo("tomas.berg");
    assertThat(nord.csm()).isEqualTo("dana.white");
    assertThat(nord.arr()).isEqualByComparingTo("240000");
    assertThat(nord.renewalDate()).isEqualTo(LocalDate.of(2027, 4, 30));
    assertThat(nord.tier()).isEqualTo("enterprise");
    assertThat(nord.lifecycleStage()).isEqualTo("success");
    assertThat(nord.healthScore()).isEqualTo(82);

    assertThat(ws.customerSlugs()).containsExactlyInAnyOrder("acme", "globex", "nordhavn-shipping-a-s");
    assertThat(sink.report.count(Outcome.CREATED, "account")).isEqualTo(1);
    assertThat(sink.report.count(Outcome.UPDATED, "account")).isEqualTo(1);
    assertThat(sink.sink().customersChanged).isEqualTo(1);
  }

  @Test
  void brokenRowsFailWithFileAndLineDeletedRowsAreSkippedAndTheRestImports() throws IOException {
    Run sink = importDataExport();

    assertThat(sink.failed()).anySatisfy(f -> assertThat(f).startsWith("Account.csv:7:").contains("not valid CSV"));
    assertThat(sink.skipped()).anySatisfy(f -> assertThat(f).contains("0015g00000XOldXAAA").contains("IsDeleted"));
    assertThat(sink.skipped()).anySatisfy(f -> assertThat(f).contains("00T5g00000Task5AAA").contains("IsDeleted"));
    assertThat(sink.skipped()).anySatisfy(f -> assertThat(f).contains("00T5g00000Task4AAA").contains("neither"));
    assertThat(sink.skipped()).anySatisfy(f -> assertThat(f).contains("Automated Process").contains("system user"));
    assertThat(ws.customerSlugs()).doesNotContain("broken-quote-industries", "old-merged-account");
  }

  @Test
  void usersJoinTheTeamByEmailKeepingWhatIsThere() throws IOException {
    Run sink = importDataExport();

    List<TeamMember> team = ws.team();
    assertThat(team).extracting(TeamMember::id)
        .containsExactly("john.smith", "priya.patel", "dana.white", "tomas.berg");
    TeamMember john = team.get(0);
    assertThat(john.role()).isEqualTo("ae");
    assertThat(john.manager()).as("a manager set later fills an empty field").isEqualTo("dana.white");
    TeamMember tomas = team.get(3);
    assertThat(tomas.email()).isEqualTo("tomas.berg@helio.io");
    assertThat(tomas.role()).isEqualTo("ae");
    assertThat(tomas.manager()).isEqualTo("dana.white");
    assertThat(sink.report.count(Outcome.CREATED, "user")).isEqualTo(2);
    assertThat(ws.company().domains()).as("company.yaml had domains: kept").containsExactly("helio.io");
  }

  @Test
  void companyDomainsAreLearnedFromUsersWhenCompanyHasNone() throws IOException {
    Files.writeString(ws.root().resolve(Workspace.COMPANY_FILE), "name: Helio Systems\ndomains: []\n");
    importDataExport();
    assertThat(ws.company().domains()).containsExactly("helio.io");
  }

  @Test
  void contactsMatchByEmailAndKeepWhatPeopleSet() throws IOException {
    importDataExport();

    List<Contact> acme = contacts("acme");
    assertThat(acme).extracting(Contact::name).containsExactly("Maria Chen", "Robert Kim", "Linda Reyes");
    Contact maria = acme.get(0);
    assertThat(maria.sentiment()).isEqualTo("positive");
    assertThat(maria.title()).isEqualTo("VP Operations");
    assertThat(maria.email()).isEqualTo("maria.chen@acme.com");
    assertThat(acme.get(2).role()).isEqualTo("influencer");
    assertThat(acme.get(2).phone()).isEqualTo("+1 617 555 0188");

    List<Contact> nord = contacts("nordhavn-shipping-a-s");
    assertThat(nord).extracting(Contact::name).containsExactly("Søren Holm", "Ida Jensen");
    assertThat(nord.get(0).role()).as("from OpportunityContactRole when the contact field is empty")
        .isEqualTo("economic_buyer");
    assertThat(nord.get(1).role()).isEqualTo("technical_evaluator");
  }

  @Test
  void contactWithoutAccountIsListedUnmatched() throws IOException {
    Run sink = importDataExport();
    assertThat(sink.sink().unmatched).as("sent to the sink, which lists it in the review file").anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("contact");
      assertThat(e.item()).contains("Pat Private");
      assertThat(e.reason()).contains("no account");
    });
  }

  @Test
  void opportunitiesBecomeDealsWithHistoryFromOpportunityHistory() throws IOException {
    Run sink = importDataExport();

    Deal deal = deal("acme", "0065g00000AcmeOAAA");
    assertThat(deal.name()).isEqualTo("Acme Logistics - Platform (3 regions)");
    assertThat(deal.amount()).isEqualByComparingTo("180000");
    assertThat(deal.currency()).isEqualTo("USD");
    assertThat(deal.stage()).isEqualTo("negotiation");
    assertThat(deal.closeDate()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(deal.probability()).isEqualTo(80);
    assertThat(deal.forecastCategory()).isEqualTo("commit");
    assertThat(deal.nextStep()).startsWith("Legal redlines");
    assertThat(deal.nextStepDate()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(deal.competitors()).containsExactly("Stackline", "Freightwise");
    assertThat(deal.created()).isEqualTo(LocalDate.of(2026, 2, 26));
    assertThat(deal.updated()).isEqualTo(LocalDate.of(2026, 11, 19));
    assertThat(deal.history()).extracting(Deal.Change::stage).as("a probability-only change adds no entry")
        .containsExactly("qualification", "technical_validation", "business_case", "negotiation");
    assertThat(deal.history().get(0).closeDate()).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(deal.history().get(2).date()).isEqualTo(LocalDate.of(2026, 10, 6));

    assertThat(deal("acme", "D-ACME-1").amount()).as("a deal the export does not have stays")
        .isEqualByComparingTo("180000");
    Deal won = deal("nordhavn-shipping-a-s", "0065g00000NordWAAA");
    assertThat(won.stage()).isEqualTo("closed_won");
    assertThat(won.forecastCategory()).isEqualTo("closed");
    assertThat(sink.report.listed()).anySatisfy(e -> {
      assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(e.reason()).contains("'Legal Hold' is not mapped").contains(SalesforceMapping.FILE);
    });
  }

  @Test
  void tasksAndEventsReachTheSinkWithAccountHints() throws IOException {
    Run sink = importDataExport();

    assertThat(sink.sink().interactions).hasSize(4);
    ImportedInteraction call = sink.sink().bySourceId("00T5g00000Task1AAA").orElseThrow();
    assertThat(call.source()).isEqualTo("salesforce");
    assertThat(call.type()).isEqualTo("task");
    assertThat(call.date()).isEqualTo(OffsetDateTime.parse("2026-11-12T19:32:10Z"));
    assertThat(call.from()).isEqualTo("John Smith <john.smith@helio.io>");
    assertThat(call.to()).containsExactly("Maria Chen <Maria.Chen@acme.com>");
    assertThat(call.hints().crmAccountId()).isEqualTo("0015g00000XAcmeAAA");
    assertThat(call.hints().emails()).contains("john.smith@helio.io", "maria.chen@acme.com");
    assertThat(call.text()).contains("CFO approved the FY27 budget line.\nOpen point");
    assertThat(call.extra()).containsEntry("task_subtype", "Call").containsEntry("status", "Completed");

    assertThat(sink.sink().bySourceId("00T5g00000Task2AAA").orElseThrow().hints().crmAccountId())
        .as("WhatId is an opportunity: its account").isEqualTo("0015g00000XNordAAA");
    assertThat(sink.sink().bySourceId("00T5g00000Task3AAA").orElseThrow().hints().crmAccountId())
        .as("only WhoId: the contact's account").isEqualTo("0015g00000XNordAAA");
    ImportedInteraction qbr = sink.sink().bySourceId("00U5g00000XEvt1AAA").orElseThrow();
    assertThat(qbr.type()).isEqualTo("meeting");
    assertThat(qbr.date()).isEqualTo(OffsetDateTime.parse("2026-10-20T08:00Z"));
    assertThat(qbr.participants()).containsExactly("Tomas Berg", "Søren Holm");
    assertThat(qbr.extra()).containsEntry("location", "Copenhagen office");
  }

  @Test
  void theSameExportTwiceChangesNothing() throws IOException {
    importDataExport();
    Map<String, String> before = snapshot();
    Run second = importDataExport();

    assertThat(snapshot()).isEqualTo(before);
    assertThat(second.report.count(Outcome.CREATED)).isZero();
    assertThat(second.report.count(Outcome.UPDATED)).isZero();
    assertThat(second.report.count(Outcome.UNCHANGED, "account")).isEqualTo(2);
    assertThat(second.report.count(Outcome.UNCHANGED, "deal")).isEqualTo(3);
    assertThat(second.report.count(Outcome.UNCHANGED, "contact")).isEqualTo(4);
  }

  @Test
  void aNewerExportUpdatesOnlyWhatChangedAndRecordsTheSlip() throws IOException {
    importDataExport();
    Path newer = copyExport();
    replace(newer.resolve("Opportunity.csv"), "\"Qualification\",\"240000.00\",\"10\"", "\"Needs Analysis\",\"250000.00\",\"20\"");
    replace(newer.resolve("Opportunity.csv"), "\"2027-04-30\",\"Renewal\"", "\"2027-06-30\",\"Renewal\"");
    replace(newer.resolve("Opportunity.csv"), "\"2026-10-02T09:00:00.000Z\",\"\",\"2026-10-02T09:00:00.000Z\"",
        "\"2026-10-02T09:00:00.000Z\",\"\",\"2026-11-20T09:00:00.000Z\"");
    Map<String, String> before = snapshot();

    Run sink = run(importer, newer, ws);

    Deal renewal = deal("nordhavn-shipping-a-s", "0065g00000NordRAAA");
    assertThat(renewal.stage()).isEqualTo("discovery");
    assertThat(renewal.closeDate()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(renewal.history()).hasSize(2);
    assertThat(renewal.history().get(0).stage()).isEqualTo("qualification");
    assertThat(renewal.history().get(0).closeDate()).isEqualTo(LocalDate.of(2027, 4, 30));
    assertThat(renewal.history().get(1).stage()).isEqualTo("discovery");
    assertThat(renewal.history().get(1).amount()).isEqualByComparingTo(new BigDecimal("250000"));
    assertThat(renewal.history().get(1).date()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(sink.report.count(Outcome.UPDATED, "deal")).isEqualTo(1);
    assertThat(sink.report.count(Outcome.UPDATED, "account")).isZero();

    Map<String, String> after = snapshot();
    after.keySet().removeIf(k -> !after.get(k).equals(before.get(k)) && k.endsWith("nordhavn-shipping-a-s/deals.yaml"));
    assertThat(after).as("nothing but that deals.yaml changed").isEqualTo(withoutKey(before,
        "customers/nordhavn-shipping-a-s/deals.yaml"));
  }

  @Test
  void aContactsFileThatIsNotAListIsLeftAloneAndTheRestImports() throws IOException {
    String broken = "contacts:\n  name: Maria Chen\n  email: maria.chen@acme.com\n";
    Files.writeString(ws.customersDir().resolve("acme/contacts.yaml"), broken);

    Run run = importDataExport();

    assertThat(Files.readString(ws.customersDir().resolve("acme/contacts.yaml"))).isEqualTo(broken);
    assertThat(run.report().listed()).anySatisfy(e -> {
      assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(e.item()).isEqualTo("customers/acme/contacts.yaml");
      assertThat(e.reason()).contains(":2:").contains("must be a list");
    });
    assertThat(deal("acme", "0065g00000AcmeOAAA").stage()).isEqualTo("negotiation");
    assertThat(contacts("nordhavn-shipping-a-s")).hasSize(2);
  }

  @Test
  void inviteeCopiesOfGroupEventsAreNoise() throws IOException {
    Path export = copyExport();
    String events = Files.readString(export.resolve("Event.csv"));
    String record = events.substring(events.indexOf("\r\n") + 2);
    String copy = record.replace("00U5g00000XEvt1AAA", "00U5g00000XEvt2AAA")
        .replace("\"Busy\",\"0\",\"0\",\"0\"", "\"Busy\",\"0\",\"1\",\"1\"");
    assertThat(copy).contains("Evt2").contains("\"Busy\",\"0\",\"1\"");
    Files.writeString(export.resolve("Event.csv"), events + copy);

    Run run = run(importer, export, ws);

    assertThat(run.sink().bySourceId("00U5g00000XEvt1AAA")).isPresent();
    assertThat(run.sink().bySourceId("00U5g00000XEvt2AAA")).isEmpty();
    assertThat(run.skipped()).anySatisfy(s -> assertThat(s).contains("Evt2").contains("group event"));
  }

  @Test
  void aZippedExportReadsLikeTheFolder() throws IOException {
    Path zip = dir.resolve("WE_00D5g000004X0EKEAA_1.ZIP");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.list(fixture("salesforce/data-export"))) {
      for (Path f : files.sorted().toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry(f.getFileName().toString()));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    assertThat(importer.recognizes(zip)).isTrue();
    Run sink = run(importer, zip, ws);
    assertThat(sink.report.count(Outcome.CREATED, "account")).isEqualTo(1);
    assertThat(sink.sink().interactions).hasSize(4);
    assertThat(sink.failed()).anySatisfy(f -> assertThat(f).startsWith(zip.getFileName() + "!Account.csv:7:"));
  }

  @Test
  void anOpportunityReportWithUnprefixedLabelsGivesDealsAndOwnersByName() throws IOException {
    Path report = Files.writeString(dir.resolve("Pipeline report.csv"), "\uFEFF"
        + "\"Opportunity Owner\",\"Account Name\",\"Opportunity Name\",\"Stage\",\"Amount\",\"Close Date\","
        + "\"Next Step\"\r\n"
        + "\"John Smith\",\"Acme Logistics\",\"Acme - Yard add-on\",\"Needs Analysis\",\"45,000.00\","
        + "\"3/31/2027\",\"Scoping call\"\r\n");
    assertThat(importer.recognizes(report)).isTrue();

    Run run = run(importer, report, ws);

    assertThat(run.failed()).isEmpty();
    Deal yard = deals("acme").stream().filter(d -> d.name().equals("Acme - Yard add-on")).findFirst().orElseThrow();
    assertThat(yard.stage()).isEqualTo("discovery");
    assertThat(yard.amount()).isEqualByComparingTo("45000");
    assertThat(yard.closeDate()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(yard.nextStep()).isEqualTo("Scoping call");
    assertThat(ws.customerSlugs()).as("the account met its folder by name").containsExactly("acme", "globex");
  }

  @Test
  void aSavedQueryResultOfContactsReadsWithItsParentAccount() throws IOException {
    Path query = Files.writeString(dir.resolve("contacts-query.json"), """
        {"status": 0, "result": {"totalSize": 1, "done": true, "records": [
          {"attributes": {"type": "Contact", "url": "/services/data/v67.0/sobjects/Contact/0035g00000XNewCAAA"},
           "Id": "0035g00000XNewCAAA", "AccountId": "0015g00000XAcmeAAA", "FirstName": "Kevin", "LastName": "Brandt",
           "Email": "kevin.brandt@acme.com", "Title": "Regional Operations Manager",
           "Account": {"attributes": {"type": "Account"}, "Name": "Acme Logistics"}}]}}
        """);
    importDataExport();

    Run run = run(importer, query, ws);

    assertThat(run.report().count(Outcome.CREATED, "contact")).isEqualTo(1);
    assertThat(contacts("acme")).extracting(Contact::name).contains("Kevin Brandt");
  }

  private Path copyExport() throws IOException {
    Path copy = dir.resolve("newer");
    TestWorkspace.copyTree(fixture("salesforce/data-export"), copy);
    return copy;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(ws.root())) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(ws.root().relativize(f).toString().replace('\\', '/'),
            Files.readString(f) + "@" + Files.getLastModifiedTime(f).toMillis());
      }
    }
    return files;
  }

  private static Map<String, String> withoutKey(Map<String, String> map, String key) {
    Map<String, String> copy = new TreeMap<>(map);
    copy.remove(key);
    return copy;
  }
}
