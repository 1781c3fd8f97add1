package com.salesworkspace.bench;

import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.importers.ImportRun;
import com.salesworkspace.importers.Importer;
import com.salesworkspace.importers.gong.GongImporter;
import com.salesworkspace.importers.slack.SlackImporter;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.YamlSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports a generated Slack export and Gong responses into a copy of a workspace, twice each (the second run must
 * change nothing), and prints the time, the volume and the outcome counts. Usage:
 * {@code ExportImportBenchmark [channels days calls minutes [workspace]]}.
 */
public final class ExportImportBenchmark {
  private ExportImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int channels = args.length > 0 ? Integer.parseInt(args[0]) : 120;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 90;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int minutes = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    Path source = Path.of(args.length > 4 ? args[4] : ".").toAbsolutePath().normalize();
    Path dir = Files.createTempDirectory("export-import-bench");
    try {
      bench(source, dir, channels, days, calls, minutes);
    } finally {
      delete(dir);
    }
  }

  private static void bench(Path source, Path dir, int channels, int days, int calls, int minutes)
      throws IOException {
    Path ws = dir.resolve("workspace");
    for (String top : new String[] {"customers", "workspace-setup"}) {
      copyTree(source.resolve(top), ws.resolve(top));
    }
    Workspace workspace = Workspace.open(ws);
    List<SyntheticExports.Account> accounts = accounts(workspace);
    SyntheticExports exports = new SyntheticExports();
    System.out.printf("Workspace copy of %s with %d customers, in %s%n", source, accounts.size(), dir);

    SyntheticExports.Sizes slack = exports.slack(dir.resolve("slack.zip"), accounts, channels, days);
    System.out.printf("Slack export: %d channels x %d days, %,d messages, %.1f MB zip%n", channels, days,
        slack.messages(), slack.bytes() / 1e6);
    run(workspace, new SlackImporter(), dir.resolve("slack.zip"), slack.messages(), "messages");

    SyntheticExports.Sizes gong = exports.gong(dir.resolve("gong"), accounts, calls, minutes);
    System.out.printf("Gong export: %d calls of %d minutes, %,d sentences, %.1f MB JSON%n", calls, minutes,
        gong.sentences(), gong.bytes() / 1e6);
    run(workspace, new GongImporter(), dir.resolve("gong"), gong.sentences(), "sentences");
    System.out.println("Processors: " + Runtime.getRuntime().availableProcessors()
        + "; load average at the end: " + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage());
  }

  private static void run(Workspace workspace, Importer importer, Path path, long units, String unit) {
    for (String pass : new String[] {"first import", "second import"}) {
      ImportRun.Result result = ImportRun.run(workspace, importer, path, false, Progress.NONE, LocalDate.now());
      StringBuilder counts = new StringBuilder();
      for (Outcome o : Outcome.values()) {
        counts.append(' ').append(o.id()).append('=').append(result.report().count(o));
      }
      System.out.printf("  %s, %s: %.1f s, %,.0f %s/s;%s%n", importer.format(), pass, result.millis() / 1000.0,
          units * 1000.0 / Math.max(1, result.millis()), unit, counts);
    }
  }

  private static List<SyntheticExports.Account> accounts(Workspace workspace) throws IOException {
    List<SyntheticExports.Account> accounts = new ArrayList<>();
    for (String slug : workspace.customerSlugs()) {
      Path profile = workspace.customerDir(slug).resolve("profile.yaml");
      Map<String, Object> data = YamlSupport.requireMapping(YamlSupport.parse(Files.readString(profile),
          profile.toString()), profile.toString());
      if (data.get("slack_channels") instanceof List<?> ch && !ch.isEmpty()
          && data.get("domains") instanceof List<?> domains && !domains.isEmpty()) {
        accounts.add(new SyntheticExports.Account(ch.get(0).toString().replaceFirst("^#", ""),
            domains.get(0).toString()));
      }
    }
    return accounts;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
