package com.salesworkspace.triggers;

import com.salesworkspace.model.InteractionHeader;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import com.salesworkspace.workspace.YamlSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the trigger rules of a workspace: every YAML file in workspace-setup/triggers/ (workspace-wide) and
 * personal/triggers/, in that order. A file is a mapping of rule name to rule, the shape of the original
 * architecture. Each rule is checked on its own: a mistake is reported with its file and line and leaves that rule
 * out, and every other rule still loads.
 */
public final class RuleLoader {
  public static final List<String> FOLDERS = List.of("workspace-setup/triggers", "personal/triggers");
  public static final Set<String> DIRECTIONS = Set.of("inbound", "outbound", "internal", Rule.ANY_DIRECTION);
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
  private static final List<String> FIELDS = List.of("description", "keywords", "conditions", "actions", "enabled",
      "cooldown_days", "within", "sources", "direction");
  private static final int MAX_DAYS = 3650;

  private final Workspace workspace;

  public RuleLoader(Workspace workspace) {
    this.workspace = workspace;
  }

  public RuleSet load() {
    List<Rule> rules = new ArrayList<>();
    List<FileProblem> problems = new ArrayList<>();
    List<String> files = ruleFiles();
    Map<String, Rule> byName = new HashMap<>();
    for (String file : files) {
      for (Rule rule : loadFile(file, problems)) {
        Rule earlier = byName.putIfAbsent(rule.name(), rule);
        if (earlier != null) {
          problems.add(FileProblem.error(file, rule.line(), "rule '" + rule.name() + "' is already defined in "
              + earlier.location() + "; rule names must be unique across rule files. This one is ignored."));
        } else {
          rules.add(rule);
        }
      }
    }
    return new RuleSet(rules, problems, files);
  }

  /** The workspace-relative paths of the rule files, workspace-wide first, each folder sorted by name. */
  public List<String> ruleFiles() {
    List<String> files = new ArrayList<>();
    for (String folder : FOLDERS) {
      Path dir = workspace.root().resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(Files::isRegularFile)
            .map(p -> p.getFileName().toString())
            .filter(n -> (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith("."))
            .sorted()
            .forEach(n -> files.add(folder + "/" + n));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not list " + folder + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  List<Rule> loadFile(String file, List<FileProblem> problems) {
    String text;
    Object parsed;
    try {
      text = CustomerFiles.readText(workspace.guard().resolve(file), file);
      parsed = YamlSupport.parse(text, file);
    } catch (InvalidFileException e) {
      problems.add(e.problem());
      return List.of();
    } catch (WorkspaceException | UncheckedIOException e) {
      // A link that leads out of the workspace, an unreadable file: this file is out, the others still load.
      problems.add(FileProblem.error(file, 0, "the rule file cannot be read: " + e.getMessage()));
      return List.of();
    }
    if (parsed == null) {
      return List.of();
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      problems.add(FileProblem.error(file, 1, "a rule file must be a mapping of rule names to rules "
          + "(buying_signals: {keywords: [...], actions: [...]}), not a list or a single value."));
      return List.of();
    }
    List<Rule> rules = new ArrayList<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      try {
        rules.add(parseRule(file, text, name, entry.getValue()));
      } catch (RuleException e) {
        problems.add(FileProblem.error(file, e.line, "rule '" + name + "': " + e.getMessage()));
      }
    }
    return rules;
  }

  private static final class RuleException extends Exception {
    final int line;

    RuleException(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  private Rule parseRule(String file, String text, String name, Object value) throws RuleException {
    int line = keyLine(text, name);
    if (!NAME.matcher(name).matches()) {
      throw new RuleException(line, "a rule name uses lower-case letters, digits, '_' and '-' (like churn_risk).");
    }
    if (!(value instanceof Map<?, ?> raw)) {
      throw new RuleException(line, "the rule must be a mapping with keywords or conditions, and actions.");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) raw;
    for (String field : fields.keySet()) {
      if (!FIELDS.contains(field)) {
        String close = FIELDS.stream().filter(f -> com.salesworkspace.util.EditDistance.levenshtein(f, field) <= 2).findFirst()
            .map(f -> " (did you mean " + f + "?)").orElse("");
        throw new RuleException(at(text, name, field), "unknown field '" + field + "'" + close + "; the fields are "
            + String.join(", ", FIELDS) + ".");
      }
    }
    String description = fields.get("description") == null ? null : String.valueOf(fields.get("description"));
    List<String> keywords = strings(fields, "keywords", text, name);
    for (int i = 0; i < keywords.size(); i++) {
      if (PhraseMatcher.tokens(keywords.get(i)).isEmpty()) {
        throw new RuleException(YamlSupport.lineOf(text, List.of(name, "keywords", i)),
            "keyword '" + keywords.get(i) + "' has no words to match.");
      }
    }
    List<String> expressions = strings(fields, "conditions", text, name);
    if (keywords.isEmpty() && expressions.isEmpty()) {
      throw new RuleException(line, "the rule needs keywords (phrases matched in interactions) or conditions "
          + "(such as 'health_score < 40'), or both.");
    }
    List<Rule.Condition> conditions = new ArrayList<>();
    for (int i = 0; i < expressions.size(); i++) {
      int conditionLine = YamlSupport.lineOf(text, List.of(name, "conditions", i));
      try {
        CompiledCondition compiled = ConditionCompiler.get().compile(expressions.get(i));
        conditions.add(new Rule.Condition(expressions.get(i), conditionLine, compiled));
      } catch (ConditionCompiler.ConditionException e) {
        throw new RuleException(conditionLine + e.line() - 1, "condition '" + expressions.get(i) + "': "
            + e.getMessage() + (e.column() > 1 ? " (at column " + e.column() + ")" : "") + ".");
      }
    }
    List<String> actionIds = strings(fields, "actions", text, name);
    if (actionIds.isEmpty()) {
      throw new RuleException(at(text, name, "actions"), "the rule needs actions: one or more of "
          + String.join(", ", TriggerAction.ids()) + ".");
    }
    Set<TriggerAction> actions = new LinkedHashSet<>();
    for (int i = 0; i < actionIds.size(); i++) {
      String id = actionIds.get(i);
      TriggerAction action = TriggerAction.parse(id).orElse(null);
      if (action == null) {
        throw new RuleException(YamlSupport.lineOf(text, List.of(name, "actions", i)), "unknown action '" + id
            + "'; the actions are " + String.join(", ", TriggerAction.ids()) + ".");
      }
      actions.add(action);
    }
    boolean enabled = bool(fields, "enabled", true, text, name);
    int cooldown = integer(fields, "cooldown_days", Rule.DEFAULT_COOLDOWN_DAYS, 0, text, name);
    Integer within = fields.get("within") == null ? null : integer(fields, "within", 0, 1, text, name);
    List<String> sources = strings(fields, "sources", text, name);
    for (int i = 0; i < sources.size(); i++) {
      if (!InteractionHeader.SOURCES.contains(sources.get(i))) {
        throw new RuleException(YamlSupport.lineOf(text, List.of(name, "sources", i)), "unknown source '"
            + sources.get(i) + "'; the sources are " + String.join(", ", new TreeSet<>(InteractionHeader.SOURCES)) + ".");
      }
    }
    String direction = fields.get("direction") == null ? "inbound" : String.valueOf(fields.get("direction")).strip();
    if (!DIRECTIONS.contains(direction)) {
      throw new RuleException(at(text, name, "direction"), "direction must be one of "
          + String.join(", ", new TreeSet<>(DIRECTIONS)) + "; got '" + direction + "'.");
    }
    if (keywords.isEmpty()) {
      for (String keywordOnly : List.of("within", "sources", "direction")) {
        if (fields.containsKey(keywordOnly)) {
          throw new RuleException(at(text, name, keywordOnly), "'" + keywordOnly + "' applies to keyword rules, and "
              + "this rule has no keywords.");
        }
      }
    }
    return new Rule(name, file, line, description, keywords, conditions, List.copyOf(actions), enabled, cooldown,
        within, Set.copyOf(sources), direction);
  }

  /** The line of a top-level key (where a rule starts), not of its value (the line below in block style). */
  static int keyLine(String text, String key) {
    Pattern p = Pattern.compile("^['\"]?" + Pattern.quote(key) + "['\"]?\\s*:");
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (p.matcher(lines.get(i)).find()) {
        return i + 1;
      }
    }
    return YamlSupport.lineOf(text, List.of(key));
  }

  private static int at(String text, String rule, String field) {
    return YamlSupport.lineOf(text, List.of(rule, field));
  }

  /** A list of strings; a single string is taken as a list of one. */
  private static List<String> strings(Map<String, Object> fields, String field, String text, String rule)
      throws RuleException {
    Object value = fields.get(field);
    if (value == null) {
      return List.of();
    }
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    List<String> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (!(item instanceof String s) || s.isBlank()) {
        throw new RuleException(YamlSupport.lineOf(text, value instanceof List<?> ? List.of(rule, field, i)
            : List.of(rule, field)), "'" + field + "' must be a list of non-empty text values (quote them if "
            + "they contain ':' or '#').");
      }
      result.add(s.strip());
    }
    return result;
  }

  private static boolean bool(Map<String, Object> fields, String field, boolean defaultValue, String text, String rule)
      throws RuleException {
    Object value = fields.get(field);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    throw new RuleException(at(text, rule, field), "'" + field + "' must be true or false.");
  }

  private static int integer(Map<String, Object> fields, String field, int defaultValue, int min, String text,
      String rule) throws RuleException {
    Object value = fields.get(field);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Integer n && n >= min && n <= MAX_DAYS) {
      return n;
    }
    throw new RuleException(at(text, rule, field), "'" + field + "' must be a whole number of days from " + min
        + " to " + MAX_DAYS + ".");
  }
}
