package com.salesworkspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.doctor.Doctor;
import com.salesworkspace.testing.CliRunner;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Json;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** 'import' on a Salesforce Data Export, end to end: detection, CRM files, task files, search, dry run. */
class SalesforceImportCliTest {
  @TempDir Path dir;
  @RegisterExtension final CliRunner cli = new CliRunner();

  private static Path export() throws URISyntaxException {
    return Path.of(SalesforceImportCliTest.class.getResource("/fixtures/salesforce/data-export").toURI());
  }

  private static List<Path> interactionFiles(Path ws) throws Exception {
    try (Stream<Path> files = Files.walk(ws.resolve("customers"))) {
      return files.filter(f -> f.getParent().getFileName().toString().equals("interactions")
          && f.getFileName().toString().contains("-salesforce-")).toList();
    }
  }

  @Test
  void importsADataExportIntoFoldersAndInteractionsAndSecondRunChangesNothing() throws Exception {
    Path ws = TestWorkspace.minimal(dir.resolve("ws")).withAcme().root();

    assertThat(cli.run("import", export().toString(), "--workspace", ws.toString(), "--json"))
        .as("Account.csv:7 and the Legal Hold deal fail").isEqualTo(ImportCommand.SOME_FAILED);
    JsonNode result = Json.MAPPER.readTree(cli.stdout());
    assertThat(result.path("format").asText()).isEqualTo("salesforce");
    assertThat(result.path("counts").path("created").path("by_kind").path("account").asLong()).isEqualTo(1);
    assertThat(result.path("counts").path("updated").path("by_kind").path("account").asLong()).isEqualTo(1);
    assertThat(result.path("counts").path("created").path("by_kind").path("deal").asLong()).isEqualTo(3);
    assertThat(result.path("counts").path("created").path("by_kind").path("task").asLong()).isEqualTo(3);
    assertThat(result.path("counts").path("created").path("by_kind").path("meeting").asLong()).isEqualTo(1);
    assertThat(result.path("items").toString()).contains("Account.csv:7").contains("Legal Hold");
    assertThat(ws.resolve(result.path("review_file").asText())).as("the contact without an account, to fix")
        .content().contains("## Pat Private (0035g00000XPrivAAA)", "it has no account (AccountId is empty)");

    List<Path> tasks = interactionFiles(ws);
    assertThat(tasks).hasSize(4);
    assertThat(tasks).anySatisfy(f -> assertThat(f.toString()).contains("/acme/interactions/2026-11-12-salesforce-"));
    assertThat(tasks).filteredOn(f -> f.toString().contains("/nordhavn-shipping-a-s/")).hasSize(3);
    assertThat(new Doctor(Workspace.open(ws)).run(Progress.NONE).errors()).as("every written file is valid").isZero();

    assertThat(cli.run("search", "--workspace", ws.toString(), "AIS feed schema")).isZero();
    assertThat(cli.stdout()).contains("nordhavn-shipping-a-s");

    assertThat(cli.run("import", export().toString(), "--workspace", ws.toString(), "--json"))
        .as("Account.csv:7 and the Legal Hold deal fail").isEqualTo(ImportCommand.SOME_FAILED);
    JsonNode again = Json.MAPPER.readTree(cli.stdout());
    assertThat(again.path("counts").path("created").path("total").asLong()).isZero();
    assertThat(again.path("counts").path("updated").path("total").asLong()).isZero();
    assertThat(interactionFiles(ws)).hasSize(4);
  }

  @Test
  void aDryRunWritesNothing() throws Exception {
    Path ws = TestWorkspace.minimal(dir.resolve("ws")).withAcme().root();
    String profile = Files.readString(ws.resolve("customers/acme/profile.yaml"));
    String team = Files.readString(ws.resolve("workspace-setup/team.yaml"));

    assertThat(cli.run("import", export().toString(), "--workspace", ws.toString(), "--dry-run"))
        .isEqualTo(ImportCommand.SOME_FAILED);

    assertThat(cli.stdout()).contains("Dry run").contains("account");
    assertThat(Files.readString(ws.resolve("customers/acme/profile.yaml"))).isEqualTo(profile);
    assertThat(Files.readString(ws.resolve("workspace-setup/team.yaml"))).isEqualTo(team);
    assertThat(ws.resolve("customers/nordhavn-shipping-a-s")).doesNotExist();
    assertThat(interactionFiles(ws)).isEmpty();
  }

  @Test
  void initShipsTheDefaultMappingFile() throws Exception {
    Path target = dir.resolve("new-ws");
    assertThat(cli.run("init", target.toString(), "--company", "Initech", "--domain", "initech.com")).isZero();
    assertThat(target.resolve("workspace-setup/integrations/salesforce.yaml")).content()
        .contains("Negotiation/Review: negotiation");
  }
}
