package com.salesworkspace.index;

import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lists the indexable files of the customer folders with their size and modification time, from the directory
 * walk's own attributes (one stat per file, no reads). Symbolic links are not followed.
 */
public final class FileScanner {
  private static final Set<String> CUSTOMER_FILES = Set.of(CustomerFiles.PROFILE, CustomerFiles.CONTACTS,
      CustomerFiles.DEALS, CustomerFiles.NOTES, CustomerFiles.INSIGHTS);

  public record Stat(long size, long mtimeNanos) {}

  private FileScanner() {}

  /** Workspace-relative path (customers/slug/...) to size and mtime. */
  public static Map<String, Stat> scan(Path customersDir) {
    Map<String, Stat> found = new ConcurrentHashMap<>();
    if (!Files.isDirectory(customersDir)) {
      return found;
    }
    try (var dirs = Files.list(customersDir)) {
      dirs.filter(d -> Files.isDirectory(d, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .filter(d -> Slugs.isValid(d.getFileName().toString()))
          .toList()
          .parallelStream()
          .forEach(dir -> scanCustomer(dir, found));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + customersDir, e);
    }
    return found;
  }

  /** The indexable ones among these workspace-relative paths that exist now, with their size and mtime. */
  public static Map<String, Stat> stat(Path root, java.util.Collection<String> paths) {
    Map<String, Stat> found = new java.util.HashMap<>();
    for (String path : paths) {
      if (!isIndexable(path)) {
        continue;
      }
      try {
        BasicFileAttributes attrs = Files.readAttributes(root.resolve(path), BasicFileAttributes.class,
            java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (attrs.isRegularFile()) {
          found.put(path, new Stat(attrs.size(), attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
        }
      } catch (java.nio.file.NoSuchFileException gone) {
        // removed: the caller sees it missing
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + path, e);
      }
    }
    return found;
  }

  /** customers/slug/profile.yaml and friends, or customers/slug/interactions/x.md. */
  public static boolean isIndexable(String path) {
    String[] parts = path.split("/");
    if (parts.length < 3 || !parts[0].equals("customers") || !Slugs.isValid(parts[1])) {
      return false;
    }
    if (parts.length == 3) {
      return CUSTOMER_FILES.contains(parts[2]);
    }
    return parts.length == 4 && parts[2].equals(CustomerFiles.INTERACTIONS) && parts[3].endsWith(".md")
        && !parts[3].startsWith(".");
  }

  private static void scanCustomer(Path dir, Map<String, Stat> found) {
    String prefix = "customers/" + dir.getFileName() + "/";
    try {
      Files.walkFileTree(dir, Set.of(), 2, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!attrs.isRegularFile()) {
            return FileVisitResult.CONTINUE;
          }
          String path = prefix + dir.relativize(file).toString().replace('\\', '/');
          if (isIndexable(path)) {
            long mtime = attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            found.put(path, new Stat(attrs.size(), mtime));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not scan " + dir, e);
    }
  }
}
