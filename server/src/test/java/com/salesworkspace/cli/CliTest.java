package com.salesworkspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.Main;
import com.salesworkspace.doctor.Doctor;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Json;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void initCreatesAWorkspaceThatDoctorAccepts() throws Exception {
    Path target = dir.resolve("new-ws");
    assertThat(run("init", target.toString(), "--company", "Initech", "--domain", "initech.com")).isZero();
    for (String folder : Doctor.REQUIRED_FOLDERS) {
      assertThat(target.resolve(folder)).isDirectory();
    }
    assertThat(target.resolve("customers/templates/compact.md")).isRegularFile();
    assertThat(target.resolve("personal/triggers/seed-rules.yaml")).content().contains("budget approved");
    assertThat(target.resolve("workspace-setup/company.yaml")).content().contains("initech.com");
    assertThat(new Doctor(Workspace.open(target)).run(Progress.NONE).errors()).isZero();
    assertThat(run("doctor", "--workspace", target.toString())).isZero();

    assertThat(run("init", target.toString())).isEqualTo(2);
    assertThat(stderr()).contains("already a workspace");
  }

  @Test
  void searchPrintsRankedResultsAndJson() throws Exception {
    Path ws = TestWorkspace.minimal(dir).withAcme().root();
    assertThat(run("search", "--workspace", ws.toString(), "budget", "approved")).isZero();
    assertThat(stdout()).contains("1 results for \"budget approved\"").contains("Capital committee outcome")
        .contains("customers/acme/interactions/2026-10-22-gmail-aa11bb.md");

    assertThat(run("search", "--workspace", ws.toString(), "--json", "--type", "slack", "--customer", "acme")).isZero();
    JsonNode json = Json.MAPPER.readTree(stdout());
    assertThat(json.get("total").asInt()).isEqualTo(1);
    assertThat(json.get("hits").get(0).get("type").asText()).isEqualTo("slack");
  }

  @Test
  void mistakesGetAClearMessageAndExitCode2() {
    Path ws = TestWorkspace.minimal(dir).withAcme().root();
    assertThat(run("show", "--workspace", ws.toString(), "acm")).isEqualTo(2);
    assertThat(stderr()).contains("There is no customer 'acm'").contains("Did you mean acme");
    assertThat(run("search", "--workspace", ws.toString(), "--since", "last week", "x")).isEqualTo(2);
    assertThat(stderr()).contains("--since must be a day like 2026-11-03");
    assertThat(run("search", "--workspace", ws.toString(), "--customer", "../../etc", "x")).isEqualTo(2);
    assertThat(stderr()).contains("not a customer slug");
    assertThat(run("index", "--workspace", dir.resolve("nowhere").toString())).isEqualTo(2);
    assertThat(stderr()).contains("does not exist");
  }

  @Test
  void showPrintsTheCustomer() throws Exception {
    Path ws = TestWorkspace.minimal(dir).withAcme().root();
    assertThat(run("show", "--workspace", ws.toString(), "acme")).isZero();
    assertThat(stdout()).contains("Acme Logistics (acme)").contains("Maria Chen").contains("D-ACME-1")
        .contains("Interactions: 2");
    assertThat(run("show", "--workspace", ws.toString(), "--json", "acme")).isZero();
    assertThat(Json.MAPPER.readTree(stdout()).at("/profile/health/score").asInt()).isEqualTo(68);
  }

  @Test
  void indexReportsWhatChangedAndDoctorFailsOnErrors() throws Exception {
    TestWorkspace ws = TestWorkspace.minimal(dir).withAcme();
    assertThat(run("index", "--workspace", ws.root().toString())).isZero();
    assertThat(stdout()).contains("7 added");
    ws.write("customers/acme/deals.yaml", "deals: [");
    assertThat(run("index", "--workspace", ws.root().toString())).isZero();
    assertThat(stdout()).contains("1 changed").contains("customers/acme/deals.yaml:1");
    assertThat(run("doctor", "--workspace", ws.root().toString())).isEqualTo(1);
    assertThat(stdout()).contains("customers/acme/deals.yaml:1: error");
    assertThat(Files.readString(ws.root().resolve("customers/acme/deals.yaml"))).isEqualTo("deals: [");
  }

  @Test
  void contextPrintsTheContextAndItsTokenCount() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    assertThat(run("context", "--workspace", ws.toString(), "acme-logistics", "--as-of", "2026-11-20")).isZero();
    assertThat(stdout()).startsWith("> Context of Acme Logistics (acme-logistics): compact tier, ")
        .contains("## Stakeholders").contains("Maria Chen");
    assertThat(stderr()).containsPattern("compact context of acme-logistics: [0-9,]+ tokens \\(cl100k_base\\) of a "
        + "5,000-token budget, built in \\d+ ms");
    int tokens = com.salesworkspace.util.Tokens.count(stdout());
    assertThat(tokens).isBetween(4500, 4750);

    assertThat(run("context", "--workspace", ws.toString(), "acme-logistics", "--tier", "standard", "--as-of",
        "2026-11-20", "--focus", "pricing", "--json")).isZero();
    JsonNode json = Json.MAPPER.readTree(stdout());
    assertThat(json.get("tier").asText()).isEqualTo("standard");
    assertThat(json.get("focus").asText()).isEqualTo("pricing");
    assertThat(json.get("tokens").asInt()).isEqualTo(com.salesworkspace.util.Tokens.count(json.get("text").asText()));

    assertThat(run("context", "--workspace", ws.toString(), "acme-logistics", "--tier", "huge")).isEqualTo(2);
    assertThat(stderr()).contains("Unknown tier 'huge'");
    assertThat(run("context", "--workspace", ws.toString(), "acme", "--as-of", "2026-11-20")).isEqualTo(2);
    assertThat(stderr()).contains("There is no customer 'acme'").contains("acme-logistics");
  }
}
