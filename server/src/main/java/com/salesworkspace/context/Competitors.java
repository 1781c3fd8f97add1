package com.salesworkspace.context;

import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FrontMatter;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The competitor names a context looks for: every battlecard's {@code competitor:} and {@code aliases:}
 * (sales-toolkit/battlecards/*.md), and the competitors named in the customer's profile and deals.
 */
public final class Competitors {
  public static final String BATTLECARDS = "sales-toolkit/battlecards";

  private Competitors() {}

  /** Name or alias, as written, to the canonical competitor name. */
  public static Map<String, String> names(Workspace workspace, CustomerProfile profile, List<Deal> deals) {
    Map<String, String> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Path dir;
    try {
      dir = workspace.guard().resolve(BATTLECARDS);
    } catch (WorkspaceException e) {
      dir = null; // a link out of the workspace: not ours to read
    }
    if (dir != null && Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
          readBattlecard(workspace, file, names);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not list " + dir, e);
      }
    }
    if (profile != null) {
      profile.competitors().forEach(c -> names.putIfAbsent(c, c));
    }
    for (Deal d : deals) {
      d.competitors().forEach(c -> names.putIfAbsent(c, c));
    }
    names.keySet().removeIf(k -> k == null || k.isBlank());
    return names;
  }

  private static void readBattlecard(Workspace workspace, Path file, Map<String, String> names) {
    String path = workspace.guard().relativize(file);
    try {
      String text = CustomerFiles.readText(file, path);
      if (!text.startsWith("---")) {
        return;
      }
      Map<String, Object> fields = FrontMatter.parse(text, path).fields();
      Object competitor = fields.get("competitor");
      if (competitor == null || competitor.toString().isBlank()) {
        return;
      }
      String canonical = competitor.toString().strip();
      names.put(canonical, canonical);
      if (fields.get("aliases") instanceof List<?> aliases) {
        for (Object alias : aliases) {
          if (alias != null && !alias.toString().isBlank()) {
            names.putIfAbsent(alias.toString().strip(), canonical);
          }
        }
      }
    } catch (InvalidFileException | UncheckedIOException e) {
      // A broken battlecard is doctor's business; the context works with the names it could read.
    }
  }
}
