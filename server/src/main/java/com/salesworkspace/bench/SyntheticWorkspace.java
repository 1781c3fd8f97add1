package com.salesworkspace.bench;

import com.salesworkspace.util.Json;
import com.salesworkspace.util.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;

/**
 * A synthetic workspace of N customers x M interactions, deterministic for a given seed. A marker file written
 * last records what was generated, so a later run with the same sizes reuses the folder instead of writing half
 * a million files again.
 */
public final class SyntheticWorkspace {
  public static final long SEED = 20_261_103L;
  /** Bump when the generated content changes, so that old folders are regenerated rather than reused. */
  private static final int FORMAT_VERSION = 2;
  private static final String MARKER = ".synthetic-workspace.json";

  /** The marker's content: the sizes, and how many interactions match each planted benchmark query. */
  public record Description(int formatVersion, long seed, int customers, int interactionsPerCustomer, long files,
      long bytes, Map<String, Long> expectedDocs) {}

  /** A ready workspace and whether this run generated it. */
  public record Prepared(Path root, Description description, boolean reused, long generateMillis) {}

  private SyntheticWorkspace() {}

  /** Reuses the workspace in {@code dir} if it was generated with these sizes, else generates it there. */
  public static Prepared prepare(Path dir, int customers, int interactions, Progress progress) {
    Path root = dir.toAbsolutePath().normalize();
    Description existing = readMarker(root);
    if (existing != null && existing.formatVersion() == FORMAT_VERSION && existing.seed() == SEED
        && existing.customers() == customers && existing.interactionsPerCustomer() == interactions) {
      return new Prepared(root, existing, true, 0);
    }
    if (existing != null) {
      deleteRecursively(root); // ours, with other sizes
    } else if (Files.isDirectory(root) && !isEmpty(root)) {
      throw new IllegalArgumentException(root + " is not empty and holds no synthetic workspace marker ("
          + MARKER + "); pass a new or empty folder with --dir.");
    }
    long started = System.nanoTime();
    Description generated = generate(root, customers, interactions, progress);
    return new Prepared(root, generated, false, (System.nanoTime() - started) / 1_000_000);
  }

  private static Description generate(Path root, int customers, int interactions, Progress progress) {
    try {
      Files.createDirectories(root.resolve("customers"));
      // An unfinished marker first: a run that is killed half-way leaves a folder the next run knows is ours.
      writeMarker(root, new Description(-1, SEED, customers, interactions, 0, 0, Map.of()));
      writeWorkspaceFiles(root);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create " + root, e);
    }
    FillerWords filler = new FillerWords();
    List<Map<Integer, List<PlantedTerm>>> rare = placeFixedCountTerms(customers, interactions);
    AtomicLong files = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLongArray expected = new AtomicLongArray(BenchQueries.ALL.size());
    AtomicInteger done = new AtomicInteger();
    progress.start("generating " + customers + " customers x " + interactions + " interactions", customers);
    // Twice the cores: the work is half file-system calls, which block.
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < customers; c++) {
        int index = c;
        futures.add(pool.submit(() -> {
          SyntheticCustomer.Written w = new SyntheticCustomer(index, SEED, filler)
              .write(root.resolve("customers"), interactions, rare.get(index));
          files.addAndGet(w.files());
          bytes.addAndGet(w.bytes());
          for (int q = 0; q < w.expectedDocs().length; q++) {
            expected.addAndGet(q, w.expectedDocs()[q]);
          }
          progress.advance(done.incrementAndGet());
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Generating the synthetic workspace failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    Map<String, Long> expectedDocs = new LinkedHashMap<>();
    for (int q = 0; q < BenchQueries.ALL.size(); q++) {
      if (BenchQueries.ALL.get(q).planted()) {
        expectedDocs.put(BenchQueries.ALL.get(q).searchText(), expected.get(q));
      }
    }
    Description description = new Description(FORMAT_VERSION, SEED, customers, interactions, files.get(),
        bytes.get(), expectedDocs);
    progress.finish(String.format("generated %,d files (%,d MB) in %s", files.get(), bytes.get() >> 20, root));
    writeMarker(root, description);
    return description;
  }

  /** Picks which interactions (customer, number) hold each fixed-count term, from the seed alone. */
  private static List<Map<Integer, List<PlantedTerm>>> placeFixedCountTerms(int customers, int interactions) {
    List<Map<Integer, List<PlantedTerm>>> byCustomer = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      byCustomer.add(new HashMap<>());
    }
    Random random = new Random(SEED);
    long total = (long) customers * interactions;
    for (PlantedTerm term : PlantedTerms.ALL) {
      if (!term.fixedCount()) {
        continue;
      }
      java.util.Set<Long> chosen = new java.util.HashSet<>();
      while (chosen.size() < Math.min(term.exactDocs(), total)) {
        chosen.add(Math.floorMod(random.nextLong(), total));
      }
      for (long ordinal : chosen) {
        byCustomer.get((int) (ordinal / interactions))
            .computeIfAbsent((int) (ordinal % interactions), k -> new ArrayList<>()).add(term);
      }
    }
    return byCustomer;
  }

  private static void writeWorkspaceFiles(Path root) throws IOException {
    Files.createDirectories(root.resolve("workspace-setup"));
    Files.writeString(root.resolve("workspace-setup/company.yaml"), """
        # Synthetic workspace for the search benchmark.
        name: Helio Systems
        domains: [helio.io]
        currency: USD
        fiscal_year_start_month: 1
        """);
    Files.createDirectories(root.resolve("customers/workflows"));
    StringBuilder workflow = new StringBuilder("name: Lead to close\nstages:\n");
    String[][] stages = {
        {"lead", "Lead", "5"}, {"qualification", "Qualification", "10"}, {"discovery", "Discovery", "20"},
        {"technical_validation", "Technical Validation", "40"}, {"business_case", "Business Case", "60"},
        {"negotiation", "Negotiation", "80"}, {"closed_won", "Closed Won", "100"}, {"closed_lost", "Closed Lost", "0"}};
    for (String[] s : stages) {
      workflow.append("  - id: ").append(s[0]).append("\n    name: ").append(s[1])
          .append("\n    probability: ").append(s[2]).append('\n');
      if (s[0].startsWith("closed")) {
        workflow.append("    closed: true\n    won: ").append(s[0].equals("closed_won")).append('\n');
      } else {
        workflow.append("    typical_days: 30\n    exit_criteria:\n      - The next stage is agreed with the champion.\n");
      }
    }
    Files.writeString(root.resolve("customers/workflows/lead-to-close.yaml"), workflow);
  }

  private static Description readMarker(Path root) {
    Path marker = root.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return null;
    }
    try {
      return Json.MAPPER.readValue(marker.toFile(), Description.class);
    } catch (IOException e) {
      return new Description(-1, 0, 0, 0, 0, 0, Map.of()); // unreadable: ours, but to be regenerated
    }
  }

  private static void writeMarker(Path root, Description description) {
    try {
      Files.writeString(root.resolve(MARKER), Json.pretty(description) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the marker in " + root, e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + dir, e);
    }
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + dir, e);
    }
  }
}
