package com.salesworkspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicBatchTest {
  @TempDir Path dir;

  private long hiddenTempFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".")).count();
    }
  }

  @Test
  void targetsChangeOnlyAtCommitAndPendingContentIsReadable() throws Exception {
    Path existing = Files.writeString(dir.resolve("a.md"), "old");
    AtomicBatch batch = new AtomicBatch(10);
    batch.write(existing, "new");
    batch.write(dir.resolve("b.md"), "first");
    batch.write(dir.resolve("b.md"), "second");

    assertThat(existing).hasContent("old");
    assertThat(dir.resolve("b.md")).doesNotExist();
    assertThat(batch.pendingContent(dir.resolve("b.md"))).isEqualTo("second");
    assertThat(hiddenTempFiles()).isEqualTo(2);

    batch.commit();
    assertThat(existing).hasContent("new");
    assertThat(dir.resolve("b.md")).hasContent("second");
    assertThat(batch.pendingContent(dir.resolve("b.md"))).isNull();
    assertThat(hiddenTempFiles()).isZero();
  }

  @Test
  void aFullBatchCommitsItselfAndDiscardLeavesTargetsAlone() throws Exception {
    AtomicBatch batch = new AtomicBatch(2);
    batch.write(dir.resolve("x.md"), "x");
    batch.write(dir.resolve("y.md"), "y");
    assertThat(dir.resolve("x.md")).hasContent("x");

    Path kept = Files.writeString(dir.resolve("z.md"), "keep");
    batch.write(kept, "lost");
    batch.discard();
    assertThat(kept).hasContent("keep");
    assertThat(hiddenTempFiles()).isZero();
  }
}
