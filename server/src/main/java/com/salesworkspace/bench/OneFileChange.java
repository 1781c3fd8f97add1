package com.salesworkspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Changes one interaction file the way an editor would: a new body sentence holding a word found nowhere else,
 * and a newer modification time; then puts the original bytes back, again with a newer time so the index sees it.
 */
final class OneFileChange {
  private final Path file;
  private final String relativePath;
  private final byte[] original;
  private final String probeWord;

  private OneFileChange(Path root, Path file, byte[] original, String probeWord) {
    this.file = file;
    this.relativePath = root.relativize(file).toString().replace('\\', '/');
    this.original = original;
    this.probeWord = probeWord;
  }

  /** The first interaction of the middle customer, with a probe word unique to this run. */
  static OneFileChange pick(Path root) {
    try {
      Path customer;
      try (Stream<Path> dirs = Files.list(root.resolve("customers"))) {
        java.util.List<Path> all = dirs.filter(d -> Files.isDirectory(d.resolve("interactions"))).sorted().toList();
        if (all.isEmpty()) {
          throw new IllegalStateException("the workspace has no customer with interactions");
        }
        customer = all.get(all.size() / 2);
      }
      Path file;
      try (Stream<Path> files = Files.list(customer.resolve("interactions"))) {
        file = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst()
            .orElseThrow(() -> new IllegalStateException("no interaction in " + customer));
      }
      Random random = new Random(System.nanoTime());
      StringBuilder word = new StringBuilder("benchprobe");
      for (int i = 0; i < 8; i++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      return new OneFileChange(root, file, Files.readAllBytes(file), word.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String relativePath() {
    return relativePath;
  }

  String probeWord() {
    return probeWord;
  }

  void apply() {
    String text = new String(original, StandardCharsets.UTF_8).stripTrailing();
    write((text + "\n\nUpdated after the call: the probe word is " + probeWord + ".\n")
        .getBytes(StandardCharsets.UTF_8));
  }

  void restore() {
    write(original);
  }

  private void write(byte[] content) {
    try {
      FileTime before = Files.getLastModifiedTime(file);
      Files.write(file, content);
      // File systems with coarse timestamps could leave the time unchanged; the index compares size and time.
      long later = Math.max(before.toMillis(), System.currentTimeMillis()) + 2_000;
      Files.setLastModifiedTime(file, FileTime.fromMillis(later));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }
}
