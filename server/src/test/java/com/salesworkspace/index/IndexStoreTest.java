package com.salesworkspace.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

class IndexStoreTest {
  @TempDir Path dir;

  @RepeatedTest(20)
  void processesOpeningANewIndexTogetherCreateTheSchemaOnceAndAllSucceed(RepetitionInfo repetition) throws Exception {
    Path db = dir.resolve("index-" + repetition.getCurrentRepetition() + ".db");
    int openers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(openers);
    try {
      List<Future<Integer>> versions = new ArrayList<>();
      for (int i = 0; i < openers; i++) {
        versions.add(pool.submit(() -> {
          start.await();
          IndexStore store = IndexStore.open(db);
          try {
            return store.schemaVersion();
          } finally {
            store.close();
          }
        }));
      }
      start.countDown();
      for (Future<Integer> version : versions) {
        assertThat(version.get()).as("an import and a server starting on a fresh workspace at once")
            .isEqualTo(Migrations.VERSIONS.size());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
