package com.salesworkspace.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.importers.ImportedInteraction.MatchHints;
import com.salesworkspace.interactions.InteractionLog;
import com.salesworkspace.model.Interaction;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractionImportSinkTest {
  private static final LocalDate DAY = LocalDate.parse("2026-11-24");
  @TempDir Path dir;
  Workspace ws;

  @BeforeEach
  void workspace() {
    TestWorkspace fixture = TestWorkspace.minimal(dir).withAcme();
    fixture.customer("acme", "name: Acme Logistics\ndomains: [acme.com]\nslack_channels: ['#ext-acme']\n");
    ws = fixture.open();
  }

  private static ImportedInteraction email(String messageId, String from, String to, String text) {
    return new ImportedInteraction("gmail", messageId, "email", OffsetDateTime.parse("2026-11-03T14:22:00-05:00"),
        "Re: Q1 budget", from, List.of(to), List.of(), text, null, null,
        Map.of("message_id", messageId, "thread_id", "1784", "labels", List.of("Inbox", "Important")));
  }

  private static ImportedInteraction slackThread(String text) {
    return new ImportedInteraction("slack", "C024/1730645000.000100", "slack",
        OffsetDateTime.parse("2026-11-03T14:22:00Z"), null, "Maria Chen", List.of(), List.of("Maria Chen"), text,
        "inbound", new MatchHints(Set.of(), "ext-acme", null), Map.of("channel", "#ext-acme"));
  }

  private ImportRunOf run(boolean dryRun, ImportedInteraction... items) {
    return runFrom("/exports/export.mbox", dryRun, items);
  }

  private ImportRunOf runFrom(String source, boolean dryRun, ImportedInteraction... items) {
    ImportReport report = new ImportReport();
    InteractionImportSink sink = new InteractionImportSink(ws, report, dryRun);
    for (ImportedInteraction item : items) {
      sink.interaction(item);
    }
    return new ImportRunOf(report, sink.finish("gmail", source, DAY));
  }

  private record ImportRunOf(ImportReport report, String reviewFile) {}

  private List<Path> importedFiles(String slug) throws IOException {
    try (Stream<Path> files = Files.list(ws.customersDir().resolve(slug).resolve("interactions"))) {
      return files.filter(f -> !f.getFileName().toString().contains("-aa11bb") && !f.getFileName().toString()
          .contains("-cc22dd") && !f.getFileName().toString().contains("-ee33ff")).sorted().toList();
    }
  }

  @Test
  void writesAnInteractionFileInTheDocumentedFormat() throws Exception {
    ImportRunOf run = run(false, email("<CAF3x9@mail.gmail.com>", "Maria Chen <maria.chen@acme.com>",
        "John Smith <john.smith@helio.io>", "Budget is approved.\n"));

    assertThat(run.report().count(Outcome.CREATED, "email")).isEqualTo(1);
    List<Path> files = importedFiles("acme");
    assertThat(files).hasSize(1);
    String name = files.get(0).getFileName().toString();
    assertThat(name).matches("2026-11-03-gmail-[0-9a-f]{10}\\.md");
    String text = Files.readString(files.get(0));
    Interaction parsed = CustomerFiles.parseInteraction("acme", text, "x.md");
    assertThat(parsed.header().id()).isEqualTo(CustomerFiles.stem(files.get(0)));
    assertThat(parsed.header().sourceId()).isEqualTo("<CAF3x9@mail.gmail.com>");
    assertThat(parsed.header().direction()).isEqualTo("inbound");
    assertThat(parsed.header().to()).containsExactly("John Smith <john.smith@helio.io>");
    assertThat(parsed.body()).isEqualTo("Budget is approved.");
    assertThat(text).contains("thread_id: '1784'").contains("labels:\n- Inbox\n- Important")
        .containsPattern("import_hash: [0-9a-f]{16}\n---\n");
    assertThat(run.reviewFile()).isNull();
  }

  @Test
  void directionComesFromTheSendersDomainAndInternalOnlyMailIsSkipped() throws Exception {
    ImportRunOf run = run(false,
        email("<out@helio.io>", "John Smith <john.smith@helio.io>", "maria.chen@acme.com", "Proposal attached."),
        email("<int@helio.io>", "John Smith <john.smith@helio.io>", "Priya Patel <priya.patel@helio.io>",
            "Can you take the Acme renewal?"));

    assertThat(run.report().count(Outcome.CREATED)).isEqualTo(1);
    assertThat(run.report().listed()).containsExactly(
        new ImportReport.Entry(Outcome.SKIPPED, "email", "gmail <int@helio.io> 'Re: Q1 budget'", "internal only"));
    assertThat(Files.readString(importedFiles("acme").get(0))).contains("direction: outbound");
  }

  @Test
  void importingTheSameItemsTwiceChangesNothing() throws Exception {
    ImportedInteraction mail = email("<a@acme.com>", "maria.chen@acme.com", "john.smith@helio.io", "Hello");
    run(false, mail, slackThread("[2026-11-03 14:22] Maria Chen: hi"));
    Path file = importedFiles("acme").get(0);
    String before = Files.readString(file);
    long modified = Files.getLastModifiedTime(file).toMillis();

    ImportRunOf again = run(false, mail, slackThread("[2026-11-03 14:22] Maria Chen: hi"));

    assertThat(again.report().count(Outcome.UNCHANGED)).isEqualTo(2);
    assertThat(again.report().count(Outcome.CREATED) + again.report().count(Outcome.UPDATED)).isZero();
    assertThat(again.report().listed()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    assertThat(importedFiles("acme")).hasSize(2);
  }

  @Test
  void aNewerOverlappingExportRefreshesWhatGrewAndAddsOnlyWhatIsNew() throws Exception {
    run(false, slackThread("[2026-11-03 14:22] Maria Chen: can we talk pricing?"),
        email("<a@acme.com>", "maria.chen@acme.com", "john.smith@helio.io", "Hello"));

    ImportRunOf newer = run(false,
        slackThread("[2026-11-03 14:22] Maria Chen: can we talk pricing?\n  [2026-11-03 15:00] John Smith: sure"),
        email("<a@acme.com>", "maria.chen@acme.com", "john.smith@helio.io", "Hello"),
        email("<b@acme.com>", "maria.chen@acme.com", "john.smith@helio.io", "Second mail"));

    assertThat(newer.report().count(Outcome.UPDATED, "slack")).isEqualTo(1);
    assertThat(newer.report().count(Outcome.UNCHANGED, "email")).isEqualTo(1);
    assertThat(newer.report().count(Outcome.CREATED, "email")).isEqualTo(1);
    assertThat(importedFiles("acme")).hasSize(3);
    Path thread = importedFiles("acme").stream().filter(f -> f.toString().contains("-slack-")).findFirst().orElseThrow();
    assertThat(Files.readString(thread)).contains("John Smith: sure");
    assertThat(ImportedFile.unchangedSinceImport(Files.readString(thread))).isTrue();
  }

  @Test
  void aFileAPersonEditedIsNeverOverwritten() throws Exception {
    run(false, slackThread("[2026-11-03 14:22] Maria Chen: can we talk pricing?"));
    Path thread = importedFiles("acme").get(0);
    String edited = Files.readString(thread).replace("can we talk pricing?", "can we talk pricing? (she means Q1)");
    Files.writeString(thread, edited);

    ImportRunOf newer = run(false, slackThread("[2026-11-03 14:22] Maria Chen: can we talk pricing?\n  more"));

    assertThat(newer.report().count(Outcome.UNCHANGED)).isEqualTo(1);
    assertThat(newer.report().listed()).singleElement()
        .satisfies(e -> assertThat(e.reason()).startsWith("kept local edit (customers/acme/interactions/"));
    assertThat(Files.readString(thread)).isEqualTo(edited);
  }

  @Test
  void anInteractionAlreadyInTheWorkspaceByHandIsNotDuplicated() throws Exception {
    Path handWritten = dir.resolve("customers/acme/interactions/2026-10-22-gmail-aa11bb.md");
    Files.writeString(handWritten, Files.readString(handWritten).replace("source: gmail\n",
        "source: gmail\nsource_id: \"<CAB-1@mail.gmail.com>\"\n"));

    ImportRunOf run = run(false, email("<CAB-1@mail.gmail.com>", "robert.kim@acme.com", "john.smith@helio.io", "x"));

    assertThat(run.report().count(Outcome.UNCHANGED)).isEqualTo(1);
    assertThat(run.report().listed()).isEmpty();
    assertThat(importedFiles("acme")).isEmpty();
  }

  @Test
  void unmatchedItemsGoToTheReviewFileWithAddressesAndReason() throws Exception {
    ImportRunOf run = run(false,
        email("<u1@x>", "Pat Doe <pat@unknown-co.com>", "john.smith@helio.io", "Who is this"),
        email("<u2@x>", "friend@gmail.com", "john.smith@helio.io", "Lunch?"));

    assertThat(run.report().count(Outcome.UNMATCHED, "email")).isEqualTo(2);
    assertThat(run.reviewFile()).isEqualTo("reporting/imports/2026-11-24-gmail-export-review.md");
    String review = Files.readString(dir.resolve(run.reviewFile()));
    assertThat(review).startsWith("# Import review: gmail, 2026-11-24\n")
        .contains("2 items were not matched to a customer")
        .contains("## gmail <u1@x> 'Re: Q1 budget'\n- date: 2026-11-03T14:22:00-05:00\n- from: Pat Doe <pat@unknown-co.com>\n"
            + "- addresses: pat@unknown-co.com, john.smith@helio.io\n- reason: no customer has the domain unknown-co.com\n")
        .contains("- reason: personal addresses (gmail.com) are in no contacts.yaml");
  }

  @Test
  void eachExportKeepsItsOwnReviewFileWhichARerunReplacesOrRemovesOnceEverythingIsPlaced() throws Exception {
    ImportedInteraction pat = email("<u1@x>", "Pat Doe <pat@unknown-co.com>", "john.smith@helio.io", "Who is this");
    ImportRunOf first = runFrom("/exports/Takeout/All mail Including Spam and Trash.mbox", false, pat);
    ImportRunOf second = runFrom("/exports/saved.eml", false,
        email("<u2@x>", "friend@gmail.com", "john.smith@helio.io", "Lunch?"));

    assertThat(first.reviewFile())
        .isEqualTo("reporting/imports/2026-11-24-gmail-all-mail-including-spam-and-trash-review.md");
    assertThat(second.reviewFile()).isEqualTo("reporting/imports/2026-11-24-gmail-saved-review.md");
    assertThat(runFrom("/exports/東京.mbox", true, pat).reviewFile()).as("a name without letters a slug keeps")
        .matches("reporting/imports/2026-11-24-gmail-export-[0-9a-f]{8}-review\\.md");
    assertThat(dir.resolve(first.reviewFile())).content().contains("pat@unknown-co.com");
    assertThat(dir.resolve(second.reviewFile())).content().contains("friend@gmail.com");

    Path review = dir.resolve(first.reviewFile());
    Files.setLastModifiedTime(review, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
    runFrom("/exports/Takeout/All mail Including Spam and Trash.mbox", false, pat);
    assertThat(Files.getLastModifiedTime(review).toMillis()).as("the same review is not rewritten")
        .isEqualTo(1_000_000_000_000L);

    Files.writeString(dir.resolve("customers/acme/profile.yaml"),
        "name: Acme Logistics\ndomains: [acme.com, unknown-co.com]\nslack_channels: ['#ext-acme']\n");
    ImportRunOf placed = runFrom("/exports/Takeout/All mail Including Spam and Trash.mbox", false, pat);
    assertThat(placed.report().count(Outcome.CREATED)).isEqualTo(1);
    assertThat(placed.reviewFile()).isNull();
    assertThat(review).as("a review listing items that are now imported is stale").doesNotExist();
    assertThat(dir.resolve(second.reviewFile())).exists();
  }

  @Test
  void aDryRunDecidesEverythingAndWritesNothing() throws Exception {
    ImportRunOf run = run(true,
        email("<a@acme.com>", "maria.chen@acme.com", "john.smith@helio.io", "Hello"),
        email("<a@acme.com>", "maria.chen@acme.com", "john.smith@helio.io", "Hello"),
        email("<u1@x>", "pat@unknown-co.com", "john.smith@helio.io", "Who is this"));

    assertThat(run.report().count(Outcome.CREATED)).isEqualTo(1);
    assertThat(run.report().count(Outcome.UNCHANGED)).isEqualTo(1);
    assertThat(run.report().count(Outcome.UNMATCHED)).isEqualTo(1);
    assertThat(run.reviewFile()).isNotNull();
    assertThat(dir.resolve(run.reviewFile())).doesNotExist();
    assertThat(importedFiles("acme")).isEmpty();
  }

  @Test
  void controlCharactersInHeaderFieldsAreDroppedSoTheFrontMatterStaysText() throws Exception {
    ImportedInteraction item = new ImportedInteraction("gmail", "<ctrl@acme.com>", "email",
        OffsetDateTime.parse("2026-11-03T14:22:00-05:00"), "Hello\u0001\u001B[31m there\u0085", "Maria\u0000 Chen "
        + "<maria.chen@acme.com>", List.of("john.smith@helio.io"), List.of(), "Body", null, null,
        Map.of("labels", List.of("In\u0007box"), "attachments", List.of(Map.of("name", "a\u0002.pdf"))));

    run(false, item);

    String text = Files.readString(importedFiles("acme").get(0));
    assertThat(text).doesNotContain("!!binary").contains("subject: Hello[31m there\n")
        .contains("from: Maria Chen <maria.chen@acme.com>\n").contains("- Inbox\n").contains("name: a.pdf\n");
    assertThat(CustomerFiles.parseInteraction("acme", text, "x.md").header().subject()).isEqualTo("Hello[31m there");
  }

  @Test
  void aHugeBodyIsCappedWithANote() throws Exception {
    String huge = "word ".repeat(InteractionLog.MAX_TEXT_CHARS / 4);
    run(false, email("<big@acme.com>", "maria.chen@acme.com", "john.smith@helio.io", huge));

    Interaction parsed = CustomerFiles.parseInteraction("acme", Files.readString(importedFiles("acme").get(0)), "x");
    assertThat(parsed.body().length()).isLessThanOrEqualTo(InteractionLog.MAX_TEXT_CHARS);
    assertThat(parsed.body()).endsWith("[Cut by the importer: the original text had " + huge.strip().length()
        + " characters; the first " + (InteractionLog.MAX_TEXT_CHARS - 200) + " are kept.]");
  }

  @Test
  void aBadItemFailsAloneAndTheRestImports() throws Exception {
    ImportedInteraction noId = new ImportedInteraction("gmail", " ", "email", OffsetDateTime.now(), "s",
        "maria.chen@acme.com", List.of(), List.of(), "x", null, null, null);
    ImportedInteraction badType = new ImportedInteraction("gmail", "<t@x>", "fax", OffsetDateTime.now(), "s",
        "maria.chen@acme.com", List.of(), List.of(), "x", null, null, null);

    ImportRunOf run = run(false, noId, badType, email("<ok@acme.com>", "maria.chen@acme.com", "j@helio.io", "ok"));

    assertThat(run.report().count(Outcome.FAILED)).isEqualTo(2);
    assertThat(run.report().listed()).extracting(ImportReport.Entry::reason)
        .containsExactly("it has no source id to deduplicate by",
            "type 'fax' is not one of " + String.join(", ", com.salesworkspace.model.InteractionHeader.TYPES));
    assertThat(run.report().count(Outcome.CREATED)).isEqualTo(1);
  }

  @Test
  void customersCreatedDuringTheImportAreMatchedAfterwards() throws Exception {
    ImportReport report = new ImportReport();
    InteractionImportSink sink = new InteractionImportSink(ws, report, false);
    sink.interaction(email("<n1@x>", "kim@newco.com", "john.smith@helio.io", "first"));
    TestWorkspace.copyTree(dir.resolve("customers/globex"), dir.resolve("customers/newco"));
    Files.writeString(dir.resolve("customers/newco/profile.yaml"), "name: NewCo\ndomains: [newco.com]\n");
    sink.customersChanged();
    sink.interaction(email("<n2@x>", "kim@newco.com", "john.smith@helio.io", "second"));

    assertThat(report.count(Outcome.UNMATCHED)).isEqualTo(1);
    assertThat(report.count(Outcome.CREATED)).isEqualTo(1);
  }

  @Test
  void tempFilesAKilledImportLeftBehindAreRemovedByTheNextRunOnceTheyAreOld() throws Exception {
    Path folder = dir.resolve("customers/acme/interactions");
    Path old = Files.writeString(folder.resolve(".2026-11-03-gmail-0123456789.md.4417.tmp"), "---\nid: half");
    Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
    Path fresh = Files.writeString(folder.resolve(".2026-11-04-gmail-0123456789.md.4418.tmp"), "being written");
    Path hidden = Files.writeString(folder.resolve(".notes.2024.tmp"), "not ours");
    Files.setLastModifiedTime(hidden, Files.getLastModifiedTime(old));

    run(true, email("<a@acme.com>", "maria.chen@acme.com", "john.smith@helio.io", "Hello"));
    assertThat(old).as("a dry run writes and removes nothing").exists();

    run(false, email("<a@acme.com>", "maria.chen@acme.com", "john.smith@helio.io", "Hello"));
    assertThat(old).doesNotExist();
    assertThat(fresh).as("may belong to a write under way").exists();
    assertThat(hidden).exists();
  }

  @Test
  void aReaderThatCrashesMidwayKeepsWhatItSentAndLeavesOtherFilesIntact() throws Exception {
    Path existing = dir.resolve("customers/acme/interactions/2026-10-22-gmail-aa11bb.md");
    String before = Files.readString(existing);
    Importer crashing = new Importer() {
      @Override
      public String format() {
        return "gmail";
      }

      @Override
      public boolean recognizes(Path path) {
        return true;
      }

      @Override
      public void read(Path path, ImportContext context) {
        context.sink().interaction(email("<c1@acme.com>", "maria.chen@acme.com", "john.smith@helio.io", "one"));
        throw new IllegalStateException("reader bug");
      }
    };

    assertThatThrownBy(() -> ImportRun.run(ws, crashing, dir, false, com.salesworkspace.util.Progress.NONE, DAY))
        .hasMessage("reader bug");

    assertThat(importedFiles("acme")).hasSize(1);
    assertThat(Files.readString(existing)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir.resolve("customers/acme/interactions"))) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("."))).isEmpty();
    }
  }
}
