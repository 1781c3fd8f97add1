package com.salesworkspace.importers.salesforce;

import com.salesworkspace.model.Contact;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.Workflow;
import com.salesworkspace.util.EditDistance;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.YamlSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * workspace-setup/integrations/salesforce.yaml: which Salesforce fields fill which workspace fields, how picklist
 * values (stages, forecast categories, contact roles, account types) become workspace values, and which fields
 * the CRM owns. Every key is checked, so a typo is an error naming the file and line, not a silently empty field.
 * Without the file the built-in default (the one {@code init} writes) applies.
 */
public final class SalesforceMapping {
  public static final String FILE = "workspace-setup/integrations/salesforce.yaml";
  private static final String DEFAULT_RESOURCE = "/init/" + FILE;
  /** A lifecycle value: the stage of the account's most advanced open deal (a prospect's stage). */
  static final String OPEN_DEAL_STAGE = "open_deal_stage";
  private static final Set<String> ROLES_OF_USERS = Set.of("ae", "csm", "manager", "admin");

  /** One object's field mapping: the Salesforce fields read for each target, and the targets the CRM owns. */
  record Fields(Map<String, Target> targets, Map<String, List<String>> sources, Set<String> crmOwns) {
    /** Whether a CRM value replaces the workspace's; otherwise it only fills a field that is empty. */
    boolean owns(Target target) {
      return crmOwns.contains(target.field());
    }
  }

  private final String defaultRole;
  private final Fields accounts;
  private final Fields contacts;
  private final Fields opportunities;
  private final String lifecycleField;
  private final Map<String, String> lifecycle;
  private final String roleField;
  private final Map<String, String> roles;
  private final Map<String, String> stages;
  private final Map<String, String> forecastCategories;

  private SalesforceMapping(Checker c, Map<String, Object> root, Workflow workflow) {
    c.keys(root, List.of(), "users", "accounts", "contacts", "opportunities");
    Map<String, Object> users = c.section(root, "users");
    c.keys(users, List.of("users"), "default_role");
    defaultRole = c.value(users, List.of("users"), "default_role", ROLES_OF_USERS, "ae");

    Map<String, Object> acc = c.section(root, "accounts");
    c.keys(acc, List.of("accounts"), "fields", "lifecycle", "crm_owns");
    accounts = c.fields(acc, "accounts", Target.ACCOUNT);
    Map<String, Object> life = c.section(acc, "accounts", "lifecycle");
    c.keys(life, List.of("accounts", "lifecycle"), "field", "values");
    lifecycleField = c.text(life, List.of("accounts", "lifecycle"), "field", "Type");
    Set<String> lifecycleValues = new LinkedHashSet<>();
    workflow.stages().forEach(s -> lifecycleValues.add(s.id()));
    lifecycleValues.addAll(workflow.customerStages());
    lifecycleValues.add(OPEN_DEAL_STAGE);
    lifecycle = c.values(life, List.of("accounts", "lifecycle", "values"), lifecycleValues,
        "a lifecycle stage of " + Workspace.WORKFLOW_FILE + " or " + OPEN_DEAL_STAGE);

    Map<String, Object> con = c.section(root, "contacts");
    c.keys(con, List.of("contacts"), "fields", "role", "crm_owns");
    contacts = c.fields(con, "contacts", Target.CONTACT);
    Map<String, Object> role = c.section(con, "contacts", "role");
    c.keys(role, List.of("contacts", "role"), "field", "values");
    roleField = c.text(role, List.of("contacts", "role"), "field", null);
    roles = c.values(role, List.of("contacts", "role", "values"), Contact.ROLES, "a contact role");

    Map<String, Object> opp = c.section(root, "opportunities");
    c.keys(opp, List.of("opportunities"), "fields", "stages", "forecast_categories", "crm_owns");
    opportunities = c.fields(opp, "opportunities", Target.DEAL);
    Set<String> stageIds = new LinkedHashSet<>();
    workflow.stages().forEach(s -> stageIds.add(s.id()));
    stages = c.values(opp, List.of("opportunities", "stages"), stageIds, "a stage id of " + Workspace.WORKFLOW_FILE);
    forecastCategories = c.values(opp, List.of("opportunities", "forecast_categories"),
        Deal.FORECAST_CATEGORIES, "a forecast category");
  }

  /** The workspace's mapping file, or the built-in default when it has none. */
  public static SalesforceMapping load(Workspace workspace) {
    Path file = workspace.guard().resolve(FILE);
    String text = Files.isRegularFile(file) ? CustomerFiles.readText(file, FILE) : builtInDefault();
    return parse(text, FILE, workspace.workflow());
  }

  static SalesforceMapping parse(String text, String path, Workflow workflow) {
    Object parsed = YamlSupport.parse(text, path);
    Map<String, Object> root = parsed == null ? new LinkedHashMap<>() : YamlSupport.requireMapping(parsed, path);
    return new SalesforceMapping(new Checker(text, path), root, workflow);
  }

  static String builtInDefault() {
    try (InputStream in = SalesforceMapping.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the default " + FILE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String defaultRole() {
    return defaultRole;
  }

  Fields accounts() {
    return accounts;
  }

  Fields contacts() {
    return contacts;
  }

  Fields opportunities() {
    return opportunities;
  }

  String lifecycleField() {
    return lifecycleField;
  }

  /** The lifecycle stage for an account type value, or null when unmapped. */
  String lifecycle(String value) {
    return lookup(lifecycle, value);
  }

  String roleField() {
    return roleField;
  }

  String role(String value) {
    return lookup(roles, value);
  }

  String stage(String stageName) {
    return lookup(stages, stageName);
  }

  String forecastCategory(String value) {
    return lookup(forecastCategories, value);
  }

  private static String lookup(Map<String, String> map, String value) {
    return value == null ? null : map.get(value.trim().toLowerCase(Locale.ROOT));
  }

  /** Reads sections and checks keys and values, naming the line of each mistake. */
  private static final class Checker {
    private final String text;
    private final String path;

    Checker(String text, String path) {
      this.text = text;
      this.path = path;
    }

    InvalidFileException error(List<Object> at, String message) {
      return new InvalidFileException(FileProblem.error(path, YamlSupport.lineOfKey(text, at), message));
    }

    void keys(Map<String, Object> map, List<Object> at, String... allowed) {
      List<String> known = List.of(allowed);
      for (String key : map.keySet()) {
        if (!known.contains(key)) {
          throw error(append(at, key), "unknown key '" + key + "'" + (at.isEmpty() ? "" : " under '"
              + String.join(".", at.stream().map(String::valueOf).toList()) + "'") + "; the keys here are "
              + String.join(", ", known) + didYouMean(key, known) + ".");
        }
      }
    }

    Map<String, Object> section(Map<String, Object> parent, Object... at) {
      Object value = parent.get(String.valueOf(at[at.length - 1]));
      if (value == null) {
        return new LinkedHashMap<>();
      }
      if (!(value instanceof Map<?, ?>)) {
        throw error(List.of(at), "'" + at[at.length - 1] + "' must be a mapping of keys, not a single value or list.");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) value;
      return map;
    }

    String text(Map<String, Object> map, List<Object> at, String key, String fallback) {
      Object value = map.get(key);
      if (value == null) {
        return fallback;
      }
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        throw error(append(at, key), "'" + key + "' must be a single value.");
      }
      return value.toString().trim();
    }

    String value(Map<String, Object> map, List<Object> at, String key, Collection<String> allowed, String fallback) {
      String value = text(map, at, key, fallback);
      if (!allowed.contains(value)) {
        throw error(append(at, key), "'" + value + "' is not one of " + sorted(allowed) + ".");
      }
      return value;
    }

    Fields fields(Map<String, Object> section, String object, Map<String, Target> targets) {
      Map<String, List<String>> sources = new LinkedHashMap<>();
      targets.values().forEach(t -> sources.put(t.name(), new ArrayList<>(t.standardSources())));
      Map<String, Object> fields = section(section, object, "fields");
      Set<String> remapped = new LinkedHashSet<>();
      for (Map.Entry<String, Object> e : fields.entrySet()) {
        List<Object> at = List.of(object, "fields", e.getKey());
        String target = e.getValue() == null ? "" : e.getValue().toString().trim();
        if (!targets.containsKey(target)) {
          throw error(at, "'" + e.getKey() + ": " + target + "' maps to a field the workspace does not have; "
              + "the " + object + " fields are " + String.join(", ", targets.keySet())
              + didYouMean(target, targets.keySet()) + ".");
        }
        if (remapped.add(target)) {
          sources.get(target).clear();
        }
        sources.get(target).add(e.getKey());
      }
      Set<String> owned = new LinkedHashSet<>();
      Object list = section.get("crm_owns");
      if (list == null) {
        targets.values().forEach(t -> owned.add(t.field()));
      } else if (!(list instanceof List<?> items)) {
        throw error(List.of(object, "crm_owns"), "'crm_owns' must be a list of field names, like [name, owner].");
      } else {
        Set<String> fieldNames = new LinkedHashSet<>();
        targets.values().forEach(t -> fieldNames.add(t.field()));
        for (Object item : items) {
          String name = String.valueOf(item);
          if (!fieldNames.contains(name)) {
            throw error(List.of(object, "crm_owns"), "crm_owns names '" + name + "', which is not a field of "
                + object + "; the fields are " + String.join(", ", fieldNames) + didYouMean(name, fieldNames) + ".");
          }
          owned.add(name);
        }
      }
      Map<String, List<String>> frozen = new LinkedHashMap<>();
      sources.forEach((t, s) -> frozen.put(t, List.copyOf(s)));
      return new Fields(targets, frozen, Set.copyOf(owned));
    }

    /** A picklist value map; keys match case-insensitively, a ~ value leaves that value unmapped. */
    Map<String, String> values(Map<String, Object> parent, List<Object> at, Set<String> allowed, String what) {
      Map<String, Object> map = section(parent, at.toArray());
      Map<String, String> result = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : map.entrySet()) {
        Object value = e.getValue();
        if (value != null && !allowed.contains(value.toString())) {
          throw error(append(at, e.getKey()), "'" + e.getKey() + ": " + value + "' must map to " + what + ": one of "
              + sorted(allowed) + didYouMean(value.toString(), allowed) + ".");
        }
        if (value != null) {
          result.put(e.getKey().trim().toLowerCase(Locale.ROOT), value.toString());
        }
      }
      return result;
    }

    private static List<Object> append(List<Object> at, Object key) {
      List<Object> path = new ArrayList<>(at);
      path.add(key);
      return path;
    }

    private static String sorted(Collection<String> values) {
      return String.join(", ", values.stream().sorted().toList());
    }

    private static String didYouMean(String wrong, Collection<String> known) {
      return known.stream()
          .filter(k -> EditDistance.levenshtein(wrong, k) <= Math.max(2, k.length() / 4)
              || wrong.startsWith(k) || k.startsWith(wrong))
          .min(Comparator.comparingInt(k -> EditDistance.levenshtein(wrong, k)))
          .map(k -> " (did you mean '" + k + "'?)").orElse("");
    }
  }
}
