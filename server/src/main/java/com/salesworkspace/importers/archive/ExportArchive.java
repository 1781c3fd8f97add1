package com.salesworkspace.importers.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of an export, whether it is a zip, an unzipped folder or a single file. A zip is streamed through its
 * local entries rather than opened by its central directory (which sits at the end), so a truncated download
 * still yields every entry before the cut; the cut itself is reported, not thrown.
 */
public final class ExportArchive {
  /** An entry larger than this is refused: no export file needs it, and it guards against zip bombs. */
  static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
  /** An entry is read whole and then parsed (a JSON tree takes several times its size), so it gets this share. */
  private static final int HEAP_SHARE = 8;

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final Charset LEGACY_NAMES = Charset.forName("IBM437");

  private final Path path;
  private final boolean zip;
  private final long maxEntryBytes;

  private ExportArchive(Path path, boolean zip, long maxEntryBytes) {
    this.path = path;
    this.zip = zip;
    this.maxEntryBytes = maxEntryBytes;
  }

  public static ExportArchive open(Path path) throws IOException {
    return open(path, entryLimit(Runtime.getRuntime().maxMemory()));
  }

  static ExportArchive open(Path path, long maxEntryBytes) throws IOException {
    if (!Files.exists(path)) {
      throw new IOException(path + " does not exist.");
    }
    return new ExportArchive(path, !Files.isDirectory(path) && isZip(path), maxEntryBytes);
  }

  /** The largest entry read with this much heap: a zip bomb must not end the import with an OutOfMemoryError. */
  static long entryLimit(long maxHeapBytes) {
    return Math.min(MAX_ENTRY_BYTES, maxHeapBytes / HEAP_SHARE);
  }

  public static boolean isZip(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return java.util.Arrays.equals(head, ZIP_MAGIC);
    }
  }

  public Path path() {
    return path;
  }

  public boolean isZip() {
    return zip;
  }

  /** Receives one entry: its name ('/'-separated, relative to the export root) and its bytes. */
  @FunctionalInterface
  public interface EntryHandler {
    void entry(String name, byte[] content);
  }

  /** An entry that could not be read, or the place where a zip broke off. */
  public record Problem(String item, String reason) {}

  /**
   * How a read ended.
   *
   * @param entries the entries handed over
   * @param problems entries that could not be read, and where a zip broke off
   */
  public record ReadResult(int entries, List<Problem> problems) {}

  /** The names of the entries, in archive order; for a zip, as far as it can be read. Cheap: no content kept. */
  public List<String> names(int max) throws IOException {
    List<String> names = new ArrayList<>();
    if (!zip) {
      for (Path file : files()) {
        if (names.size() >= max) {
          break;
        }
        names.add(relative(file));
      }
      return names;
    }
    try (ZipInputStream in = zipStream()) {
      ZipEntry entry;
      while (names.size() < max && (entry = in.getNextEntry()) != null) {
        if (!entry.isDirectory()) {
          names.add(entry.getName());
        }
      }
    } catch (IOException e) {
      // A cheap look stops at a broken zip; read() reports the break.
    }
    return names;
  }

  /**
   * Whether one of the first few entries the name filter selects starts the way {@code looksRight} wants (its
   * first {@code bytes}, as UTF-8): how a format recognises an export without reading it.
   */
  public boolean anyStartsLike(Predicate<String> wanted, int bytes, Predicate<String> looksRight) throws IOException {
    int looked = 0;
    for (String name : names(200)) {
      if (!wanted.test(name)) {
        continue;
      }
      if (looksRight.test(new String(head(name::equals, bytes), StandardCharsets.UTF_8))) {
        return true;
      }
      if (++looked >= 5) {
        return false;
      }
    }
    return false;
  }

  /** The first bytes of the entries the filter selects, for recognising a format. */
  public byte[] head(Predicate<String> wanted, int bytes) throws IOException {
    if (!zip) {
      for (Path file : files()) {
        if (wanted.test(relative(file))) {
          try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
          }
        }
      }
      return new byte[0];
    }
    try (ZipInputStream in = zipStream()) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (!entry.isDirectory() && wanted.test(entry.getName())) {
          return in.readNBytes(bytes);
        }
      }
    } catch (IOException e) {
      // Unreadable: nothing to recognise.
    }
    return new byte[0];
  }

  /** Hands every entry the filter selects to the handler, in archive order (folders: sorted by path). */
  public ReadResult read(Predicate<String> wanted, EntryHandler handler) throws IOException {
    return zip ? readZip(wanted, handler) : readFiles(wanted, handler);
  }

  private ReadResult readFiles(Predicate<String> wanted, EntryHandler handler) throws IOException {
    int count = 0;
    List<Problem> problems = new ArrayList<>();
    for (Path file : files()) {
      String name = relative(file);
      if (!wanted.test(name)) {
        continue;
      }
      byte[] content;
      try {
        if (Files.size(file) > maxEntryBytes) {
          problems.add(new Problem(name, tooLarge()));
          continue;
        }
        content = Files.readAllBytes(file);
      } catch (IOException e) {
        problems.add(new Problem(name, "could not be read (" + describe(e) + ")"));
        continue;
      }
      count++;
      handler.entry(name, content);
    }
    return new ReadResult(count, problems);
  }

  private ReadResult readZip(Predicate<String> wanted, EntryHandler handler) throws IOException {
    int count = 0;
    List<Problem> problems = new ArrayList<>();
    String current = null;
    String last = null;
    try (ZipInputStream in = zipStream()) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        current = entry.getName();
        if (entry.isDirectory() || !wanted.test(current)) {
          last = current;
          current = null;
          continue;
        }
        byte[] content = entry.getSize() > maxEntryBytes ? null : readEntry(in);
        if (content == null) {
          problems.add(new Problem(current, tooLarge()));
        } else {
          count++;
          handler.entry(current, content);
        }
        last = current;
        current = null;
      }
    } catch (IOException e) {
      problems.add(current != null
          ? new Problem(current, "could not be read: the zip " + path.getFileName() + " is truncated or corrupt"
              + " here (" + describe(e) + "); the entries before it were read, none after it")
          : new Problem(path.getFileName().toString(), "the zip is truncated or corrupt after "
              + (last == null ? "its start" : "'" + last + "'") + " (" + describe(e)
              + "); the entries before it were read, none after it"));
    }
    return new ReadResult(count, problems);
  }

  private byte[] readEntry(ZipInputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > maxEntryBytes) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * The zip's local entries. Names flagged UTF-8 are read as UTF-8; the others in the zip format's default code
   * page, IBM437, which is what Windows' "Compressed folder" writes: read as UTF-8, "Réunion.md" would end the whole
   * import with a MalformedInputException.
   */
  private ZipInputStream zipStream() throws IOException {
    return new ZipInputStream(new BufferedInputStream(Files.newInputStream(path)), LEGACY_NAMES);
  }

  private String tooLarge() {
    return "larger than " + maxEntryBytes / (1024 * 1024) + " MB, not read";
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private List<Path> files() throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).filter(p -> !isHidden(path.relativize(p))).sorted().toList();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      String s = part.toString();
      if (s.startsWith(".") || s.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }

  private String relative(Path file) {
    if (!Files.isDirectory(path)) {
      return file.getFileName().toString();
    }
    return path.relativize(file).toString().replace('\\', '/');
  }

  /** The lower-cased file name of an entry, without its folders. */
  public static String baseName(String entryName) {
    int slash = entryName.lastIndexOf('/');
    return (slash < 0 ? entryName : entryName.substring(slash + 1)).toLowerCase(Locale.ROOT);
  }
}
