package com.salesworkspace.importers.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.importers.CollectingSink;
import com.salesworkspace.importers.ImportedInteraction;
import com.salesworkspace.importers.ReaderWorkspace;
import com.salesworkspace.importers.Zips;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackLargeExportTest {
  @TempDir Path dir;

  @Test
  void aLargeZippedExportYieldsEveryThreadAndDayWithNothingLost() throws Exception {
    Path export = dir.resolve("export");
    SlackExportGenerator.Expected expected = SlackExportGenerator.write(export, 40, 30, 12, 5);
    Path zip = Zips.zip(export, dir.resolve("large.zip"), List.of("users.json", "channels.json"));
    CollectingSink sink = new CollectingSink();

    new SlackImporter().read(zip, sink.context(ReaderWorkspace.create(dir.resolve("ws"))));

    assertThat(sink.failed).isEmpty();
    assertThat(sink.interactions).hasSize(expected.interactions());
    assertThat(sink.interactions.stream().filter(i -> i.extra().containsKey("thread_ts"))).hasSize(expected.threads());
    assertThat(ReaderWorkspace.skippedFor(sink, "bot message")).isEqualTo(expected.botMessages());
    assertThat(ReaderWorkspace.skippedFor(sink, "channel join")).isEqualTo(expected.joins());
    int imported = sink.interactions.stream().mapToInt(i -> (Integer) i.extra().get("messages")).sum();
    assertThat(imported).isEqualTo(expected.messages());
    // Every thread has its parent and all its replies, the last of which was filed on the next day.
    assertThat(sink.interactions.stream().filter(i -> i.extra().containsKey("thread_ts")))
        .allSatisfy(i -> assertThat(i.extra()).containsEntry("messages", 6));
    ImportedInteraction first = sink.interactions.stream().filter(i -> i.hints().slackChannel()
        .equals("#ext-customer-7")).findFirst().orElseThrow();
    assertThat(first.hints().emails()).contains("person7@customer7.com");
    assertThat(first.text()).contains("@Customer Person 7").contains("& docs (https://helio.io/docs/");
  }
}
