package com.salesworkspace.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.index.Index;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggerWatcherTest {
  @TempDir Path dir;

  @Test
  void aChangeToTheWorkspaceRunsTheRulesAndAFailedRunDoesNotStopTheWatcher() throws Exception {
    Workspace workspace = Workspace.open(TestWorkspace.copyDemo(dir));
    BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    Clock clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    try (Index index = Index.open(workspace);
        TriggerWatcher watcher = new TriggerWatcher(workspace, index, clock, Map.of(), Duration.ofHours(1), false,
            new TriggerWatcher.Listener() {
              @Override
              public void onRun(String why, TriggerRun run) {
                events.add(run);
              }

              @Override
              public void onError(String why, Exception error) {
                events.add(error);
              }
            })) {
      Thread thread = new Thread(watcher::run, "trigger-watcher");
      thread.start();
      assertThat(((TriggerRun) next(events)).alerts()).hasSize(6);

      // A broken actions config makes a whole run fail: reported, and the watcher keeps watching.
      Path config = dir.resolve("workspace-setup/integrations/trigger-actions.yaml");
      Files.writeString(config, "slack: [not, a, mapping]\n");
      Files.writeString(dir.resolve("customers/fjord-media/interactions/2026-11-19-gmail-f00d01.md"), """
          ---
          id: 2026-11-19-gmail-f00d01
          type: email
          date: 2026-11-19T09:00:00+01:00
          source: gmail
          subject: "Next year"
          from: Ingrid Solberg <ingrid.solberg@fjordmedia.no>
          direction: inbound
          ---
          Good news: budget approved for next year, let's talk.
          """);
      Object failed = awaitFirst(events, e -> e instanceof Exception);
      assertThat(((Exception) failed).getMessage()).contains("trigger-actions.yaml:1", "must be a mapping");

      Files.delete(config);
      TriggerRun fixed = (TriggerRun) awaitFirst(events, e -> e instanceof TriggerRun r && !r.alerts().isEmpty());
      assertThat(fixed.alerts()).extracting(a -> a.rule() + " " + a.customer())
          .containsExactly("buying_signals fjord-media");
      watcher.close();
      thread.join(10_000);
      assertThat(thread.isAlive()).isFalse();
    }
  }

  private static Object next(BlockingQueue<Object> events) throws InterruptedException {
    Object e = events.poll(30, TimeUnit.SECONDS);
    assertThat(e).as("the watcher reported nothing within 30 s").isNotNull();
    return e;
  }

  private static Object awaitFirst(BlockingQueue<Object> events, java.util.function.Predicate<Object> wanted)
      throws InterruptedException {
    while (true) {
      Object e = next(events);
      if (wanted.test(e)) {
        return e;
      }
    }
  }
}
