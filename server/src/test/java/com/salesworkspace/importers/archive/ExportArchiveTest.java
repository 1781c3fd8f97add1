package com.salesworkspace.importers.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportArchiveTest {
  @TempDir Path dir;

  @Test
  void anEntryTooLargeToParseIsRefusedAndTheRestIsRead() throws Exception {
    Path zip = dir.resolve("export.zip");
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("general/2026-11-10.json"));
      out.write(new byte[3 << 20]);
      out.closeEntry();
      out.putNextEntry(new ZipEntry("users.json"));
      out.write("[]".getBytes());
      out.closeEntry();
    }
    List<String> read = new ArrayList<>();

    ExportArchive.ReadResult result = ExportArchive.open(zip, 1 << 20).read(name -> true,
        (name, content) -> read.add(name));

    assertThat(read).containsExactly("users.json");
    assertThat(result.problems()).containsExactly(
        new ExportArchive.Problem("general/2026-11-10.json", "larger than 1 MB, not read"));
  }

  @Test
  void entryNamesWithoutTheUtf8FlagAreReadInTheZipDefaultCodePage() throws Exception {
    Path zip = dir.resolve("notes.zip");
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file, Charset.forName("IBM437"))) {
      out.putNextEntry(new ZipEntry("Réunion Acme.md"));
      out.write("# Réunion".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    ExportArchive archive = ExportArchive.open(zip);
    List<String> read = new ArrayList<>();

    assertThat(archive.names(10)).containsExactly("Réunion Acme.md");
    assertThat(archive.head(name -> name.endsWith(".md"), 3)).isEqualTo("# R".getBytes(StandardCharsets.UTF_8));
    assertThat(archive.read(name -> true, (name, content) -> read.add(name)).problems()).isEmpty();
    assertThat(read).containsExactly("Réunion Acme.md");
  }

  @Test
  void theLimitLeavesRoomInTheHeapToParseTheEntry() {
    assertThat(ExportArchive.entryLimit(768L << 20)).isEqualTo(96L << 20);
    assertThat(ExportArchive.entryLimit(16L << 30)).isEqualTo(512L << 20);
  }
}
