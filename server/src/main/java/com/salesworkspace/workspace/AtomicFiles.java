package com.salesworkspace.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes whole files atomically: a temp file in the same folder, forced to disk, then renamed over the target. */
public final class AtomicFiles {
  private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.-?[0-9]+\\.tmp");
  private AtomicFiles() {}

  public static void write(Path target, String content) {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] content) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = tempBeside(target);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(content));
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: a stray temp file is harmless and is skipped by the indexer
        }
      }
    }
  }

  /** Whether a file name is one of {@link #tempBeside}'s: ".&lt;target name&gt;.&lt;digits&gt;.tmp". */
  public static boolean isTempFile(Path file) {
    return TEMP_NAME.matcher(file.getFileName().toString()).matches();
  }

  /**
   * A hidden temp file in the target's folder, with the target's permissions, or rw-r--r-- for a new file: a temp
   * file is created private (rw-------), and renaming it would make every written file unreadable to others.
   */
  static Path tempBeside(Path target) throws IOException {
    Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".", ".tmp");
    if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
      Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temp, permissions);
    }
    return temp;
  }
}
