package com.salesworkspace.agents;

import com.salesworkspace.context.Tier;
import com.salesworkspace.util.EditDistance;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import com.salesworkspace.workspace.YamlSupport;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads agent-definitions/*.yaml, one agent per file, in the original architecture's shape:
 * <pre>
 * deal-progression-agent:          # = the file name
 *   category: sales-support
 *   purpose: Identify next best actions for deal advancement
 *   tools: [crm_query, pipeline_analysis, competitor_check]
 *   output: Prioritized action recommendations
 *   context: standard              # optional: the customer context tier to embed
 *   arguments:
 *     - {name: customer, description: ..., required: true, completion: customers}
 *   prompt: |
 *     Review {{customer}} ...
 * </pre>
 * Every mistake names the file and line; a bad file leaves that agent out and every other agent still loads.
 */
public final class AgentLoader {
  public static final String FOLDER = "agent-definitions";
  static final List<String> FIELDS = List.of("category", "purpose", "tools", "output", "context", "arguments",
      "prompt");
  static final List<String> ARGUMENT_FIELDS = List.of("name", "description", "required", "completion");
  private static final Pattern AGENT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern ARGUMENT_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final Workspace workspace;
  private final Set<String> knownTools;

  /** @param knownTools the tool names an agent may use: the server's inventory */
  public AgentLoader(Workspace workspace, Collection<String> knownTools) {
    this.workspace = workspace;
    this.knownTools = Set.copyOf(knownTools);
  }

  public AgentCatalog load() {
    List<String> files = files();
    List<AgentDefinition> agents = new ArrayList<>();
    List<FileProblem> problems = new ArrayList<>();
    for (String file : files) {
      try {
        agents.add(loadFile(file));
      } catch (InvalidFileException e) {
        problems.add(e.problem());
      } catch (WorkspaceException | UncheckedIOException e) {
        problems.add(FileProblem.error(file, 0, "the agent file cannot be read: " + e.getMessage()));
      }
    }
    agents.sort(java.util.Comparator.comparing(AgentDefinition::name));
    return new AgentCatalog(agents, problems, files);
  }

  /** The workspace-relative paths of the agent files, sorted. */
  public List<String> files() {
    Path dir = workspace.root().resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(AgentLoader::isAgentFile).sorted().map(n -> FOLDER + "/" + n).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + FOLDER + ": " + e.getMessage(), e);
    }
  }

  static boolean isAgentFile(String fileName) {
    return (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) && !fileName.startsWith(".");
  }

  static String stem(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.substring(0, name.lastIndexOf('.'));
  }

  private AgentDefinition loadFile(String file) {
    String text = CustomerFiles.readText(workspace.guard().resolve(file), file);
    Map<String, Object> top = YamlSupport.requireMapping(YamlSupport.parse(text, file), file);
    String expected = stem(file);
    if (top.size() != 1) {
      throw problem(file, 1, "an agent file holds exactly one agent, a mapping under its name ('" + expected
          + ":'); this one has " + top.size() + " top-level keys.");
    }
    String name = String.valueOf(top.keySet().iterator().next());
    Located at = new Located(file, text, name);
    if (!name.equals(expected)) {
      throw problem(file, nameLine(text),
          "the agent is named '" + name + "' but the file is " + file
          + "; name the agent after its file ('" + expected + ":') or rename the file.");
    }
    if (!AGENT_NAME.matcher(name).matches()) {
      throw problem(file, nameLine(text),
          "an agent name uses lower-case letters, digits and hyphens (like "
          + "deal-progression-agent).");
    }
    if (!(top.get(name) instanceof Map<?, ?> raw)) {
      throw problem(file, nameLine(text),
          "agent '" + name + "' must be a mapping with category, purpose, tools, "
          + "output and prompt.");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) raw;
    unknownKeys(fields.keySet(), FIELDS, at, List.of());

    AgentCategory category = AgentCategory.byId(requiredString(fields, "category", at));
    if (category == null) {
      throw problem(file, at.line("category"), "category '" + fields.get("category") + "' is not one of "
          + String.join(", ", AgentCategory.ids()) + ".");
    }
    String purpose = requiredString(fields, "purpose", at);
    String output = requiredString(fields, "output", at);
    List<String> tools = tools(fields, at);
    Tier tier = null;
    if (fields.get("context") != null) {
      String id = String.valueOf(fields.get("context"));
      if (!Tier.ids().contains(id)) {
        throw problem(file, at.line("context"), "context '" + id + "' is not a tier; use one of "
            + String.join(", ", Tier.ids()) + ".");
      }
      tier = Tier.parse(id);
    }
    List<AgentArgument> arguments = arguments(fields.get("arguments"), at);
    if (tier != null && arguments.stream().noneMatch(a -> a.completion() == CompletionSource.CUSTOMERS)) {
      throw problem(file, at.line("context"), "a context tier needs a customer to build it for: declare an "
          + "argument with 'completion: customers' (e.g. customer), or drop 'context'.");
    }
    String prompt = requiredString(fields, "prompt", at);
    Template template = template(prompt, arguments, at);
    return new AgentDefinition(name, category, purpose.strip(), tools, output.strip(), arguments, prompt, template,
        tier, file);
  }

  private List<String> tools(Map<String, Object> fields, Located at) {
    Object value = fields.get("tools");
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw problem(at.file, at.line("tools"), "'tools' must be a list of tool names, e.g. [get_customer, "
          + "email_search]; the tools are " + sorted(knownTools) + ".");
    }
    List<String> tools = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String tool = String.valueOf(list.get(i));
      if (!knownTools.contains(tool)) {
        throw problem(at.file, at.line("tools", i), "unknown tool '" + tool + "'" + didYouMean(tool, knownTools)
            + "; the tools are " + sorted(knownTools) + ".");
      }
      if (tools.contains(tool)) {
        throw problem(at.file, at.line("tools", i), "tool '" + tool + "' is listed twice.");
      }
      tools.add(tool);
    }
    return List.copyOf(tools);
  }

  private List<AgentArgument> arguments(Object value, Located at) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw problem(at.file, at.line("arguments"), "'arguments' must be a list of {name, description, required, "
          + "completion}.");
    }
    List<AgentArgument> arguments = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> raw)) {
        throw problem(at.file, at.line("arguments", i),
            "each argument is a mapping with name, description, required and completion.");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> a = (Map<String, Object>) raw;
      unknownKeys(a.keySet(), ARGUMENT_FIELDS, at, List.of("arguments", i));
      Object name = a.get("name");
      if (name == null || !ARGUMENT_NAME.matcher(name.toString()).matches()) {
        throw problem(at.file, at.line("arguments", i),
            "argument name '" + name + "' must be snake_case letters and digits, like "
            + "customer or as_of.");
      }
      if (!names.add(name.toString()) || AgentTemplate.builtIns().contains(name.toString())) {
        throw problem(at.file, at.line("arguments", i),
            "argument '" + name + "' is declared twice or shadows a built-in ("
            + String.join(", ", AgentTemplate.builtIns()) + ").");
      }
      if (a.get("description") == null || a.get("description").toString().isBlank()) {
        throw problem(at.file, at.line("arguments", i),
            "argument '" + name + "' needs a description (clients show it to people).");
      }
      Object required = a.getOrDefault("required", false);
      if (!(required instanceof Boolean)) {
        throw problem(at.file, at.line("arguments", i, "required"), "argument '" + name
            + "': required must be true or false.");
      }
      String completionId = a.get("completion") == null ? "none" : a.get("completion").toString();
      CompletionSource completion = CompletionSource.byId(completionId);
      if (completion == null) {
        throw problem(at.file, at.line("arguments", i, "completion"), "argument '" + name + "': completion '"
            + completionId + "' is not one of " + String.join(", ", CompletionSource.ids()) + ".");
      }
      arguments.add(new AgentArgument(name.toString(), a.get("description").toString().strip(), (Boolean) required,
          completion));
    }
    if (arguments.stream().filter(a -> a.completion() == CompletionSource.CUSTOMERS).count() > 1) {
      throw problem(at.file, at.line("arguments"), "only one argument may complete customers: it is the customer "
          + "the agent works on.");
    }
    return List.copyOf(arguments);
  }

  private Template template(String prompt, List<AgentArgument> arguments, Located at) {
    Template template;
    try {
      template = AgentTemplate.compile(prompt);
    } catch (MustacheException e) {
      throw problem(at.file, at.line("prompt"), "the prompt is not a valid Mustache template: " + e.getMessage() + ".");
    }
    Set<String> declared = new HashSet<>(AgentTemplate.builtIns());
    arguments.forEach(a -> declared.add(a.name()));
    Set<String> used;
    try {
      used = AgentTemplate.references(template);
    } catch (MustacheException e) {
      throw problem(at.file, at.line("prompt"), e.getMessage() + ".");
    }
    for (String name : used) {
      if (!declared.contains(name)) {
        throw problem(at.file, lineOfReference(at.text, at.line("prompt"), name), "the prompt uses {{" + name
            + "}}, which is not a declared argument" + didYouMean(name, declared) + "; declare it under arguments "
            + "or use one of " + sorted(declared) + ".");
      }
    }
    return template;
  }

  /** The line of the agent's name: the first key of the file (looked up only for an error). */
  private static int nameLine(String text) {
    return YamlSupport.lineOf(text, List.of());
  }

  /** The line of the first {{name}} (or section tag) at or after the prompt's line. */
  static int lineOfReference(String text, int fromLine, String name) {
    Pattern tag = Pattern.compile("\\{\\{\\s*[#^/&{]?\\s*" + Pattern.quote(name) + "[\\s.}]");
    String[] lines = text.split("\n", -1);
    for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
      Matcher m = tag.matcher(lines[i]);
      if (m.find()) {
        return i + 1;
      }
    }
    return fromLine;
  }

  private void unknownKeys(Set<String> keys, List<String> allowed, Located at, List<Object> under) {
    for (String key : keys) {
      if (!allowed.contains(key)) {
        List<Object> pointer = new ArrayList<>(under);
        pointer.add(key);
        throw problem(at.file, at.line(pointer.toArray()), "unknown key '" + key + "'" + didYouMean(key, allowed)
            + "; the keys are " + String.join(", ", allowed) + ".");
      }
    }
  }

  private static String requiredString(Map<String, Object> fields, String key, Located at) {
    Object v = fields.get(key);
    if (v == null || v instanceof Map<?, ?> || v instanceof List<?> || v.toString().isBlank()) {
      throw problem(at.file, v == null ? at.line() : at.line(key), "'" + key + "' is required and must be text.");
    }
    return v.toString();
  }

  private static String didYouMean(String wanted, Collection<String> candidates) {
    return candidates.stream().filter(c -> EditDistance.levenshtein(c, wanted) <= 2).sorted().findFirst()
        .map(c -> " (did you mean " + c + "?)").orElse("");
  }

  private static String sorted(Collection<String> values) {
    return String.join(", ", values.stream().sorted().toList());
  }

  private static InvalidFileException problem(String file, int line, String message) {
    return new InvalidFileException(FileProblem.error(file, line, message));
  }

  /** Finds the line of a key under the agent's mapping. */
  private record Located(String file, String text, String agent) {
    int line(Object... pointer) {
      List<Object> path = new ArrayList<>();
      path.add(agent);
      path.addAll(List.of(pointer));
      return YamlSupport.lineOf(text, path);
    }
  }
}
