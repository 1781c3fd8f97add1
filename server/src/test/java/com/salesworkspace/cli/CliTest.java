package com.salesworkspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.doctor.Doctor;
import com.salesworkspace.testing.CliRunner;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Json;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;
  @RegisterExtension final CliRunner cli = new CliRunner();

  @Test
  void initCreatesAWorkspaceThatDoctorAccepts() throws Exception {
    Path target = dir.resolve("new-ws");
    assertThat(cli.run("init", target.toString(), "--company", "Initech", "--domain", "initech.com")).isZero();
    for (String folder : Doctor.REQUIRED_FOLDERS) {
      assertThat(target.resolve(folder)).isDirectory();
    }
    assertThat(target.resolve("customers/templates/compact.md")).isRegularFile();
    assertThat(target.resolve("personal/triggers/seed-rules.yaml")).content().contains("budget approved");
    assertThat(target.resolve("workspace-setup/company.yaml")).content().contains("initech.com");
    assertThat(new Doctor(Workspace.open(target)).run(Progress.NONE).errors()).isZero();
    assertThat(cli.run("doctor", "--workspace", target.toString())).isZero();

    assertThat(cli.run("init", target.toString())).isEqualTo(2);
    assertThat(cli.stderr()).contains("already a workspace");
  }

  @Test
  void searchPrintsRankedResultsAndJson() throws Exception {
    Path ws = TestWorkspace.minimal(dir).withAcme().root();
    assertThat(cli.run("search", "--workspace", ws.toString(), "budget", "approved")).isZero();
    assertThat(cli.stdout()).contains("1 results for \"budget approved\"").contains("Capital committee outcome")
        .contains("customers/acme/interactions/2026-10-22-gmail-aa11bb.md");

    assertThat(cli.run("search", "--workspace", ws.toString(), "--json", "--type", "slack", "--customer", "acme")).isZero();
    JsonNode json = Json.MAPPER.readTree(cli.stdout());
    assertThat(json.get("total").asInt()).isEqualTo(1);
    assertThat(json.get("hits").get(0).get("type").asText()).isEqualTo("slack");
  }

  @Test
  void mistakesGetAClearMessageAndExitCode2() {
    Path ws = TestWorkspace.minimal(dir).withAcme().root();
    assertThat(cli.run("show", "--workspace", ws.toString(), "acm")).isEqualTo(2);
    assertThat(cli.stderr()).contains("There is no customer 'acm'").contains("Did you mean acme");
    assertThat(cli.run("search", "--workspace", ws.toString(), "--since", "last week", "x")).isEqualTo(2);
    assertThat(cli.stderr()).contains("--since must be a day like 2026-11-03");
    assertThat(cli.run("search", "--workspace", ws.toString(), "--customer", "../../etc", "x")).isEqualTo(2);
    assertThat(cli.stderr()).contains("not a customer slug");
    assertThat(cli.run("index", "--workspace", dir.resolve("nowhere").toString())).isEqualTo(2);
    assertThat(cli.stderr()).contains("does not exist");
  }

  @Test
  void showPrintsTheCustomer() throws Exception {
    Path ws = TestWorkspace.minimal(dir).withAcme().root();
    assertThat(cli.run("show", "--workspace", ws.toString(), "acme")).isZero();
    assertThat(cli.stdout()).contains("Acme Logistics (acme)").contains("Maria Chen").contains("D-ACME-1")
        .contains("Interactions: 2");
    assertThat(cli.run("show", "--workspace", ws.toString(), "--json", "acme")).isZero();
    assertThat(Json.MAPPER.readTree(cli.stdout()).at("/profile/health/score").asInt()).isEqualTo(68);
  }

  @Test
  void indexReportsWhatChangedAndDoctorFailsOnErrors() throws Exception {
    TestWorkspace ws = TestWorkspace.minimal(dir).withAcme();
    assertThat(cli.run("index", "--workspace", ws.root().toString())).isZero();
    assertThat(cli.stdout()).contains("7 added");
    ws.write("customers/acme/deals.yaml", "deals: [");
    assertThat(cli.run("index", "--workspace", ws.root().toString())).isZero();
    assertThat(cli.stdout()).contains("1 changed").contains("customers/acme/deals.yaml:1");
    assertThat(cli.run("doctor", "--workspace", ws.root().toString())).isEqualTo(1);
    assertThat(cli.stdout()).contains("customers/acme/deals.yaml:1: error");
    assertThat(Files.readString(ws.root().resolve("customers/acme/deals.yaml"))).isEqualTo("deals: [");
  }

  @Test
  void contextPrintsTheContextAndItsTokenCount() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    assertThat(cli.run("context", "--workspace", ws.toString(), "acme-logistics", "--as-of", "2026-11-20")).isZero();
    assertThat(cli.stdout()).startsWith("> Context of Acme Logistics (acme-logistics): compact tier, ")
        .contains("## Stakeholders").contains("Maria Chen");
    assertThat(cli.stderr()).containsPattern("compact context of acme-logistics: [0-9,]+ tokens \\(cl100k_base\\) of a "
        + "5,000-token budget, built in \\d+ ms");
    int tokens = com.salesworkspace.util.Tokens.count(cli.stdout());
    assertThat(tokens).isBetween(4500, 4750);

    assertThat(cli.run("context", "--workspace", ws.toString(), "acme-logistics", "--tier", "standard", "--as-of",
        "2026-11-20", "--focus", "pricing", "--json")).isZero();
    JsonNode json = Json.MAPPER.readTree(cli.stdout());
    assertThat(json.get("tier").asText()).isEqualTo("standard");
    assertThat(json.get("focus").asText()).isEqualTo("pricing");
    assertThat(json.get("tokens").asInt()).isEqualTo(com.salesworkspace.util.Tokens.count(json.get("text").asText()));

    assertThat(cli.run("context", "--workspace", ws.toString(), "acme-logistics", "--tier", "huge")).isEqualTo(2);
    assertThat(cli.stderr()).contains("Unknown tier 'huge'");
    assertThat(cli.run("context", "--workspace", ws.toString(), "acme", "--as-of", "2026-11-20")).isEqualTo(2);
    assertThat(cli.stderr()).contains("There is no customer 'acme'").contains("acme-logistics");
  }
}
