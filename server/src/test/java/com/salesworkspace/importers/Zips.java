package com.salesworkspace.importers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zips of test exports, with the entry order under the test's control. */
public final class Zips {
  private Zips() {}

  /** Zips a folder; entries sorted by path, except that the ones {@code last} selects come at the end. */
  public static Path zip(Path folder, Path zip, List<String> last) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted(Comparator
          .comparing((Path p) -> last.contains(folder.relativize(p).toString().replace('\\', '/')))
          .thenComparing(Comparator.naturalOrder())).toList();
    }
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      for (Path f : files) {
        out.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    return zip;
  }

  /** A copy of the zip cut to this many bytes, like an interrupted download. */
  public static Path truncated(Path zip, Path copy, long bytes) throws IOException {
    byte[] all = Files.readAllBytes(zip);
    Files.write(copy, java.util.Arrays.copyOf(all, (int) Math.min(bytes, all.length)));
    return copy;
  }
}
