package com.salesworkspace.importers;

import com.salesworkspace.importers.gmail.GmailImporter;
import com.salesworkspace.importers.salesforce.SalesforceImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Every export format the import command reads, in the order format detection tries them. */
public final class Importers {
  private Importers() {}

  public static List<Importer> all() {
    return List.of(new GmailImporter(), new SalesforceImporter());
  }

  public static List<String> formats() {
    return all().stream().map(Importer::format).toList();
  }

  /** The importer for --format, or the first that recognises the path; a clear error when none does. */
  public static Importer select(Path path, String format) {
    return select(all(), path, format);
  }

  static Importer select(List<Importer> importers, Path path, String format) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("There is no file or folder " + path + " to import.");
    }
    List<String> names = importers.stream().map(Importer::format).toList();
    if (format != null) {
      String wanted = format.strip().toLowerCase(Locale.ROOT);
      return importers.stream().filter(i -> i.format().equals(wanted)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("--format '" + format + "' is not a format this version "
              + "imports; use one of: " + String.join(", ", names) + "."));
    }
    for (Importer importer : importers) {
      try {
        if (importer.recognizes(path)) {
          return importer;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + path + " to tell its format: " + e.getMessage(), e);
      }
    }
    throw new IllegalArgumentException("None of the formats (" + String.join(", ", names) + ") recognises " + path
        + "; if you know what it is, pass --format with one of them.");
  }
}
