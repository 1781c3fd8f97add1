package com.salesworkspace.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The no-index baseline: ripgrep over the customer folders, as a person would search them. A phrase is one fixed
 * string; several words must all occur in a file, so the files of the first word are searched for the next.
 */
final class Ripgrep {
  /** What ripgrep found for one query: matching files, and the median wall time of the runs. */
  record Result(String query, String kind, long files, double medianMillis) {}

  private Ripgrep() {}

  /** The version line of rg on the PATH, or empty when there is none. */
  static Optional<String> version() {
    try {
      Process p = new ProcessBuilder("rg", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 ? out.lines().findFirst() : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  static Result run(Path root, BenchQuery query, int runs) {
    List<String> command = command(query);
    long[] nanos = new long[runs];
    long files = 0;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      files = countNulTerminated(command, root);
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    return new Result(query.searchText(), query.kind().label(), files, nanos[(runs - 1) / 2] / 1e6);
  }

  static String describe(BenchQuery query) {
    return String.join(" ", command(query));
  }

  private static List<String> command(BenchQuery query) {
    List<String> patterns = query.phrase() ? List.of(query.text()) : query.words();
    if (patterns.size() == 1) {
      return List.of("rg", "-l", "-0", "-i", "--fixed-strings", "-e", patterns.get(0), "customers/");
    }
    StringBuilder pipeline = new StringBuilder("rg -l -0 -i --fixed-strings -e \"$1\" customers/");
    for (int i = 2; i <= patterns.size(); i++) {
      pipeline.append(" | xargs -0 -r rg -l -0 -i --fixed-strings -e \"$").append(i).append('"');
    }
    List<String> command = new ArrayList<>(List.of("bash", "-c", pipeline.toString(), "bash"));
    command.addAll(patterns);
    return command;
  }

  private static long countNulTerminated(List<String> command, Path dir) {
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      long count = 0;
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = p.getInputStream()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          for (int i = 0; i < n; i++) {
            if (buffer[i] == 0) {
              count++;
            }
          }
        }
      }
      int exit = p.waitFor();
      // 1: no match; 123: xargs saying one of its rg runs had no match.
      if (exit != 0 && exit != 1 && exit != 123) {
        throw new IllegalStateException("ripgrep failed (exit " + exit + "): " + String.join(" ", command));
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run ripgrep: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
