package com.salesworkspace.importers.granola;

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

class GranolaImporterTest {
  static final Path NOTES = TestWorkspace.projectRoot().resolve("server/src/test/resources/fixtures/granola/notes");

  @TempDir Path dir;
  private final CollectingSink sink = new CollectingSink();
  private final GranolaImporter importer = new GranolaImporter();

  private ImportContext context() {
    return sink.context(ReaderWorkspace.create(dir.resolve("ws")));
  }

  @Test
  void aNoteWithFrontMatterKeepsItsIdDateAttendeesAndNotes() throws Exception {
    importer.read(NOTES, context());

    ImportedInteraction note = ReaderWorkspace.get(sink, "9f3c2b1e-7a44-4d0e-b1c2-5e6f7a8b9c0d");
    assertThat(note.source()).isEqualTo("granola");
    assertThat(note.type()).isEqualTo("meeting");
    assertThat(note.subject()).isEqualTo("Acme Logistics - Security review");
    assertThat(note.date()).hasToString("2026-11-17T15:00-05:00");
    assertThat(note.participants()).containsExactly("John Smith", "Jason Wu", "Tom Okafor");
    assertThat(note.hints().emails()).containsExactlyInAnyOrder("john.smith@helio.io", "jason.wu@acmelogistics.com",
        "tom.okafor@acmelogistics.com");
    assertThat(note.direction()).isNull();
    assertThat(note.text()).startsWith("# Acme Logistics - Security review\n\n## Summary\nJason walked through")
        .contains("- Risk: EU backup region conflicts").endsWith("Me: Understood, we can pin backups to two US regions.");
    assertThat(note.extra()).containsEntry("duration_minutes", 45L)
        .containsEntry("url", "https://notes.granola.ai/d/9f3c2b1e-7a44-4d0e-b1c2-5e6f7a8b9c0d");
  }

  @Test
  void aNoteWithHeaderLinesIsReadTooAndItsIdIsAStableHash() throws Exception {
    importer.read(NOTES, context());
    ImportedInteraction kickoff = sink.withSubject("Implementation kickoff");
    assertThat(kickoff.date()).hasToString("2026-11-23T10:00-06:00");
    assertThat(kickoff.participants()).containsExactly("Sarah Lee", "Angela Torres", "Emily Foster", "Raj Mehta");
    assertThat(kickoff.hints().emails()).containsExactlyInAnyOrder("sarah.lee@helio.io", "angela.torres@brightpathhealth.org",
        "emily.foster@brightpathhealth.org");
    assertThat(kickoff.sourceId()).matches("sha-[0-9a-f]{16}");
    // The date line is in the front matter now; the attendees stay in the notes, as people write them.
    assertThat(kickoff.text()).doesNotContain("Date:").contains("Attendees: Sarah Lee").contains("### Open questions");

    ImportedInteraction qbr = sink.withSubject("QBR prep");
    assertThat(qbr.date()).hasToString("2026-11-18T15:30-06:00");
    assertThat(qbr.hints().emails()).containsExactlyInAnyOrder("laura.bennett@deltamfg.com");
    assertThat(qbr.participants()).containsExactly("Priya Patel", "John Smith", "laura.bennett@deltamfg.com");

    String firstId = kickoff.sourceId();
    sink.interactions.clear();
    importer.read(NOTES, context());
    assertThat(sink.withSubject("Implementation kickoff").sourceId()).isEqualTo(firstId);
  }

  @Test
  void aNoteWithoutADateIsAFailedItemSayingHowToFixIt() throws Exception {
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(notes.resolve("undated.md"), "# Acme sync\n\nAttendees: Maria Chen\n\n## Notes\n- Pricing\n",
        StandardCharsets.UTF_8);
    Files.writeString(notes.resolve("bad-date.md"), "# Acme sync\nDate: sometime next week\n\n- Pricing\n",
        StandardCharsets.UTF_8);
    Files.writeString(notes.resolve("bad-yaml.md"), "---\ntitle: [unclosed\n---\n# x\n", StandardCharsets.UTF_8);
    Files.writeString(notes.resolve("ok.md"), "---\ndate: 2026-11-02\n---\n# Acme sync\n- Pricing\n",
        StandardCharsets.UTF_8);

    importer.read(notes, context());

    assertThat(sink.failed).extracting(CollectingSink.Note::item).containsExactlyInAnyOrder("undated.md",
        "bad-date.md", "bad-yaml.md");
    assertThat(sink.failed).filteredOn(f -> f.item().equals("undated.md")).singleElement()
        .satisfies(f -> assertThat(f.reason()).startsWith("no meeting date").contains("'Date:' line"));
    assertThat(sink.failed).filteredOn(f -> f.item().equals("bad-date.md")).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("'sometime next week'"));
    assertThat(sink.interactions).singleElement().satisfies(i -> {
      assertThat(i.date()).hasToString("2026-11-02T00:00Z");
      assertThat(i.subject()).isEqualTo("Acme sync");
    });
  }

  @Test
  void readsASingleFileAndAZipAndRecognisesNotesOnly() throws Exception {
    importer.read(NOTES.resolve("delta-qbr-prep.md"), context());
    assertThat(sink.interactions).hasSize(1);
    sink.interactions.clear();
    Path zip = Zips.zip(NOTES, dir.resolve("granola.zip"), List.of());

    importer.read(zip, context());

    assertThat(sink.interactions).hasSize(3);
    assertThat(importer.recognizes(zip)).isTrue();
    assertThat(importer.recognizes(NOTES)).isTrue();
    assertThat(importer.recognizes(NOTES.resolve("BrightPath kickoff.md"))).isTrue();
    assertThat(importer.recognizes(TestWorkspace.projectRoot().resolve("docs"))).isFalse();
  }

  @Test
  void datesInTheFormsExportersWrite() {
    assertThat(MeetingDates.parse("March 17, 2026 at 1:00 PM EDT")).hasToString("2026-03-17T13:00-04:00");
    assertThat(MeetingDates.parse("Tue, Mar 17, 2026 1:00 PM")).hasToString("2026-03-17T13:00Z");
    assertThat(MeetingDates.parse("17 March 2026 13:05")).hasToString("2026-03-17T13:05Z");
    assertThat(MeetingDates.parse("2026-03-17 13:00 -04:00")).hasToString("2026-03-17T13:00-04:00");
    assertThat(MeetingDates.parse("2026-03-17T13:00:00+01:00")).hasToString("2026-03-17T13:00+01:00");
    assertThat(MeetingDates.parse("2026-03-17")).hasToString("2026-03-17T00:00Z");
    assertThat(MeetingDates.parse("soon")).isNull();
  }
}
