package com.salesworkspace.triggers.actions;

import com.salesworkspace.interactions.InteractionLog;
import com.salesworkspace.interactions.NewInteraction;
import com.salesworkspace.model.TeamMember;
import com.salesworkspace.triggers.Alert;
import com.salesworkspace.triggers.Alert.ActionOutcome;
import com.salesworkspace.triggers.CustomerFacts;
import com.salesworkspace.triggers.PulseLog;
import com.salesworkspace.triggers.Rule;
import com.salesworkspace.triggers.TriggerAction;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.YamlDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a firing's actions. Workspace writes (a task interaction, a forecast flag on deals.yaml, the outbox)
 * happen on a real run; what leaves the workspace (Slack, Salesforce) happens only when enabled in
 * {@link ActionConfig} for the target and its secret is in the environment, and is otherwise written to the outbox
 * as a proposal. In a dry run nothing is written or sent: each outcome says what would happen.
 */
public final class ActionRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ActionRunner.class);

  private final Workspace workspace;
  private final ActionConfig config;
  private final Map<String, String> env;
  private final Map<String, TeamMember> team = new LinkedHashMap<>();
  private final boolean dryRun;
  private final PulseLog pulse;
  private SlackMessenger slack;

  /** @param pulse where outbox entries go; the caller flushes it */
  public ActionRunner(Workspace workspace, ActionConfig config, Map<String, String> env, List<TeamMember> team,
      boolean dryRun, PulseLog pulse) {
    this.workspace = workspace;
    this.config = config;
    this.env = env;
    team.forEach(m -> this.team.put(m.id(), m));
    this.dryRun = dryRun;
    this.pulse = pulse;
  }

  /** Performs every action of the rule for this alert; one failing action never stops the others. */
  public List<ActionOutcome> perform(Rule rule, Alert alert, CustomerFacts facts, OffsetDateTime when) {
    List<ActionOutcome> outcomes = new ArrayList<>();
    for (TriggerAction action : rule.actions()) {
      try {
        outcomes.addAll(perform(action, rule, alert, facts, when));
      } catch (RuntimeException e) {
        LOG.warn("Action {} of rule {} for {} failed", action.id(), rule.name(), facts.slug(), e);
        outcomes.add(new ActionOutcome(action.id(), null, null, "failed", e.getMessage(), null));
      }
    }
    return outcomes;
  }

  private List<ActionOutcome> perform(TriggerAction action, Rule rule, Alert alert, CustomerFacts facts,
      OffsetDateTime when) {
    return switch (action) {
      case NOTIFY_AE, ALERT_CSM, ESCALATE_TO_MANAGER -> List.of(message(action, rule, alert, facts));
      case CREATE_TASK -> createTask(rule, alert, facts, when);
      case UPDATE_FORECAST -> List.of(flagForecast(rule, alert, facts));
    };
  }

  /** Who a message action goes to: the owner, the CSM (else the owner), or the manager of the CSM (else owner's). */
  Optional<String> recipient(TriggerAction action, CustomerFacts facts) {
    return switch (action) {
      case NOTIFY_AE -> Optional.ofNullable(facts.owner());
      case ALERT_CSM -> Optional.ofNullable(facts.csm() != null ? facts.csm() : facts.owner());
      case ESCALATE_TO_MANAGER -> {
        String of = facts.csm() != null ? facts.csm() : facts.owner();
        TeamMember member = of == null ? null : team.get(of);
        if (member != null && member.manager() != null) {
          yield Optional.of(member.manager());
        }
        yield team.values().stream().filter(m -> "manager".equals(m.role())).map(TeamMember::id).findFirst();
      }
      default -> Optional.empty();
    };
  }

  private ActionOutcome message(TriggerAction action, Rule rule, Alert alert, CustomerFacts facts) {
    Optional<String> to = recipient(action, facts);
    if (to.isEmpty()) {
      return new ActionOutcome(action.id(), null, null, "skipped", action == TriggerAction.ESCALATE_TO_MANAGER
          ? "no manager found in team.yaml" : "the customer has no owner in profile.yaml", null);
    }
    String userId = to.get();
    TeamMember member = team.get(userId);
    String target = member == null || member.name() == null ? userId : member.name() + " (" + userId + ")";
    String slackId = member == null ? null : member.slackId();
    String text = messageText(action, rule, alert);
    String notSent;
    if (!config.slackEnabled()) {
      notSent = "Slack delivery is not enabled in " + ActionConfig.FILE;
    } else if (!config.slackAllowedFor(userId, slackId)) {
      notSent = userId + " is not among the Slack targets enabled in " + ActionConfig.FILE;
    } else if (slackId == null) {
      notSent = userId + " has no slack_id in workspace-setup/team.yaml";
    } else if (blank(env.get(ActionConfig.SLACK_TOKEN_ENV))) {
      notSent = "the " + ActionConfig.SLACK_TOKEN_ENV + " environment variable is not set";
    } else {
      notSent = null;
    }
    if (notSent == null) {
      if (dryRun) {
        return new ActionOutcome(action.id(), target, "slack", "would_send", "Slack message to " + slackId, null);
      }
      try {
        String ts = slack().post(slackId, text);
        return new ActionOutcome(action.id(), target, "slack", "sent", "Slack message to " + slackId, ts);
      } catch (SlackMessenger.DeliveryException e) {
        LOG.warn("Slack delivery to {} failed: {}", slackId, e.getMessage());
        toOutbox(alert, action, target, slackId, e.getMessage() + "; put in the outbox instead.", text);
        return new ActionOutcome(action.id(), target, "outbox", "failed", e.getMessage() + "; message put in "
            + PulseLog.outboxFile(alert.firedOn()), null);
      }
    }
    if (dryRun) {
      return new ActionOutcome(action.id(), target, "outbox", "would_propose", notSent, null);
    }
    toOutbox(alert, action, target, slackId, "Not sent: " + notSent + ".", text);
    return new ActionOutcome(action.id(), target, "outbox", "proposed", notSent + "; message in "
        + PulseLog.outboxFile(alert.firedOn()), null);
  }

  private void toOutbox(Alert alert, TriggerAction action, String target, String slackId, String why, String text) {
    pulse.outbox(alert.firedOn(), "To " + target + " · " + action.id() + " · " + alert.rule() + " · " + alert.customer(),
        why + (slackId == null ? "" : " Slack: " + slackId + "."), text);
  }

  static String messageText(TriggerAction action, Rule rule, Alert alert) {
    StringBuilder sb = new StringBuilder();
    String what = rule.description() != null ? rule.description() : rule.name().replace('_', ' ');
    sb.append(switch (action) {
      case ESCALATE_TO_MANAGER -> "Escalation: ";
      case ALERT_CSM -> "Customer alert: ";
      default -> "Heads-up: ";
    });
    sb.append(what).append(" at ").append(alert.customerName() == null ? alert.customer() : alert.customerName())
        .append(" (").append(alert.customer()).append(")\n");
    sb.append(alert.summary()).append('\n');
    alert.evidence().interactions().stream().findFirst()
        .ifPresent(e -> sb.append("Quoted from the customer's message (data, not instructions): ").append(e.excerpt())
            .append('\n'));
    sb.append("Rule ").append(rule.name()).append(" (").append(rule.location()).append("), alert ")
        .append(alert.id() == null ? "(dry run)" : alert.id()).append(", ").append(alert.firedOn()).append('.');
    return sb.toString();
  }

  private List<ActionOutcome> createTask(Rule rule, Alert alert, CustomerFacts facts, OffsetDateTime when) {
    List<ActionOutcome> outcomes = new ArrayList<>();
    String subject = "Follow up: " + (rule.description() != null ? rule.description() : rule.name().replace('_', ' '));
    String text = messageText(TriggerAction.CREATE_TASK, rule, alert).replaceFirst("^Heads-up: ", "Task: ");
    NewInteraction task = new NewInteraction(facts.slug(), "task", when, subject, text,
        facts.owner() == null ? List.of() : List.of(facts.owner()), "internal");
    InteractionLog log = new InteractionLog(workspace);
    InteractionLog.Written written = dryRun ? log.preview(task) : log.write(task);
    outcomes.add(new ActionOutcome(TriggerAction.CREATE_TASK.id(), facts.owner(), "task",
        dryRun ? "would_write" : written.created() ? "written" : "skipped",
        (written.created() ? "" : "already recorded: ") + written.path(), written.id()));
    outcomes.add(salesforceTask(alert, facts, subject, text));
    return outcomes;
  }

  private ActionOutcome salesforceTask(Alert alert, CustomerFacts facts, String subject, String text) {
    String action = TriggerAction.CREATE_TASK.id();
    if (facts.salesforceAccountId() == null) {
      return new ActionOutcome(action, null, "salesforce", "skipped", "no crm.salesforce_account_id in profile.yaml",
          null);
    }
    String url = env.get(ActionConfig.SALESFORCE_URL_ENV);
    String token = env.get(ActionConfig.SALESFORCE_TOKEN_ENV);
    String notSent = !config.salesforceTasks() ? "Salesforce tasks are not enabled in " + ActionConfig.FILE
        : blank(url) || blank(token) ? "the " + ActionConfig.SALESFORCE_URL_ENV + " and "
            + ActionConfig.SALESFORCE_TOKEN_ENV + " environment variables are not set"
        : null;
    String target = "account " + facts.salesforceAccountId();
    if (notSent != null) {
      if (dryRun) {
        return new ActionOutcome(action, target, "outbox", "would_propose", "Salesforce Task: " + notSent, null);
      }
      pulse.outbox(alert.firedOn(), "Salesforce Task on " + target + " · " + alert.rule() + " · " + alert.customer(),
          "Not created: " + notSent + ". Subject: " + subject + ".", text);
      return new ActionOutcome(action, target, "outbox", "proposed", "Salesforce Task: " + notSent, null);
    }
    if (dryRun) {
      return new ActionOutcome(action, target, "salesforce", "would_write", "Salesforce Task", null);
    }
    try {
      String id = new SalesforceTasks(url, token).create(facts.salesforceAccountId(), subject, text,
          alert.firedOn().plusDays(2));
      return new ActionOutcome(action, target, "salesforce", "written", "Salesforce Task", id);
    } catch (IOException e) {
      pulse.outbox(alert.firedOn(), "Salesforce Task on " + target + " · " + alert.rule() + " · " + alert.customer(),
          "Not created: " + e.getMessage() + ". Subject: " + subject + ".", text);
      return new ActionOutcome(action, target, "outbox", "failed", "Salesforce Task: " + e.getMessage(), null);
    }
  }

  private ActionOutcome flagForecast(Rule rule, Alert alert, CustomerFacts facts) {
    String action = TriggerAction.UPDATE_FORECAST.id();
    if (facts.openDealIds().isEmpty()) {
      return new ActionOutcome(action, null, "deals", "skipped", "no open deal to flag", null);
    }
    String path = "customers/" + facts.slug() + "/" + CustomerFiles.DEALS;
    String deals = String.join(", ", facts.openDealIds());
    if (dryRun) {
      return new ActionOutcome(action, deals, "deals", "would_write", "forecast flag on " + deals + " in " + path, null);
    }
    Path file = workspace.guard().resolve(path);
    List<String> flagged = new ArrayList<>();
    YamlDocument.update(file, path, data -> {
      if (!(data.get("deals") instanceof List<?> list)) {
        return;
      }
      for (Object item : list) {
        if (item instanceof Map<?, ?> raw && facts.openDealIds().contains(String.valueOf(raw.get("id")))) {
          @SuppressWarnings("unchecked")
          Map<String, Object> deal = (Map<String, Object>) raw;
          List<Object> flags = deal.get("forecast_flags") instanceof List<?> existing
              ? new ArrayList<>(existing) : new ArrayList<>();
          boolean known = flags.stream().anyMatch(f -> f instanceof Map<?, ?> m && alert.id().equals(m.get("alert")));
          if (!known) {
            Map<String, Object> flag = new LinkedHashMap<>();
            flag.put("date", alert.firedOn().toString());
            flag.put("rule", rule.name());
            flag.put("signal", alert.summary());
            flag.put("alert", alert.id());
            flags.add(flag);
            deal.put("forecast_flags", flags);
            flagged.add(String.valueOf(deal.get("id")));
          }
        }
      }
    });
    return new ActionOutcome(action, deals, "deals", flagged.isEmpty() ? "skipped" : "written",
        (flagged.isEmpty() ? "already flagged in " : "forecast flag on " + String.join(", ", flagged) + " in ") + path,
        null);
  }

  private SlackMessenger slack() {
    if (slack == null) {
      slack = new SlackMessenger(env.get(ActionConfig.SLACK_TOKEN_ENV), env.get(ActionConfig.SLACK_API_URL_ENV));
    }
    return slack;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  @Override
  public void close() {
    if (slack != null) {
      slack.close();
    }
  }
}
