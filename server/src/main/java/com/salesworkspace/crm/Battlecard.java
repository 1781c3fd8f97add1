package com.salesworkspace.crm;

import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FrontMatter;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One battlecard of sales-toolkit/battlecards: the competitor it is about, its aliases, and its ## sections. */
public record Battlecard(String competitor, List<String> aliases, String path, List<Section> sections) {
  public static final String FOLDER = "sales-toolkit/battlecards";
  /** Headings worth bringing to a deal: positioning, wins and losses, objections, landmines, proof, pricing. */
  private static final Pattern RELEVANT = Pattern.compile("(?i)overview|position|where (we|they) win|strength|"
      + "weakness|differentiat|objection|landmine|trap|proof|reference|customer stor|pricing|discount");
  private static final int MAX_SECTION_CHARS = 2_500;

  public record Section(String heading, String text) {}

  /** Every readable battlecard; a broken one is skipped (doctor reports it). */
  public static List<Battlecard> all(Workspace workspace) {
    Path dir;
    try {
      dir = workspace.guard().resolve(FOLDER);
    } catch (WorkspaceException e) {
      return List.of();
    }
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Battlecard> cards = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
        read(workspace.guard().relativize(file), file).ifPresent(cards::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + dir, e);
    }
    return cards;
  }

  private static java.util.Optional<Battlecard> read(String path, Path file) {
    try {
      String text = CustomerFiles.readText(file, path);
      if (!text.startsWith("---")) {
        return java.util.Optional.empty();
      }
      FrontMatter fm = FrontMatter.parse(text, path);
      Map<String, Object> fields = fm.fields();
      if (fields.get("competitor") == null || fields.get("competitor").toString().isBlank()) {
        return java.util.Optional.empty();
      }
      List<String> aliases = fields.get("aliases") instanceof List<?> list
          ? list.stream().filter(a -> a != null).map(a -> a.toString().strip()).toList() : List.of();
      return java.util.Optional.of(new Battlecard(fields.get("competitor").toString().strip(), aliases, path,
          sections(fm.body(), path)));
    } catch (InvalidFileException | UncheckedIOException e) {
      return java.util.Optional.empty();
    }
  }

  private static List<Section> sections(String body, String path) {
    List<Section> sections = new ArrayList<>();
    String heading = null;
    StringBuilder text = new StringBuilder();
    for (String line : (body + "\n## \n").split("\n", -1)) {
      if (line.startsWith("## ")) {
        if (heading != null && RELEVANT.matcher(heading).find()) {
          String t = text.toString().strip();
          sections.add(new Section(heading, t.length() <= MAX_SECTION_CHARS ? t
              : t.substring(0, MAX_SECTION_CHARS) + "… (the rest is in " + path + ")"));
        }
        heading = line.substring(3).strip();
        text.setLength(0);
      } else if (heading != null) {
        text.append(line).append('\n');
      }
    }
    return sections;
  }

  public boolean isAbout(String name) {
    return competitor.equalsIgnoreCase(name) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name));
  }
}
