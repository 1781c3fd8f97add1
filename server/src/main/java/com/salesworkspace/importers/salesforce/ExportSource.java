package com.salesworkspace.importers.salesforce;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of an export, wherever they sit: a folder (with its zips: a large Data Export downloads as several
 * zips), one zip, or one file. Salesforce Data Export zips also hold attachments and documents; only CSV and JSON
 * files are listed.
 */
final class ExportSource implements Closeable {
  private final List<ExportEntry> entries = new ArrayList<>();
  private final List<ZipFile> zips = new ArrayList<>();

  private ExportSource() {}

  static ExportSource open(Path path) throws IOException {
    ExportSource source = new ExportSource();
    try {
      if (Files.isDirectory(path)) {
        source.addFolder(path);
      } else if (isZip(path)) {
        source.addZip(path, path.getFileName().toString());
      } else if (Files.isRegularFile(path)) {
        source.addFile(path, path.getFileName().toString());
      } else {
        throw new IOException(path + " does not exist");
      }
    } catch (IOException | RuntimeException e) {
      source.close();
      throw e;
    }
    return source;
  }

  List<ExportEntry> entries() {
    return List.copyOf(entries);
  }

  private void addFolder(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir, 2)) {
      files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
    }
    for (Path file : files) {
      String location = dir.relativize(file).toString().replace('\\', '/');
      if (isZip(file)) {
        addZip(file, location);
      } else {
        addFile(file, location);
      }
    }
  }

  private void addFile(Path file, String location) {
    if (isData(file.getFileName().toString())) {
      entries.add(new ExportEntry(file.getFileName().toString(), location, () -> Files.newInputStream(file)));
    }
  }

  private void addZip(Path file, String location) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new IOException(location + " is not a readable zip (" + e.getMessage() + "); download it again.", e);
    }
    zips.add(zip);
    List<ZipEntry> found = new ArrayList<>();
    for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
      ZipEntry entry = all.nextElement();
      if (!entry.isDirectory() && isData(entry.getName()) && !entry.getName().startsWith("__MACOSX/")) {
        found.add(entry);
      }
    }
    found.sort(Comparator.comparing(ZipEntry::getName));
    for (ZipEntry entry : found) {
      String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
      entries.add(new ExportEntry(name, location + "!" + entry.getName(), () -> zip.getInputStream(entry)));
    }
  }

  private static boolean isData(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv") || lower.endsWith(".json");
  }

  static boolean isZip(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (var in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (ZipFile zip : zips) {
      try {
        zip.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
