package com.salesworkspace.importers.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.importers.CollectingSink;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.importers.ReaderWorkspace;
import com.salesworkspace.model.Company;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real public samples (see SOURCES.md next to them): every one must be read without an error. */
class SlackRealSamplesTest {
  private static final Path REAL = SlackImporterTest.FIXTURES.resolve("real");

  @TempDir Path dir;
  private final CollectingSink sink = new CollectingSink();

  @Test
  void the2016ExportImportsItsPeopleMessagesAndFilesAndSkipsItsBots() throws Exception {
    new SlackImporter().read(REAL.resolve("slack-export/testarchive.zip"), sink.context(ReaderWorkspace.create(dir)));

    assertThat(sink.failed).isEmpty();
    // No threads in this export: one interaction per channel and day with something a person wrote.
    assertThat(sink.interactions).hasSize(10);
    assertThat(ReaderWorkspace.skippedFor(sink, "bot message")).isEqualTo(94);
    assertThat(ReaderWorkspace.skippedFor(sink, "channel join")).isEqualTo(8);
    assertThat(ReaderWorkspace.skippedFor(sink, "bot add")).isEqualTo(3);
    ImportedInteraction day = ReaderWorkspace.get(sink, "C0JGLMMNX:2016-01-14");
    // Slack files messages by the workspace's local day; the text shows UTC times.
    assertThat(day.text()).isEqualTo("""
        [2016-01-15 05:55] Hamza Faran: @Harry Potter: Created an issue for a setup.py so that it can be installed \
        to a standard place
        [2016-01-15 05:55] Hamza Faran: Need that done before it can be used in victoria""");
    ImportedInteraction files = ReaderWorkspace.get(sink, "C0JL6CGQ2:2016-03-26");
    assertThat(files.text()).contains("Hermione Granger: [file: 100_cities.js]");
    assertThat(ReaderWorkspace.get(sink, "C0JL6CGQ2:2016-03-25").text()).contains("(edited)");
    // File links carry access tokens in their URLs: only names are imported.
    assertThat(sink.interactions).noneMatch(i -> i.text().contains("xoxe") || i.text().contains("files-pri"));
    assertThat(sink.interactions).allMatch(i -> i.hints().slackChannel().startsWith("#"));
  }

  @Test
  void the2023ExportNamesPeopleFromTheProfileOnEachMessage() throws Exception {
    new SlackImporter().read(REAL.resolve("slack-export/slack_export.zip"), sink.context(ReaderWorkspace.create(dir)));

    assertThat(sink.failed).isEmpty();
    assertThat(sink.interactions).extracting(ImportedInteraction::sourceId).containsExactlyInAnyOrder(
        "C05019B47SB:2023-04-13", "C050FR57M8S:2023-04-13", "C0535BV3C6P:2023-04-13");
    ImportedInteraction general = ReaderWorkspace.get(sink, "C05019B47SB:2023-04-13");
    assertThat(general.text()).isEqualTo("""
        [2023-04-13 19:15] Example User: Hello, world!
        [2023-04-13 19:23] Example User: Example in general""");
    assertThat(general.hints().slackChannel()).isEqualTo("#general");
    assertThat(ReaderWorkspace.skippedFor(sink, "channel join")).isEqualTo(1);
  }

  @Test
  void everyMessageFieldOfTheApiSamplesIsAccepted() throws Exception {
    Path api = REAL.resolve("slack-api");
    SlackDirectory directory = new SlackDirectory(new Company("Helio", List.of("helio.io"), "USD", 1), List.of());
    JsonNode user = SlackDirectory.JSON.readTree(api.resolve("users.info.json").toFile()).path("user");
    directory.addUsers(SlackDirectory.JSON.writeValueAsBytes(List.of(user)));
    assertThat(directory.users()).singleElement().satisfies(u -> assertThat(u.id()).isEqualTo("U00000000"));

    List<JsonNode> messages = new ArrayList<>();
    SlackDirectory.JSON.readTree(api.resolve("conversations.history.json").toFile()).path("messages")
        .forEach(messages::add);
    SlackDirectory.JSON.readTree(api.resolve("conversations.replies.json").toFile()).path("messages")
        .forEach(messages::add);
    SlackDirectory.JSON.readTree(api.resolve("search.messages.json").toFile()).path("messages").path("matches")
        .forEach(messages::add);
    assertThat(messages).hasSizeGreaterThanOrEqualTo(3);

    List<String> skipped = new ArrayList<>();
    SlackChannel channel = new SlackChannel("C00000000", "sample", SlackChannel.Kind.CHANNEL);
    List<SlackMessage> parsed = new SlackDayFile(directory).parse(
        SlackDirectory.JSON.writeValueAsBytes(messages), channel, "1970-01-01", (item, reason) -> skipped.add(reason));

    // Masked values: every text and file name is empty, so each message is accounted for as empty, none lost.
    assertThat(parsed.size() + skipped.size()).isEqualTo(messages.size());
    assertThat(skipped).allMatch(r -> r.equals("empty message"));
  }

  @Test
  void theSamplesAreTheCommittedBytes() throws Exception {
    assertThat(Files.size(REAL.resolve("slack-export/testarchive.zip"))).isEqualTo(27993);
    assertThat(Files.size(REAL.resolve("slack-export/slack_export.zip"))).isEqualTo(3904);
  }
}
