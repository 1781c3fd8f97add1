package com.salesworkspace.importers.gong;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesworkspace.importers.CollectingSink;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.importers.ReaderWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GongLongCallTest {
  @TempDir Path dir;

  @Test
  void aTwoHourTranscriptImportsWholeWithEveryTurn() throws Exception {
    Path export = Files.createDirectories(dir.resolve("gong"));
    ObjectMapper json = new ObjectMapper();
    List<Map<String, Object>> parties = List.of(
        Map.of("id", "1", "speakerId", "s1", "name", "John Smith", "emailAddress", "john.smith@helio.io",
            "affiliation", "Internal", "userId", "u1"),
        Map.of("id", "2", "speakerId", "s2", "name", "Maria Chen", "emailAddress", "maria.chen@acmelogistics.com",
            "affiliation", "External"));
    Map<String, Object> call = Map.of("metaData", Map.of("id", "42", "title", "Acme - two-hour workshop",
        "started", "2026-11-12T09:00:00-05:00", "duration", 7200, "primaryUserId", "u1", "isPrivate", false),
        "parties", parties, "content", Map.of());
    json.writeValue(export.resolve("calls.json").toFile(), Map.of("requestId", "r", "calls", List.of(call)));

    // A sentence every 2.4 s for two hours; the speaker changes every 3 sentences, in monologues of 1 or 2.
    List<Map<String, Object>> monologues = new ArrayList<>();
    int sentences = 3000;
    for (int i = 0; i < sentences; i++) {
      String speaker = (i / 3) % 2 == 0 ? "s1" : "s2";
      long start = i * 2400L;
      monologues.add(Map.of("speakerId", speaker, "topic", "Workshop", "sentences", List.of(Map.of("start", start,
          "end", start + 2000, "text", "Sentence number " + i + " about the rollout plan and its risks."))));
    }
    json.writeValue(export.resolve("transcripts.json").toFile(), Map.of("requestId", "r", "callTranscripts",
        List.of(Map.of("callId", "42", "transcript", monologues))));
    CollectingSink sink = new CollectingSink();

    new GongImporter().read(export, sink.context(ReaderWorkspace.create(dir.resolve("ws"))));

    ImportedInteraction imported = ReaderWorkspace.get(sink, "42");
    String[] lines = imported.text().split("\n");
    assertThat(lines[0]).isEqualTo("## Transcript");
    assertThat(lines).hasSize(1 + sentences / 3);
    assertThat(lines[1]).isEqualTo("[00:00:00] John Smith: Sentence number 0 about the rollout plan and its risks."
        + " Sentence number 1 about the rollout plan and its risks. Sentence number 2 about the rollout plan and its"
        + " risks.");
    assertThat(lines[lines.length - 1]).startsWith("[01:59:52] Maria Chen: Sentence number 2997 ")
        .endsWith("Sentence number 2999 about the rollout plan and its risks.");
    assertThat(imported.extra()).containsEntry("duration_minutes", 120L);
  }
}
