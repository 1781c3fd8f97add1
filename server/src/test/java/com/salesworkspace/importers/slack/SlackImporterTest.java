package com.salesworkspace.importers.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.importers.CollectingSink;
import com.salesworkspace.importers.ImportContext;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.importers.ReaderWorkspace;
import com.salesworkspace.importers.Zips;
import com.salesworkspace.testing.TestWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackImporterTest {
  static final Path FIXTURES = TestWorkspace.projectRoot().resolve("server/src/test/resources/fixtures");
  static final Path HELIO_EXPORT = FIXTURES.resolve("slack/helio-export");
  static final Path REAL = FIXTURES.resolve("real/slack-export");
  private static final String ACME_THREAD = "C07ACMEEXT:1795183320.000100";

  @TempDir Path dir;
  private final CollectingSink sink = new CollectingSink();
  private final SlackImporter importer = new SlackImporter();

  private ImportContext context() {
    return sink.context(ReaderWorkspace.create(dir.resolve("ws")));
  }

  @Test
  void aThreadBecomesOneInteractionWithRepliesFiledOnLaterDays() throws Exception {
    importer.read(HELIO_EXPORT, context());

    ImportedInteraction thread = ReaderWorkspace.get(sink, ACME_THREAD);
    assertThat(thread.type()).isEqualTo("slack");
    assertThat(thread.source()).isEqualTo("slack");
    assertThat(thread.date()).hasToString("2026-11-20T14:02Z");
    assertThat(thread.text()).isEqualTo("""
        [2026-11-20 14:02] Maria Chen: Morning @John Smith, legal sent the redlines back on the MSA. Two open \
        points: the liability cap and the data residency clause. MSA redlines v3 (https://acme.box.com/s/msa-redlines-v3)
          [2026-11-20 14:10] John Smith: Thanks Maria. Looping in @Priya Patel for the onboarding plan. Which \
        clause numbers & what cap do they propose?
          [2026-11-20 14:25] Maria Chen: Clauses 9.2 and 14.1. They want the cap at 2x annual fees <not 1x>, and \
        all data in US regions. (edited)
          [2026-11-21 09:40] Priya Patel: Onboarding plan draft is in the shared folder: \
        https://helio.io/onboarding/acme-logistics. Kickoff proposed for Dec 8.""");
    assertThat(thread.subject()).startsWith("#ext-acme-logistics: Morning @John Smith, legal sent");
    assertThat(thread.from()).isEqualTo("Maria Chen <maria.chen@acmelogistics.com>");
    assertThat(thread.participants()).containsExactly("Maria Chen", "John Smith", "Priya Patel");
    assertThat(thread.direction()).isEqualTo("inbound");
    assertThat(thread.hints().slackChannel()).isEqualTo("#ext-acme-logistics");
    assertThat(thread.hints().emails()).containsExactlyInAnyOrder("maria.chen@acmelogistics.com",
        "john.smith@helio.io", "priya.patel@helio.io");
    assertThat(thread.extra()).containsEntry("channel", "#ext-acme-logistics").containsEntry("channel_id",
        "C07ACMEEXT").containsEntry("thread_ts", "1795183320.000100").containsEntry("messages", 4);
  }

  @Test
  void messagesOutsideThreadsMakeOneInteractionPerChannelAndDay() throws Exception {
    importer.read(HELIO_EXPORT, context());

    assertThat(sink.interactions).extracting(ImportedInteraction::sourceId).containsExactlyInAnyOrder(
        ACME_THREAD, "C07ACMEEXT:2026-11-20", "C07ACMEEXT:2026-11-21", "C07BRPHEXT:1795450800.000100",
        "C07BRPHEXT:2026-11-23", "G07DEALDSK:2026-11-22", "D07JSMCHEN:2026-11-22");
    ImportedInteraction day = ReaderWorkspace.get(sink, "C07ACMEEXT:2026-11-21");
    assertThat(day.text()).isEqualTo("""
        [2026-11-21 09:15] Tom Okafor: Here is the November West TMS sample, 31k rows, customer names hashed. \
        [file: west-tms-sample-2026-11.csv]
        [2026-11-21 10:02] Maria Chen: @here heads-up: procurement is also reviewing Stackline's pricing. Can we \
        get the revised quote by Friday? cc #ext-acme-logistics""");
    assertThat(day.subject()).isEqualTo("#ext-acme-logistics, 2026-11-21");
    assertThat(day.extra()).containsEntry("files", List.of("west-tms-sample-2026-11.csv"));
    assertThat(sink.failed).isEmpty();
  }

  @Test
  void botsJoinsAndTopicChangesAreSkippedWithTheirReason() throws Exception {
    importer.read(HELIO_EXPORT, context());

    assertThat(ReaderWorkspace.skippedFor(sink, "channel join")).isEqualTo(3);
    assertThat(ReaderWorkspace.skippedFor(sink, "bot message")).isEqualTo(1);
    assertThat(ReaderWorkspace.skippedFor(sink, "channel topic")).isEqualTo(1);
    assertThat(sink.skipped).hasSize(5);
    assertThat(sink.interactions).noneMatch(i -> i.text().contains("New call recorded"));
    assertThat(sink.skipped.get(0).item()).startsWith("slack #");
  }

  @Test
  void directionAndHintsComeFromTheAuthors() throws Exception {
    importer.read(HELIO_EXPORT, context());

    ImportedInteraction internal = ReaderWorkspace.get(sink, "G07DEALDSK:2026-11-22");
    assertThat(internal.direction()).isEqualTo("internal");
    assertThat(internal.hints().slackChannel()).isEqualTo("#deal-desk");
    assertThat(internal.text()).contains("Dana White: @John Smith the 12% discount");

    ImportedInteraction dm = ReaderWorkspace.get(sink, "D07JSMCHEN:2026-11-22");
    assertThat(dm.hints().slackChannel()).isNull();
    assertThat(dm.hints().emails()).contains("maria.chen@acmelogistics.com");
    assertThat(dm.direction()).isEqualTo("inbound");

    // Raj is a guest without an email: one of theirs, named from users.json.
    ImportedInteraction guest = ReaderWorkspace.get(sink, "C07BRPHEXT:2026-11-23");
    assertThat(guest.from()).isEqualTo("Raj Mehta");
    assertThat(guest.direction()).isEqualTo("inbound");
    assertThat(guest.text()).contains("https://brightpathhealth.org/specs/epic-hl7-v2.pdf");
  }

  @Test
  void aZipWithTheUserListAtTheEndImportsLikeTheFolder() throws Exception {
    Path zip = Zips.zip(HELIO_EXPORT, dir.resolve("export.zip"), List.of("users.json", "channels.json"));
    assertThat(importer.recognizes(zip)).isTrue();
    importer.read(HELIO_EXPORT, context());
    List<ImportedInteraction> fromFolder = List.copyOf(sink.interactions);
    sink.interactions.clear();

    importer.read(zip, context());

    assertThat(sink.interactions).containsExactlyInAnyOrderElementsOf(fromFolder);
  }

  @Test
  void aTruncatedZipImportsWhatCanBeReadAndSaysWhereItBroke() throws Exception {
    Path zip = Zips.zip(HELIO_EXPORT, dir.resolve("export.zip"), List.of());
    byte[] bytes = Files.readAllBytes(zip);
    String cutEntry = "ext-acme-logistics/2026-11-21.json";
    int cutAt = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(cutEntry) + cutEntry.length() + 60;
    Path cut = Zips.truncated(zip, dir.resolve("cut.zip"), cutAt);

    importer.read(cut, context());

    assertThat(sink.failed).anySatisfy(f -> {
      assertThat(f.item()).isEqualTo(cutEntry);
      assertThat(f.reason()).contains("cut.zip").contains("truncated or corrupt");
    });
    assertThat(sink.failed).anySatisfy(f -> assertThat(f.item()).isEqualTo("users.json"));
    // Everything before the cut is imported; the thread lacks only the reply filed in the lost day file, and
    // deal-desk, listed in the lost groups.json, is known by its folder name only.
    assertThat(sink.interactions).extracting(ImportedInteraction::sourceId).containsExactlyInAnyOrder(
        "D07JSMCHEN:2026-11-22", "deal-desk:2026-11-22", ACME_THREAD, "C07ACMEEXT:2026-11-20");
    assertThat(ReaderWorkspace.get(sink, ACME_THREAD).extra()).containsEntry("messages", 3);
  }

  @Test
  void aCorruptDayFileIsAFailedItemNamingTheFile() throws Exception {
    Path copy = dir.resolve("export");
    TestWorkspace.copyTree(HELIO_EXPORT, copy);
    Files.writeString(copy.resolve("ext-acme-logistics/2026-11-21.json"), "[{\"type\": \"message\", \"text\": \"x\"}",
        StandardCharsets.UTF_8);

    importer.read(copy, context());

    assertThat(sink.failed).singleElement().satisfies(f -> {
      assertThat(f.item()).isEqualTo("ext-acme-logistics/2026-11-21.json");
      assertThat(f.reason()).isEqualTo("not valid JSON: Unexpected end-of-input: expected close marker for Array "
          + "(start marker at line 1, column 1) (line 1, column 34)");
    });
    assertThat(ReaderWorkspace.get(sink, ACME_THREAD).extra()).containsEntry("messages", 3);
    assertThat(sink.interactions).hasSize(6);
  }

  @Test
  void aMissingUserListStillImportsWithNamesFromTheMessages() throws Exception {
    Path copy = dir.resolve("export");
    TestWorkspace.copyTree(HELIO_EXPORT, copy);
    Files.delete(copy.resolve("users.json"));

    importer.read(copy, context());

    assertThat(sink.failed).singleElement().satisfies(f -> assertThat(f.item()).isEqualTo("users.json"));
    // Our own people still have names and emails from team.yaml; Raj from his message's user_profile.
    assertThat(ReaderWorkspace.get(sink, "G07DEALDSK:2026-11-22").text()).contains("Dana White: @John Smith");
    assertThat(ReaderWorkspace.get(sink, "C07BRPHEXT:2026-11-23").from()).isEqualTo("Raj Mehta");
    assertThat(sink.interactions).hasSize(7);
  }

  @Test
  void recognizesExportsAndNothingElse() throws Exception {
    assertThat(importer.recognizes(HELIO_EXPORT)).isTrue();
    assertThat(importer.recognizes(REAL.resolve("testarchive.zip"))).isTrue();
    assertThat(importer.recognizes(REAL.resolve("slack_export.zip"))).isTrue();
    assertThat(importer.recognizes(HELIO_EXPORT.resolve("users.json"))).isFalse();
    Files.createDirectories(dir.resolve("empty"));
    assertThat(importer.recognizes(dir.resolve("empty"))).isFalse();
  }
}
