package com.salesworkspace.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportersTest {
  @TempDir Path dir;

  private record ByExtension(String format, String extension) implements Importer {
    @Override
    public boolean recognizes(Path path) {
      return path.toString().endsWith(extension);
    }

    @Override
    public void read(Path path, ImportContext context) {}
  }

  private final List<Importer> importers = List.of(new ByExtension("gmail", ".mbox"), new ByExtension("slack", ".zip"));

  @Test
  void detectsTheFormatOrTakesTheOneNamed() throws Exception {
    Path zip = Files.writeString(dir.resolve("export.zip"), "x");
    assertThat(Importers.select(importers, zip, null).format()).isEqualTo("slack");
    assertThat(Importers.select(importers, zip, "GMAIL").format()).isEqualTo("gmail");
  }

  @Test
  void nothingRecognisingThePathListsTheFormats() throws Exception {
    Path csv = Files.writeString(dir.resolve("data.csv"), "x");
    assertThatThrownBy(() -> Importers.select(importers, csv, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("None of the formats (gmail, slack) recognises " + csv
            + "; if you know what it is, pass --format with one of them.");
    assertThatThrownBy(() -> Importers.select(importers, csv, "hubspot"))
        .hasMessage("--format 'hubspot' is not a format this version imports; use one of: gmail, slack.");
    assertThatThrownBy(() -> Importers.select(importers, dir.resolve("missing.mbox"), null))
        .hasMessageContaining("There is no file or folder");
  }
}
