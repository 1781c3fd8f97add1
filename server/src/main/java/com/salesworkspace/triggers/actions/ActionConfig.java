package com.salesworkspace.triggers.actions;

import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.YamlSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which trigger actions may leave the workspace, from workspace-setup/integrations/trigger-actions.yaml. Without
 * the file nothing leaves: messages and CRM writes become proposals in the outbox. No secret is ever read from
 * this file: tokens and API addresses come from the environment ({@link #SLACK_TOKEN_ENV} and friends), so a
 * workspace shared in git can neither hold a token nor send one elsewhere.
 *
 * @param slackTargets the team user ids (or Slack ids) that may receive Slack messages from triggers
 */
public record ActionConfig(boolean slackEnabled, Set<String> slackTargets, boolean salesforceTasks) {
  public static final String FILE = "workspace-setup/integrations/trigger-actions.yaml";
  public static final String SLACK_TOKEN_ENV = "SLACK_BOT_TOKEN";
  /** Optional: the Slack Web API methods address (default https://slack.com/api/), for proxies and tests. */
  public static final String SLACK_API_URL_ENV = "SLACK_API_URL";
  public static final String SALESFORCE_URL_ENV = "SALESFORCE_INSTANCE_URL";
  public static final String SALESFORCE_TOKEN_ENV = "SALESFORCE_ACCESS_TOKEN";

  public static final ActionConfig NONE = new ActionConfig(false, Set.of(), false);

  public ActionConfig {
    slackTargets = Set.copyOf(slackTargets);
  }

  public static ActionConfig load(Workspace workspace) {
    Path file = workspace.guard().resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    String text = CustomerFiles.readText(file, FILE);
    Object parsed = YamlSupport.parse(text, FILE);
    if (parsed == null) {
      return NONE;
    }
    Map<String, Object> data = YamlSupport.requireMapping(parsed, FILE);
    for (String key : data.keySet()) {
      if (!Set.of("slack", "salesforce").contains(key)) {
        throw problem(text, List.of(key), "unknown section '" + key + "'; the sections are slack and salesforce.");
      }
    }
    Map<String, Object> slack = section(data, "slack", text);
    Map<String, Object> salesforce = section(data, "salesforce", text);
    for (String key : slack.keySet()) {
      if (!Set.of("enabled", "targets").contains(key)) {
        throw problem(text, List.of("slack", key), "unknown field '" + key + "' in slack; the fields are enabled and "
            + "targets (the token comes from the " + SLACK_TOKEN_ENV + " environment variable, never from a file).");
      }
    }
    for (String key : salesforce.keySet()) {
      if (!key.equals("create_tasks")) {
        throw problem(text, List.of("salesforce", key), "unknown field '" + key + "' in salesforce; the field is "
            + "create_tasks (the address and token come from " + SALESFORCE_URL_ENV + " and " + SALESFORCE_TOKEN_ENV
            + ").");
      }
    }
    List<String> targets = new ArrayList<>();
    Object rawTargets = slack.get("targets");
    if (rawTargets instanceof List<?> list) {
      for (Object t : list) {
        targets.add(String.valueOf(t).strip());
      }
    } else if (rawTargets != null) {
      throw problem(text, List.of("slack", "targets"), "targets must be a list of team user ids, like [john.smith].");
    }
    return new ActionConfig(flag(slack, "enabled", text, "slack"), Set.copyOf(targets),
        flag(salesforce, "create_tasks", text, "salesforce"));
  }

  public boolean slackAllowedFor(String userId, String slackId) {
    return slackEnabled && (slackTargets.contains(userId) || (slackId != null && slackTargets.contains(slackId)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> data, String key, String text) {
    Object value = data.get(key);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?>)) {
      throw problem(text, List.of(key), "'" + key + "' must be a mapping of settings.");
    }
    return (Map<String, Object>) value;
  }

  private static boolean flag(Map<String, Object> section, String key, String text, String sectionName) {
    Object value = section.get(key);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    throw problem(text, List.of(sectionName, key), "'" + key + "' must be true or false.");
  }

  private static InvalidFileException problem(String text, List<Object> at, String message) {
    return new InvalidFileException(FileProblem.error(FILE, YamlSupport.lineOf(text, at), message));
  }
}
