package com.salesworkspace.importers.gong;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GongImporterTest {
  static final Path CALLS = TestWorkspace.projectRoot().resolve("server/src/test/resources/fixtures/gong/helio-calls");
  private static final String ACME_CALL = "7394015526218840999";

  @TempDir Path dir;
  private final CollectingSink sink = new CollectingSink();
  private final GongImporter importer = new GongImporter();

  private ImportContext context() {
    return sink.context(ReaderWorkspace.create(dir.resolve("ws")));
  }

  @Test
  void aCallBecomesAnInteractionWithBriefActionItemsAndASpeakerLabelledTranscript() throws Exception {
    importer.read(CALLS, context());

    ImportedInteraction call = ReaderWorkspace.get(sink, ACME_CALL);
    assertThat(call.source()).isEqualTo("gong");
    assertThat(call.type()).isEqualTo("call");
    assertThat(call.subject()).isEqualTo("Acme Logistics / Helio - Pricing review");
    assertThat(call.date()).hasToString("2026-11-19T11:02:14-05:00");
    assertThat(call.from()).isEqualTo("John Smith <john.smith@helio.io>");
    assertThat(call.participants()).containsExactly("John Smith", "Priya Patel", "Maria Chen", "Robert Kim",
        "Zoom Dial-in");
    assertThat(call.text()).startsWith("""
        ## Summary
        Robert Kim (CFO) joined for the first time.""");
    assertThat(call.text()).contains("""
        Key points:
        - Phase one capped under $200k
        - Stackline quoted 15% lower

        ## Action items
        - [00:38:10] John Smith: I'll send the revised quote with the 12% multi-year discount by Friday.
        - [00:39:10] Robert Kim: I'll take it to the board if phase one goes over two hundred thousand.

        ## Transcript
        [00:00:12] John Smith: Thanks for joining, Maria, Robert. Priya is here from our success team.
        [00:00:21] Maria Chen: Thanks John. Robert wanted to hear the numbers directly.
        [00:00:30] Robert Kim: I have read the proposal. The three regions make sense, but the first phase has to \
        stay under two hundred thousand. Above that it goes to the board and we lose a quarter.
        [00:00:52] John Smith: Understood.""");
    assertThat(call.text()).endsWith(
        "[00:39:10] Robert Kim: I'll take it to the board if phase one goes over two hundred thousand.");
  }

  @Test
  void hintsAreTheExternalPartiesAndTheSalesforceAccount() throws Exception {
    importer.read(CALLS, context());

    ImportedInteraction call = ReaderWorkspace.get(sink, ACME_CALL);
    assertThat(call.hints().emails()).containsExactlyInAnyOrder("maria.chen@acmelogistics.com",
        "robert.kim@acmelogistics.com");
    assertThat(call.hints().crmAccountId()).isEqualTo("0015g00000AcmeAAA");
    assertThat(call.direction()).isNull();
    assertThat(call.extra()).containsEntry("url", "https://us-41234.app.gong.io/call?id=7394015526218840999")
        .containsEntry("duration_minutes", 42L).containsEntry("topics", List.of("Pricing", "Next Steps"))
        .containsEntry("trackers", Map.of("Competitors", 2, "Pricing", 5))
        .containsEntry("crm_opportunity_ids", List.of("0065g00000AcmeOP1"));

    // The account can also come from a party's CRM context only; Gong's own direction is kept for phone calls.
    ImportedInteraction delta = ReaderWorkspace.get(sink, "7512399001234567001");
    assertThat(delta.hints().crmAccountId()).isEqualTo("0015g00000DltMfAAJ");
    assertThat(delta.direction()).isEqualTo("outbound");
    assertThat(delta.text()).isEqualTo("""
        ## Transcript
        [00:00:05] Priya Patel: How are the plant supervisors finding the new dashboards?
        [00:00:09] Laura Bennett: Milwaukee uses them daily. Juarez still exports to Excel, which worries me before \
        the renewal.""");
  }

  @Test
  void aCallWithoutTranscriptKeepsItsMetadataAndBrief() throws Exception {
    importer.read(CALLS, context());

    ImportedInteraction call = ReaderWorkspace.get(sink, "8120443398017654321");
    assertThat(call.text()).isEqualTo("""
        ## Summary
        Angela walked through BrightPath's HIPAA checklist. Open items: the signed BAA and the pen test summary. \
        Sarah to send both this week.""");
    assertThat(call.extra()).containsEntry("transcript", "none in export");
    assertThat(call.hints().emails()).containsExactly("angela.torres@brightpathhealth.org");
  }

  @Test
  void privateCallsAreSkippedWithThatReasonAndTheirTranscriptsIgnored() throws Exception {
    importer.read(CALLS, context());

    assertThat(sink.interactions).extracting(ImportedInteraction::sourceId)
        .containsExactlyInAnyOrder(ACME_CALL, "8120443398017654321", "7512399001234567001");
    assertThat(sink.skipped).singleElement().satisfies(s -> {
      assertThat(s.reason()).isEqualTo("private call");
      assertThat(s.item()).contains("9001122334455667788");
    });
    assertThat(sink.failed).isEmpty();
  }

  @Test
  void aTranscriptOfAnUnknownCallAndACorruptPageAreFailedItemsAndTheRestImports() throws Exception {
    Path copy = dir.resolve("export");
    TestWorkspace.copyTree(CALLS, copy);
    Files.writeString(copy.resolve("calls-transcript-page-2.json"), """
        {"requestId": "x", "records": {"totalRecords": 1}, "callTranscripts": [
          {"callId": "5550000000000000001", "transcript": [{"speakerId": "1", "sentences": [{"start": 0, "end": 1,
          "text": "Hello"}]}]}]}
        """, StandardCharsets.UTF_8);
    Files.writeString(copy.resolve("calls-extensive-page-3.json"), "{\"calls\": [\n",
        StandardCharsets.UTF_8);

    importer.read(copy, context());

    assertThat(sink.failed).hasSize(2);
    assertThat(sink.failed).anySatisfy(f -> {
      assertThat(f.item()).isEqualTo("calls-extensive-page-3.json");
      assertThat(f.reason()).isEqualTo("not valid JSON: Unexpected end-of-input: expected close marker for Array "
          + "(start marker at line 1, column 11) (line 2, column 1)");
    });
    assertThat(sink.failed).anySatisfy(f -> {
      assertThat(f.item()).contains("5550000000000000001").contains("calls-transcript-page-2.json");
      assertThat(f.reason()).contains("no calls/extensive record");
    });
    assertThat(sink.interactions).hasSize(3);
  }

  @Test
  void aZipOfTheResponsesImportsLikeTheFolderAndIsRecognised() throws Exception {
    Path zip = Zips.zip(CALLS, dir.resolve("gong.zip"), List.of("calls-extensive-page-1.json"));
    importer.read(CALLS, context());
    List<ImportedInteraction> fromFolder = List.copyOf(sink.interactions);
    sink.interactions.clear();

    importer.read(zip, context());

    assertThat(sink.interactions).containsExactlyInAnyOrderElementsOf(fromFolder);
    assertThat(importer.recognizes(zip)).isTrue();
    assertThat(importer.recognizes(CALLS)).isTrue();
    assertThat(importer.recognizes(CALLS.resolve("calls-transcript-page-1.json"))).isTrue();
    assertThat(importer.recognizes(TestWorkspace.projectRoot().resolve(
        "server/src/test/resources/fixtures/slack/helio-export"))).isFalse();
  }

  @Test
  void aSingleResponseFileImportsItsCalls() throws Exception {
    importer.read(CALLS.resolve("calls-extensive-page-2.json"), context());

    assertThat(sink.interactions).extracting(ImportedInteraction::sourceId).containsExactly("7512399001234567001");
    assertThat(ReaderWorkspace.get(sink, "7512399001234567001").extra()).containsEntry("transcript",
        "none in export");
  }
}
