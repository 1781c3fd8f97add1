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

  private static void scanCustomer(Path dir, Map<String, Stat> found) {
    String prefix = "customers/" + dir.getFileName() + "/";
    try {
      Files.walkFileTree(dir, Set.of(), 2, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!attrs.isRegularFile()) {
            return FileVisitResult.CONTINUE;
          }
          Path rel = dir.relativize(file);
          String name = file.getFileName().toString();
          boolean indexable = rel.getNameCount() == 1
              ? CUSTOMER_FILES.contains(name)
              : rel.getName(0).toString().equals(CustomerFiles.INTERACTIONS) && name.endsWith(".md")
                  && !name.startsWith(".");
          if (indexable) {
            long mtime = attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            found.put(prefix + rel.toString().replace('\\', '/'), new Stat(attrs.size(), mtime));
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
