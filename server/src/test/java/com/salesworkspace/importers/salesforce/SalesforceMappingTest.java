package com.salesworkspace.importers.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesworkspace.importers.salesforce.SalesforceImporterTest.Run;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.Workflow;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesforceMappingTest {
  @TempDir Path dir;
  private Workspace ws;
  private Workflow workflow;

  @BeforeEach
  void workspace() {
    ws = TestWorkspace.minimal(dir.resolve("ws")).withAcme().open();
    workflow = ws.workflow();
  }

  private static SalesforceMapping parse(String yaml, Workflow workflow) {
    return SalesforceMapping.parse(yaml, SalesforceMapping.FILE, workflow);
  }

  @Test
  void theShippedDefaultIsTheDemoWorkspacesFileAndLoads() throws IOException {
    String demo = Files.readString(TestWorkspace.projectRoot().resolve(SalesforceMapping.FILE));
    assertThat(SalesforceMapping.builtInDefault()).isEqualTo(demo);
    SalesforceMapping mapping = parse(demo, workflow);
    assertThat(mapping.stage("Negotiation/Review")).isEqualTo("negotiation");
    assertThat(mapping.stage("negotiation/review")).as("values match ignoring case").isEqualTo("negotiation");
    assertThat(mapping.forecastCategory("Best Case")).isEqualTo("best_case");
    assertThat(mapping.role("Economic Buyer")).isEqualTo("economic_buyer");
    assertThat(mapping.role("Other")).as("~ leaves a value unmapped").isNull();
    assertThat(mapping.lifecycle("Prospect")).isEqualTo(SalesforceMapping.OPEN_DEAL_STAGE);
    assertThat(mapping.accounts().sources().get("health.score")).containsExactly("Health_Score__c");
    assertThat(mapping.accounts().sources().get("owner")).containsExactly("OwnerId", "Owner");
    assertThat(mapping.accounts().owns(Target.ACCOUNT.get("health.trend"))).isTrue();
    assertThat(mapping.accounts().owns(Target.ACCOUNT.get("tier"))).isFalse();
  }

  @Test
  void anUnknownKeyNamesTheFileAndLine() {
    String yaml = "accounts:\n  fields:\n    Health_Score__c: health.score\n  lifecycle_map:\n    Prospect: lead\n";
    assertThatThrownBy(() -> parse(yaml, workflow))
        .isInstanceOf(InvalidFileException.class)
        .hasMessageContaining(SalesforceMapping.FILE + ":4")
        .hasMessageContaining("unknown key 'lifecycle_map'")
        .hasMessageContaining("did you mean 'lifecycle'");
  }

  @Test
  void aFieldMappedToNothingTheWorkspaceHasIsAnError() {
    String yaml = "accounts:\n  fields:\n    Health_Score__c: health.scor\n";
    assertThatThrownBy(() -> parse(yaml, workflow))
        .hasMessageContaining(SalesforceMapping.FILE + ":3")
        .hasMessageContaining("did you mean 'health.score'");
  }

  @Test
  void aStageThatIsNotInTheWorkflowIsAnError() {
    String yaml = "opportunities:\n  stages:\n    Prospecting: lead\n    Demo: demo_done\n";
    assertThatThrownBy(() -> parse(yaml, workflow))
        .hasMessageContaining(SalesforceMapping.FILE + ":4")
        .hasMessageContaining("'Demo: demo_done' must map to a stage id");
  }

  @Test
  void aBadRoleAndABadOwnershipListAreErrors() {
    assertThatThrownBy(() -> parse("contacts:\n  role:\n    values:\n      Champion: fan\n", workflow))
        .hasMessageContaining(SalesforceMapping.FILE + ":4").hasMessageContaining("a contact role");
    assertThatThrownBy(() -> parse("accounts:\n  crm_owns: [name, helth]\n", workflow))
        .hasMessageContaining(SalesforceMapping.FILE + ":2").hasMessageContaining("did you mean 'health'");
  }

  @Test
  void aBrokenMappingFileStopsTheImportBeforeAnythingIsWritten() throws IOException {
    ws.guard().resolve("workspace-setup/integrations").toFile().mkdirs();
    Files.writeString(ws.guard().resolve(SalesforceMapping.FILE), "opportunities:\n  stage:\n    X: lead\n");
    String before = Files.readString(ws.customersDir().resolve("acme/profile.yaml"));

    assertThatThrownBy(() -> SalesforceImporterTest.run(new SalesforceImporter(),
        SalesforceImporterTest.fixture("salesforce/data-export"), ws))
        .isInstanceOf(InvalidFileException.class)
        .hasMessageContaining(SalesforceMapping.FILE + ":2").hasMessageContaining("unknown key 'stage'");
    assertThat(Files.readString(ws.customersDir().resolve("acme/profile.yaml"))).isEqualTo(before);
    assertThat(ws.customerSlugs()).containsExactly("acme", "globex");
  }

  @Test
  void doctorReportsABrokenMappingFileWithItsLine() throws IOException {
    ws.guard().resolve("workspace-setup/integrations").toFile().mkdirs();
    Files.writeString(ws.guard().resolve(SalesforceMapping.FILE), "contacts:\n  role:\n    feild: Role__c\n");
    assertThat(new com.salesworkspace.doctor.Doctor(ws).run(com.salesworkspace.util.Progress.NONE).problems())
        .anySatisfy(p -> assertThat(p.toString()).startsWith(SalesforceMapping.FILE + ":3: error: unknown key 'feild'")
            .contains("did you mean 'field'"));
  }

  @Test
  void aWorkspaceMappingChangesWhatTheImportWritesAndWhoOwnsIt() throws IOException {
    ws.guard().resolve("workspace-setup/integrations").toFile().mkdirs();
    Files.writeString(ws.guard().resolve(SalesforceMapping.FILE), """
        accounts:
          fields:
            Rating: tier
          crm_owns: [name, tier]
        opportunities:
          stages:
            Negotiation/Review: business_case
            Qualification: qualification
            Closed Won: closed_won
            Legal Hold: negotiation
          forecast_categories:
            Commit: best_case
        """);
    Run run = SalesforceImporterTest.run(new SalesforceImporter(),
        SalesforceImporterTest.fixture("salesforce/data-export"), ws);

    String profile = Files.readString(ws.customersDir().resolve("acme/profile.yaml"));
    assertThat(profile).contains("tier: hot").contains("score: 68").doesNotContain("score: 61");
    Deal held = CustomerFiles.parseDeals(Files.readString(ws.customersDir()
        .resolve("nordhavn-shipping-a-s/deals.yaml")), "d").stream()
        .filter(d -> d.id().equals("0065g00000HoldXAAA")).findFirst().orElseThrow();
    assertThat(held.stage()).isEqualTo("negotiation");
    assertThat(run.report().count(com.salesworkspace.importers.ImportReport.Outcome.FAILED, "deal")).isZero();
  }
}
