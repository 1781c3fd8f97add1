package com.salesworkspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.context.ContextBuilder;
import com.salesworkspace.context.ContextRequest;
import com.salesworkspace.context.Tier;
import com.salesworkspace.index.Index;
import com.salesworkspace.index.SearchHits;
import com.salesworkspace.index.SearchRequest;
import com.salesworkspace.testing.CliRunner;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Json;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ImportCliTest {
  private static final Path TAKEOUT = TestWorkspace.projectRoot()
      .resolve("server/src/test/resources/fixtures/takeout/All mail Including Spam and Trash.mbox");
  private static final String REVIEW = "reporting/imports/" + LocalDate.now()
      + "-gmail-all-mail-including-spam-and-trash-review.md";
  @TempDir Path dir;
  @RegisterExtension final CliRunner cli = new CliRunner();

  private static List<Path> files(Path folder) throws Exception {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void importsATakeoutMboxIntoTheDemoWorkspaceSearchableAndInContextThenChangesNothingTheSecondTime()
      throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("ws"));
    List<Path> before = files(ws.resolve("customers"));

    assertThat(cli.run("import", TAKEOUT.toString(), "--workspace", ws.toString())).isZero();

    String out = cli.stdout();
    assertThat(out).contains("Imported gmail from " + TAKEOUT)
        .containsPattern("created +4 \\(email 4\\)")
        .containsPattern("unmatched +1 \\(email 1\\)")
        .containsPattern("skipped +3 \\(email 3\\)")
        .contains("Unmatched items are listed in " + REVIEW)
        .contains("- gmail <CAPersonalPat22@mail.gmail.com> 'Coffee next week?': personal addresses (gmail.com) "
            + "are in no contacts.yaml")
        .contains("internal only").contains("in Spam").contains("a chat, not mail");
    assertThat(cli.stderr()).contains("gmail: read 8 messages from 1 file");
    List<Path> acme = files(ws.resolve("customers/acme-logistics/interactions")).stream()
        .filter(f -> f.getFileName().toString().startsWith("2026-11-18-gmail-")).toList();
    assertThat(acme).hasSize(1);
    assertThat(acme.get(0)).content().contains("direction: inbound", "thread_id: '1850120000000000001'",
        "Wilmington yard pilot");
    assertThat(files(ws.resolve("customers/delta-manufacturing/interactions")))
        .anySatisfy(f -> assertThat(f).content().contains("direction: outbound", "name: Integrationsplan März.pdf"));
    assertThat(ws.resolve(REVIEW)).content()
        .contains("pat.rivera.home@gmail.com");

    Workspace workspace = Workspace.open(ws);
    try (Index index = Index.open(workspace)) {
      SearchHits hits = index.search(new SearchRequest("Wilmington yard", List.of(), List.of(), List.of(), null,
          null, null, null, null, 0, 10, false));
      assertThat(hits.hits()).anySatisfy(h -> assertThat(h.path()).isEqualTo(
          ws.relativize(acme.get(0)).toString()));
      String context = new ContextBuilder(workspace, index)
          .build(new ContextRequest("acme-logistics", Tier.STANDARD, null, LocalDate.of(2026, 11, 24))).text();
      assertThat(context).contains("Wilmington yard pilot");
    }

    List<Path> afterFirst = files(ws.resolve("customers"));
    assertThat(afterFirst).hasSize(before.size() + 4);
    assertThat(cli.run("import", TAKEOUT.toString(), "--workspace", ws.toString(), "--json")).isZero();
    JsonNode json = Json.MAPPER.readTree(cli.stdout());
    assertThat(json.at("/counts/unchanged/total").asLong()).isEqualTo(4);
    assertThat(json.at("/counts/created/total").asLong()).isZero();
    assertThat(json.at("/counts/updated/total").asLong()).isZero();
    assertThat(files(ws.resolve("customers"))).isEqualTo(afterFirst);
  }

  @Test
  void itemsThatFailedMakeTheExitCodeOneWhileTheRestImports() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("ws"));
    Path mbox = Files.writeString(dir.resolve("part.mbox"), Files.readString(TAKEOUT, StandardCharsets.ISO_8859_1)
        + "From x Tue Nov 24 10:00:00 2026\n\u0001 not mail\n\n", StandardCharsets.ISO_8859_1);

    assertThat(cli.run("import", mbox.toString(), "--workspace", ws.toString(), "--dry-run")).isEqualTo(1);
    assertThat(cli.stdout()).containsPattern("failed +1 \\(email 1\\)");
    assertThat(cli.run("import", mbox.toString(), "--workspace", ws.toString(), "--json")).isEqualTo(1);
    assertThat(Json.MAPPER.readTree(cli.stdout()).at("/counts/created/total").asLong()).isEqualTo(4);
    assertThat(cli.run("import", TAKEOUT.toString(), "--workspace", ws.toString())).isZero();
  }

  @Test
  void aForcedFormatOnAFolderWithNothingOfItsKindIsAnErrorNotAnEmptySuccess() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("ws"));
    Path folder = Files.createDirectories(dir.resolve("downloads"));
    Files.writeString(folder.resolve("readme.txt"), "nothing to import here\n");

    for (String format : List.of("gmail", "gong", "granola", "salesforce")) {
      assertThat(cli.run("import", folder.toString(), "--format", format, "--workspace", ws.toString()))
          .as(format).isEqualTo(2);
      assertThat(cli.stderr()).as(format).contains(folder + " holds no ");
    }
  }

  @Test
  void anIndexThatCannotBeUpdatedDoesNotHideWhatWasImported() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("ws"));
    Files.createDirectories(ws.resolve(".workspace/index.db"));

    assertThat(cli.run("import", TAKEOUT.toString(), "--workspace", ws.toString())).isZero();

    assertThat(cli.stdout()).contains("Imported gmail").containsPattern("created +4");
    assertThat(cli.stderr()).contains("warning: the files are imported, but the index was not updated (")
        .contains("run 'index' once the problem is fixed");
  }

  @Test
  void aDryRunWritesNothingAndAnUnknownFileGetsTheListOfFormats() throws Exception {
    Path ws = TestWorkspace.copyDemo(dir.resolve("ws"));
    List<Path> before = files(ws);

    assertThat(cli.run("import", TAKEOUT.toString(), "--workspace", ws.toString(), "--dry-run")).isZero();
    assertThat(cli.stdout()).startsWith("Dry run (nothing written): gmail").containsPattern("created +4");
    assertThat(files(ws)).isEqualTo(before);

    Path csv = Files.writeString(dir.resolve("export.csv"), "Id,Name\n");
    assertThat(cli.run("import", csv.toString(), "--workspace", ws.toString())).isEqualTo(2);
    assertThat(cli.stderr()).contains("None of the formats (" + String.join(", ",
        com.salesworkspace.importers.Importers.formats()) + ") recognises " + csv);
  }
}
