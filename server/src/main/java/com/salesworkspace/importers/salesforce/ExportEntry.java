package com.salesworkspace.importers.salesforce;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * One file of an export: a file in a folder or an entry of a zip.
 *
 * @param name the file's own name, e.g. Account.csv
 * @param location how reports name it, e.g. export.zip!Account.csv
 */
record ExportEntry(String name, String location, Opener opener) {
  interface Opener {
    InputStream open() throws IOException;
  }

  InputStream open() throws IOException {
    return opener.open();
  }

  String extension() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  String baseName() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
