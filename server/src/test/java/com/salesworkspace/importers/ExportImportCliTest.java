package com.salesworkspace.importers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesworkspace.testing.CliRunner;
import com.salesworkspace.testing.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Slack, Gong and Granola exports through the 'import' command into the demo workspace, and back out. */
class ExportImportCliTest {
  private static final Path FIXTURES = TestWorkspace.projectRoot().resolve("server/src/test/resources/fixtures");
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension final CliRunner cli = new CliRunner();
  @TempDir Path dir;

  private JsonNode importJson(Path ws, Path export) throws IOException {
    assertThat(cli.run("import", "--workspace", ws.toString(), "--json", export.toString()))
        .as(cli.stderr()).isZero();
    return JSON.readTree(cli.stdout());
  }

  private static long count(JsonNode result, String outcome) {
    return result.path("counts").path(outcome).path("total").asLong();
  }

  private String search(Path ws, String... query) {
    String[] args = Stream.concat(Stream.of("search", "--workspace", ws.toString()), Stream.of(query))
        .toArray(String[]::new);
    assertThat(cli.run(args)).as(cli.stderr()).isZero();
    return cli.stdout();
  }

  private String context(Path ws, String customer) {
    assertThat(cli.run("context", "--workspace", ws.toString(), customer, "--tier", "standard", "--as-of",
        "2026-11-24")).as(cli.stderr()).isZero();
    return cli.stdout();
  }

  @Test
  void slackExportIsSearchableAndInTheCustomersContextAndASecondImportChangesNothing() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    Path export = FIXTURES.resolve("slack/helio-export");

    JsonNode first = importJson(ws, export);
    assertThat(count(first, "created")).isEqualTo(6);
    assertThat(count(first, "failed")).isZero();
    // Five noise messages, and the deal-desk chat among our own people.
    assertThat(count(first, "skipped")).isEqualTo(6);

    assertThat(search(ws, "--json", "--type", "slack", "liability", "cap", "redlines"))
        .contains("customers/acme-logistics/interactions/2026-11-20-slack-");
    assertThat(search(ws, "--json", "--type", "slack", "DocuSign")).contains("brightpath-health");
    assertThat(context(ws, "acme-logistics")).contains("liability cap");

    JsonNode second = importJson(ws, export);
    assertThat(count(second, "unchanged")).isEqualTo(6);
    assertThat(count(second, "created") + count(second, "updated")).isZero();
  }

  @Test
  void aNewerSlackExportUpdatesOnlyTheThreadThatGrew() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    Path export = dir.resolve("export");
    TestWorkspace.copyTree(FIXTURES.resolve("slack/helio-export"), export);
    importJson(ws, export);
    Files.writeString(export.resolve("ext-acme-logistics/2026-11-24.json"), """
        [{"type": "message", "user": "U07MCHEN01", "text": "Legal is fine with the 2x cap now.",
          "ts": "1795518000.000100", "thread_ts": "1795183320.000100", "parent_user_id": "U07MCHEN01"}]
        """);

    JsonNode again = importJson(ws, export);

    assertThat(count(again, "updated")).isEqualTo(1);
    assertThat(count(again, "created")).isZero();
    assertThat(count(again, "unchanged")).isEqualTo(5);
    assertThat(search(ws, "--json", "Legal", "fine", "cap")).contains("acme-logistics");
  }

  @Test
  void gongCallsAreSearchableAndInTheCustomersContextAndASecondImportChangesNothing() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    Path export = FIXTURES.resolve("gong/helio-calls");

    JsonNode first = importJson(ws, export);
    assertThat(first.path("format").asText()).isEqualTo("gong");
    assertThat(count(first, "created")).isEqualTo(3);
    assertThat(count(first, "skipped")).isEqualTo(1);
    assertThat(count(first, "failed")).isZero();

    assertThat(search(ws, "--json", "--type", "call", "Stackline", "fifteen", "percent")).contains("acme-logistics");
    assertThat(context(ws, "acme-logistics")).contains("Pricing review");
    assertThat(context(ws, "delta-manufacturing")).contains("QBR prep");

    JsonNode second = importJson(ws, export);
    assertThat(count(second, "unchanged")).isEqualTo(3);
    assertThat(count(second, "created") + count(second, "updated")).isZero();
  }

  @Test
  void granolaNotesAreSearchableAndInTheCustomersContextAndASecondImportChangesNothing() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    Path export = FIXTURES.resolve("granola/notes");

    JsonNode first = importJson(ws, export);
    assertThat(first.path("format").asText()).isEqualTo("granola");
    assertThat(count(first, "created")).isEqualTo(3);
    assertThat(count(first, "failed")).isZero();

    assertThat(search(ws, "--json", "--type", "meeting", "Epic", "HL7", "pilot")).contains("brightpath-health");
    assertThat(context(ws, "brightpath-health")).contains("Implementation kickoff");
    assertThat(context(ws, "acme-logistics")).contains("Security review");

    JsonNode second = importJson(ws, export);
    assertThat(count(second, "unchanged")).isEqualTo(3);
    assertThat(count(second, "created") + count(second, "updated")).isZero();
  }
}
