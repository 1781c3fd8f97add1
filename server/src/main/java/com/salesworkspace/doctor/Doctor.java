package com.salesworkspace.doctor;

import com.salesworkspace.importers.salesforce.SalesforceMapping;
import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.Interaction;
import com.salesworkspace.model.InteractionHeader;
import com.salesworkspace.model.TeamMember;
import com.salesworkspace.model.Workflow;
import com.salesworkspace.triggers.RuleLoader;
import com.salesworkspace.triggers.actions.ActionConfig;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.FrontMatter;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Slugs;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.YamlSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Validates a workspace: its layout, every file's format, and the references between files (owners are team
 * members, deal stages are workflow stages, email senders are known contacts, ids are unique). It reads the files
 * themselves, not the index, and reports every problem rather than stopping at the first.
 */
public final class Doctor {
  public static final List<String> REQUIRED_FOLDERS = List.of(
      "customers", "customers/templates", "customers/workflows", "agent-definitions", "reporting/personal",
      "reporting/team", "reporting/pulse", "sales-toolkit/battlecards", "sales-toolkit/templates",
      "sales-toolkit/playbooks", "sales-toolkit/training", "sales-toolkit/security-compliance",
      "workspace-setup/integrations", "workspace-setup/compliance", "workspace-setup/processes",
      "personal/daily-plans", "personal/triggers", ".claude/agents");
  private static final List<String> TEMPLATES = List.of("compact.md", "standard.md", "extended.md");
  private static final Set<String> TIERS = Set.of("strategic", "enterprise", "mid-market", "smb");
  private static final Set<String> TRENDS = Set.of("improving", "stable", "declining");
  private static final Set<String> TEAM_ROLES = Set.of("ae", "csm", "manager", "admin");
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern INTERACTION_NAME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-[a-z]+-[a-z0-9]{4,12}$");

  private final Workspace workspace;
  private final List<FileProblem> problems = new ArrayList<>();
  private final Map<String, String> interactionIds = new HashMap<>();
  private final Map<String, String> dealIds = new HashMap<>();
  private Set<String> teamIds = Set.of();
  private Set<String> teamEmails = Set.of();
  private Workflow workflow;

  public Doctor(Workspace workspace) {
    this.workspace = workspace;
  }

  public DoctorReport run(Progress progress) {
    checkFolders();
    checkWorkspaceFiles();
    checkBattlecards();
    checkTriggers();
    checkAgents();
    List<String> folders = customerFolders();
    progress.start("checking customers", folders.size());
    int done = 0;
    int interactions = 0;
    for (String folder : folders) {
      interactions += checkCustomer(folder);
      progress.advance(++done);
    }
    return new DoctorReport(folders.size(), interactions, List.copyOf(problems));
  }

  private void checkFolders() {
    for (String folder : REQUIRED_FOLDERS) {
      if (!Files.isDirectory(workspace.root().resolve(folder))) {
        problems.add(FileProblem.error(folder, 0, "the folder is missing; create it (or run 'init' on a new workspace)."));
      }
    }
    for (String template : TEMPLATES) {
      String path = "customers/templates/" + template;
      if (!Files.isRegularFile(workspace.root().resolve(path))) {
        problems.add(FileProblem.warning(path, 0, "the context template is missing; contexts fall back to the built-in one."));
      }
    }
  }

  private void checkWorkspaceFiles() {
    attempt(() -> {
      if (!Files.isRegularFile(workspace.root().resolve(Workspace.COMPANY_FILE))) {
        problems.add(FileProblem.error(Workspace.COMPANY_FILE, 0,
            "the file is missing; it names our company and its email domains (see docs/formats.md)."));
      } else if (workspace.company().domains().isEmpty()) {
        problems.add(FileProblem.error(Workspace.COMPANY_FILE, 1,
            "'domains' is empty; list our own email domains so mail can be told inbound from outbound."));
      }
      return null;
    });
    List<TeamMember> team = attempt(workspace::team);
    if (team != null) {
      Set<String> ids = new HashSet<>();
      for (TeamMember m : team) {
        if (m.id() == null || !ids.add(m.id())) {
          problems.add(FileProblem.error(Workspace.TEAM_FILE, 0,
              "user id '" + m.id() + "' is missing or used twice; every user needs a unique id like 'john.smith'."));
        }
        if (m.role() != null && !TEAM_ROLES.contains(m.role())) {
          problems.add(FileProblem.error(Workspace.TEAM_FILE, 0,
              "user '" + m.id() + "' has role '" + m.role() + "'; use one of " + sorted(TEAM_ROLES) + "."));
        }
      }
      teamIds = ids;
      teamEmails = new HashSet<>();
      team.stream().filter(m -> m.email() != null).forEach(m -> teamEmails.add(m.email().toLowerCase(Locale.ROOT)));
    }
    workflow = attempt(workspace::workflow);
    if (workflow != null && workflow.stages().isEmpty()) {
      problems.add(FileProblem.error(Workspace.WORKFLOW_FILE, 0, "the workflow has no stages."));
    }
    if (workflow != null && Files.isRegularFile(workspace.root().resolve(SalesforceMapping.FILE))) {
      attempt(() -> SalesforceMapping.load(workspace));
    }
  }

  /** Trigger rules and the action config, checked exactly as the trigger engine loads them. */
  private void checkTriggers() {
    problems.addAll(new RuleLoader(workspace).load().problems());
    attempt(() -> ActionConfig.load(workspace));
  }

  /** Agent definitions, checked exactly as the server loads them (tools must be in its inventory). */
  private void checkAgents() {
    problems.addAll(new com.salesworkspace.agents.AgentLoader(workspace, com.salesworkspace.mcp.inventory.Inventory
        .all().stream().map(com.salesworkspace.mcp.inventory.WorkspaceTool::name).toList()).load().problems());
  }

  private void checkBattlecards() {
    Path dir = workspace.root().resolve("sales-toolkit/battlecards");
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md")).sorted().toList()) {
        String path = "sales-toolkit/battlecards/" + file.getFileName();
        FrontMatter fm = attempt(() -> FrontMatter.parse(text(path), path));
        if (fm != null && (fm.fields().get("competitor") == null || fm.fields().get("competitor").toString().isBlank())) {
          problems.add(FileProblem.error(path, 2, "the front matter needs 'competitor:' (the name used in deals and profiles)."));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> customerFolders() {
    List<String> folders = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(workspace.customersDir())) {
      for (Path dir : dirs.sorted().toList()) {
        String name = dir.getFileName().toString();
        if (!Files.isDirectory(dir) || Slugs.RESERVED.contains(name) || name.startsWith(".")) {
          continue;
        }
        if (Files.isSymbolicLink(dir)) {
          problems.add(FileProblem.error("customers/" + name, 0, "customer folders must not be symbolic links."));
        } else if (!Slugs.isValid(name)) {
          problems.add(FileProblem.error("customers/" + name, 0,
              "'" + name + "' is not a valid customer slug (lower-case letters, digits, hyphens); rename the folder."));
        } else {
          folders.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folders;
  }

  private int checkCustomer(String slug) {
    Path dir = workspace.customersDir().resolve(slug);
    String base = "customers/" + slug + "/";
    CustomerProfile profile = null;
    if (!Files.isRegularFile(dir.resolve(CustomerFiles.PROFILE))) {
      problems.add(FileProblem.error(base + CustomerFiles.PROFILE, 0, "every customer needs a profile.yaml."));
    } else {
      String profileText = text(base + CustomerFiles.PROFILE);
      profile = attempt(() -> CustomerFiles.parseProfile(profileText, base + CustomerFiles.PROFILE));
      if (profile != null) {
        checkProfile(new Located(base + CustomerFiles.PROFILE, profileText), profile);
      }
    }
    Set<String> knownEmails = new HashSet<>(teamEmails);
    if (Files.isRegularFile(dir.resolve(CustomerFiles.CONTACTS))) {
      String path = base + CustomerFiles.CONTACTS;
      String contactsText = text(path);
      List<Contact> contacts = attempt(() -> CustomerFiles.parseContacts(contactsText, path));
      if (contacts != null) {
        for (int i = 0; i < contacts.size(); i++) {
          Contact c = contacts.get(i);
          Located at = new Located(path, contactsText, "contacts", i);
          enumValue(at.field("role"), "contact '" + c.name() + "'", "role", c.role(), Contact.ROLES);
          enumValue(at.field("sentiment"), "contact '" + c.name() + "'", "sentiment", c.sentiment(), Contact.SENTIMENTS);
          if (c.email() != null) {
            if (!EMAIL.matcher(c.email()).matches()) {
              problems.add(at.error("email", "contact '" + c.name() + "' has an invalid email '" + c.email() + "'."));
            }
            knownEmails.add(c.email().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    if (Files.isRegularFile(dir.resolve(CustomerFiles.DEALS))) {
      String path = base + CustomerFiles.DEALS;
      String dealsText = text(path);
      List<Deal> deals = attempt(() -> CustomerFiles.parseDeals(dealsText, path));
      if (deals != null) {
        for (int i = 0; i < deals.size(); i++) {
          checkDeal(new Located(path, dealsText, "deals", i), deals.get(i));
        }
      }
    }
    return checkInteractions(dir.resolve(CustomerFiles.INTERACTIONS), base + CustomerFiles.INTERACTIONS + "/", slug,
        knownEmails, profile);
  }

  private void checkProfile(Located at, CustomerProfile p) {
    enumValue(at.field("tier"), "the profile", "tier", p.tier(), TIERS);
    if (p.lifecycleStage() != null && workflow != null && !workflow.isLifecycleStage(p.lifecycleStage())) {
      problems.add(at.error("lifecycle_stage", "lifecycle_stage '" + p.lifecycleStage()
          + "' is not a workflow stage or customer stage of " + Workspace.WORKFLOW_FILE + "."));
    }
    for (String field : List.of("owner", "csm")) {
      String user = field.equals("owner") ? p.owner() : p.csm();
      if (user != null && !teamIds.isEmpty() && !teamIds.contains(user)) {
        problems.add(at.error(field, field + " '" + user + "' is not a user id in " + Workspace.TEAM_FILE + "."));
      }
    }
    if (p.health() != null) {
      Integer score = p.health().score();
      if (score != null && (score < 0 || score > 100)) {
        problems.add(at.error("health", "health.score must be between 0 and 100, not " + score + "."));
      }
      enumValue(at.field("health"), "the profile", "health.trend", p.health().trend(), TRENDS);
    }
    for (String domain : p.domains()) {
      if (!domain.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
        problems.add(at.error("domains", "domain '" + domain + "' is not a lower-case domain like 'acme.com'."));
      }
    }
  }

  private void checkDeal(Located at, Deal d) {
    String previous = dealIds.putIfAbsent(d.id(), at.path());
    if (previous != null) {
      problems.add(at.error("id", "deal id '" + d.id() + "' is also used in " + previous + "; ids must be unique."));
    }
    if (workflow != null && workflow.stage(d.stage()).isEmpty()) {
      problems.add(at.error("stage", "deal '" + d.id() + "' has stage '" + d.stage()
          + "', which is not a stage id of " + Workspace.WORKFLOW_FILE + "."));
    }
    enumValue(at.field("forecast_category"), "deal '" + d.id() + "'", "forecast_category", d.forecastCategory(),
        Deal.FORECAST_CATEGORIES);
    if (d.probability() != null && (d.probability() < 0 || d.probability() > 100)) {
      problems.add(at.error("probability", "deal '" + d.id() + "' probability must be 0-100."));
    }
  }

  private int checkInteractions(Path dir, String base, String slug, Set<String> knownEmails, CustomerProfile profile) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    int count = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || !name.endsWith(".md")) {
          if (!name.startsWith(".")) {
            problems.add(FileProblem.warning(base + name, 0, "not an interaction file (.md); it is ignored."));
          }
          continue;
        }
        count++;
        String path = base + name;
        String text = text(path);
        Interaction interaction = attempt(() -> CustomerFiles.parseInteraction(slug, text, path));
        if (interaction != null) {
          checkInteraction(path, text, CustomerFiles.stem(file), interaction.header(), knownEmails);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }

  private static Position frontMatterField(String path, String text, String field) {
    return new Position(path, FrontMatter.parse(text, path).lineOf(field));
  }

  private void checkInteraction(String path, String text, String stem, InteractionHeader h, Set<String> knownEmails) {
    if (!h.id().equals(stem)) {
      problems.add(FileProblem.error(path, 2, "id '" + h.id() + "' must equal the file name without .md ('" + stem + "')."));
    }
    if (!INTERACTION_NAME.matcher(stem).matches()) {
      problems.add(FileProblem.warning(path, 0, "the file name should be <YYYY-MM-DD>-<source>-<short-id>.md."));
    }
    String previous = interactionIds.putIfAbsent(h.id(), path);
    if (previous != null) {
      problems.add(FileProblem.error(path, 2, "interaction id '" + h.id() + "' is also used by " + previous + "."));
    }
    enumValue(frontMatterField(path, text, "type"), "the interaction", "type", h.type(), InteractionHeader.TYPES);
    enumValue(frontMatterField(path, text, "source"), "the interaction", "source", h.source(), InteractionHeader.SOURCES);
    enumValue(frontMatterField(path, text, "direction"), "the interaction", "direction", h.direction(),
        InteractionHeader.DIRECTIONS);
    List<String> addresses = new ArrayList<>();
    if (h.from() != null) {
      addresses.add(h.from());
    }
    addresses.addAll(h.to());
    for (String address : addresses) {
      Matcher m = EMAIL.matcher(address);
      if (m.find() && !knownEmails.contains(m.group().toLowerCase(Locale.ROOT))) {
        problems.add(FileProblem.warning(path, 0,
            "'" + m.group() + "' is neither in this customer's contacts.yaml nor in " + Workspace.TEAM_FILE + "."));
      }
    }
  }

  private void enumValue(Position at, String what, String field, String value, Set<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      problems.add(FileProblem.error(at.path(), at.line(),
          what + " has " + field + " '" + value + "'; use one of " + sorted(allowed) + "."));
    }
  }

  private record Position(String path, int line) {}

  /** A YAML file (or one entry of a list in it) whose fields can be found by line for error messages. */
  private record Located(String path, String text, List<Object> prefix) {
    Located(String path, String text) {
      this(path, text, List.of());
    }

    Located(String path, String text, String list, int index) {
      this(path, text, List.of(list, index));
    }

    Position field(String name) {
      List<Object> pointer = new ArrayList<>(prefix);
      pointer.add(name);
      return new Position(path, YamlSupport.lineOf(text, pointer));
    }

    FileProblem error(String field, String message) {
      return FileProblem.error(path, field(field).line(), message);
    }
  }

  private <T> T attempt(Supplier<T> read) {
    try {
      return read.get();
    } catch (InvalidFileException e) {
      problems.add(e.problem());
      return null;
    }
  }

  private String text(String path) {
    return CustomerFiles.readText(workspace.root().resolve(path), path);
  }

  private static String sorted(Set<String> values) {
    return String.join(", ", values.stream().sorted().toList());
  }

  /** The outcome: how much was checked and every problem found. */
  public record DoctorReport(int customers, int interactions, List<FileProblem> problems) {
    public long errors() {
      return problems.stream().filter(FileProblem::isError).count();
    }

    public long warnings() {
      return problems.size() - errors();
    }
  }
}
