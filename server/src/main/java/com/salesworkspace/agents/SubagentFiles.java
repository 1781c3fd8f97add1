package com.salesworkspace.agents;

import com.salesworkspace.util.Json;
import com.salesworkspace.workspace.AtomicFiles;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Claude Code subagents generated from the agent definitions: .claude/agents/&lt;category&gt;/&lt;agent&gt;.md with
 * front matter (name, description, tools as mcp__&lt;server&gt;__&lt;tool&gt;) and the agent's instructions. A generated
 * file says which YAML it came from, so a file whose YAML is gone is removed on the next sync and hand-written
 * subagents are left alone.
 */
public final class SubagentFiles {
  public static final String FOLDER = ".claude/agents";
  /** The server's name in .mcp.json; Claude Code names its tools mcp__&lt;server&gt;__&lt;tool&gt;. */
  public static final String SERVER = "sales-workspace";
  private static final Pattern SOURCE = Pattern.compile("<!-- Generated from (\\S+) by 'sales-workspace agents sync'");

  private final Workspace workspace;

  public SubagentFiles(Workspace workspace) {
    this.workspace = workspace;
  }

  /** What a sync did or would do, as workspace-relative paths. */
  public record SyncResult(List<String> written, List<String> unchanged, List<String> removed) {
    public boolean inSync() {
      return written.isEmpty() && removed.isEmpty();
    }
  }

  public static String path(AgentDefinition agent) {
    return FOLDER + "/" + agent.category().id() + "/" + agent.name() + ".md";
  }

  public static String toolName(String tool) {
    return "mcp__" + SERVER + "__" + tool;
  }

  /** The whole file for one agent. */
  public String render(AgentDefinition agent) {
    String description = agent.purpose() + ". Returns: " + agent.output() + ".";
    return "---\n"
        + "name: " + agent.name() + "\n"
        + "description: " + Json.write(description) + "\n"
        + "tools: " + String.join(", ", agent.tools().stream().map(SubagentFiles::toolName).toList()) + "\n"
        + "---\n"
        + "<!-- Generated from " + agent.file() + " by 'sales-workspace agents sync'; edit the YAML, not this file. -->\n\n"
        + AgentPrompt.subagentInstructions(agent);
  }

  /** Writes what differs and removes generated files whose definition is gone; with {@code dryRun}, only says so. */
  public SyncResult sync(AgentCatalog catalog, boolean dryRun) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (AgentDefinition agent : catalog.agents()) {
      wanted.put(path(agent), render(agent));
    }
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      Path file = workspace.guard().resolve(e.getKey());
      if (Files.isRegularFile(file) && CustomerFiles.readText(file, e.getKey()).equals(e.getValue())) {
        unchanged.add(e.getKey());
        continue;
      }
      written.add(e.getKey());
      if (!dryRun) {
        try {
          Files.createDirectories(file.getParent());
        } catch (IOException ex) {
          throw new UncheckedIOException("Could not create " + file.getParent(), ex);
        }
        AtomicFiles.write(file, e.getValue());
      }
    }
    List<String> removed = new ArrayList<>();
    for (String generated : generatedFiles()) {
      if (wanted.containsKey(generated)) {
        continue;
      }
      String source = sourceOf(generated);
      // A definition that failed to load keeps its old subagent until it is fixed; a deleted one loses it.
      boolean sourceGone = source == null || !Files.exists(workspace.root().resolve(source));
      boolean moved = catalog.files().contains(source) && catalog.agents().stream()
          .anyMatch(a -> a.file().equals(source));
      if (sourceGone || moved) {
        removed.add(generated);
        if (!dryRun) {
          try {
            Files.delete(workspace.guard().resolve(generated));
          } catch (IOException ex) {
            throw new UncheckedIOException("Could not remove " + generated, ex);
          }
        }
      }
    }
    return new SyncResult(written, unchanged, removed);
  }

  private List<String> generatedFiles() {
    Path root = workspace.root().resolve(FOLDER);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root, 2)) {
      return files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".md"))
          .map(f -> workspace.root().relativize(f).toString().replace('\\', '/'))
          .filter(p -> sourceOf(p) != null).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + FOLDER, e);
    }
  }

  private String sourceOf(String path) {
    Matcher m = SOURCE.matcher(CustomerFiles.readText(workspace.root().resolve(path), path));
    return m.find() ? m.group(1) : null;
  }
}
