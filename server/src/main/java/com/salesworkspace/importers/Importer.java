package com.salesworkspace.importers;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one export format (a file, zip or folder) and sends what it finds to the import's sink. */
public interface Importer {
  /** The name used by {@code import --format}, e.g. "gmail", "slack", "salesforce", "gong", "granola". */
  String format();

  /** Whether the path looks like this format; cheap: names, magic bytes, the first lines. */
  boolean recognizes(Path path) throws IOException;

  /**
   * Reads the export. Problems with single items go to {@link ImportSink#failed} and the import goes on; only a
   * path that cannot be read at all throws.
   */
  void read(Path path, ImportContext context) throws IOException;
}
