package com.salesworkspace.workspace;

import com.salesworkspace.model.Company;
import com.salesworkspace.model.TeamMember;
import com.salesworkspace.model.Workflow;
import com.salesworkspace.util.EditDistance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** A workspace folder: the customer folders and the workspace-wide files, all reached through one path guard. */
public final class Workspace {
  public static final String CUSTOMERS = "customers";
  public static final String STATE_DIR = ".workspace";
  public static final String COMPANY_FILE = "workspace-setup/company.yaml";
  public static final String TEAM_FILE = "workspace-setup/team.yaml";
  public static final String WORKFLOW_FILE = "customers/workflows/lead-to-close.yaml";

  private final PathGuard guard;

  private Workspace(Path root) {
    this.guard = new PathGuard(root);
  }

  /** Opens an existing workspace; the folder must have a customers/ folder. */
  public static Workspace open(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      throw new WorkspaceException("The workspace folder " + absolute + " does not exist; run 'init " + root
          + "' to create one.");
    }
    if (!isWorkspace(absolute)) {
      throw new WorkspaceException("The folder " + absolute + " is not a workspace (it has no customers/ folder); "
          + "run 'init' there or pass --workspace.");
    }
    return new Workspace(absolute);
  }

  public static boolean isWorkspace(Path dir) {
    return Files.isDirectory(dir.resolve(CUSTOMERS));
  }

  public Path root() {
    return guard.root();
  }

  public PathGuard guard() {
    return guard;
  }

  public Path customersDir() {
    return root().resolve(CUSTOMERS);
  }

  /** The folder for derived state (index, audit log); created on first use, never the only copy of anything. */
  public Path stateDir() {
    Path dir = root().resolve(STATE_DIR);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create " + dir, e);
    }
    return dir;
  }

  /** The slugs of all customer folders, sorted. */
  public List<String> customerSlugs() {
    try (Stream<Path> dirs = Files.list(customersDir())) {
      return dirs.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(Slugs::isValid)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + customersDir(), e);
    }
  }

  /** The folder of an existing customer; an unknown slug gets an error that suggests the closest ones. */
  public Path customerDir(String slug) {
    String normalized = slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
    if (!Slugs.isValid(normalized)) {
      throw new WorkspaceException("'" + slug + "' is not a customer slug: use lower-case letters, digits and "
          + "hyphens, like 'acme-logistics'." + suggestion(normalized));
    }
    Path dir = guard.resolve(CUSTOMERS + "/" + normalized);
    if (!Files.isDirectory(dir)) {
      throw new WorkspaceException("There is no customer '" + slug + "'." + suggestion(normalized)
          + " Use search_customers to find the right slug.");
    }
    return dir;
  }

  public boolean hasCustomer(String slug) {
    return Slugs.isValid(slug) && Files.isDirectory(customersDir().resolve(slug));
  }

  private String suggestion(String wanted) {
    List<String> close = closestSlugs(wanted, 3);
    return close.isEmpty() ? "" : " Did you mean " + String.join(", ", close) + "?";
  }

  public List<String> closestSlugs(String wanted, int max) {
    String key = wanted.replaceAll("[^a-z0-9]", "");
    List<String> all = new ArrayList<>(customerSlugs());
    all.sort(Comparator.comparingInt(s -> distance(key, s.replace("-", ""), s)));
    return all.stream().filter(s -> distance(key, s.replace("-", ""), s) <= Math.max(3, key.length() / 2))
        .limit(max).toList();
  }

  private static int distance(String wanted, String compact, String slug) {
    if (!wanted.isEmpty() && (compact.startsWith(wanted) || slug.startsWith(wanted) || compact.contains(wanted))) {
      return 0;
    }
    return EditDistance.levenshtein(wanted, compact.length() > wanted.length() + 3
        ? compact.substring(0, Math.min(compact.length(), wanted.length() + 3)) : compact);
  }

  public Company company() {
    Map<String, Object> data = readMapping(COMPANY_FILE);
    return data == null ? new Company(null, List.of(), "USD", 1)
        : YamlSupport.bind(data, Company.class, text(COMPANY_FILE), List.of(), COMPANY_FILE);
  }

  public List<TeamMember> team() {
    Map<String, Object> data = readMapping(TEAM_FILE);
    if (data == null || data.get("users") == null) {
      return List.of();
    }
    TeamFile file = YamlSupport.bind(data, TeamFile.class, text(TEAM_FILE), List.of(), TEAM_FILE);
    return file.users() == null ? List.of() : file.users();
  }

  public Workflow workflow() {
    Map<String, Object> data = readMapping(WORKFLOW_FILE);
    return data == null ? new Workflow("none", List.of(), List.of())
        : YamlSupport.bind(data, Workflow.class, text(WORKFLOW_FILE), List.of(), WORKFLOW_FILE);
  }

  private record TeamFile(List<TeamMember> users) {}

  private Map<String, Object> readMapping(String relative) {
    Path file = guard.resolve(relative);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String text = text(relative);
    return YamlSupport.requireMapping(YamlSupport.parse(text, relative), relative);
  }

  private String text(String relative) {
    return CustomerFiles.readText(guard.resolve(relative), relative);
  }
}
