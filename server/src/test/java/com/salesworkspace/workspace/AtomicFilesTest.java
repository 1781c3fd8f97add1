package com.salesworkspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void newFilesAreReadableByOthersAndRewritesKeepTheTargetsPermissions() throws Exception {
    Path created = dir.resolve("new.md");
    AtomicFiles.write(created, "one");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rw-r--r--");

    Path shared = Files.writeString(dir.resolve("shared.md"), "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicFiles.write(shared, "new");
    assertThat(shared).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");

    try (AtomicBatch batch = new AtomicBatch(10)) {
      batch.write(dir.resolve("batched.md"), "two");
      batch.commit();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("batched.md"))))
        .isEqualTo("rw-r--r--");
  }
}
