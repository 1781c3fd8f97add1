package com.salesworkspace.triggers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a firing rule does. Messages go to Slack when enabled for the person, else to the outbox as proposals. */
public enum TriggerAction {
  NOTIFY_AE("Message the account owner (profile.yaml owner)."),
  ALERT_CSM("Message the customer success manager (profile.yaml csm; the owner when there is none)."),
  ESCALATE_TO_MANAGER("Message the manager (team.yaml) of the CSM, or of the owner when there is no CSM."),
  CREATE_TASK("Write a task interaction to the customer (and a Salesforce Task when enabled)."),
  UPDATE_FORECAST("Record a forecast flag on the customer's open deals in deals.yaml.");

  private final String description;

  TriggerAction(String description) {
    this.description = description;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }

  public boolean isMessage() {
    return this == NOTIFY_AE || this == ALERT_CSM || this == ESCALATE_TO_MANAGER;
  }

  public static Optional<TriggerAction> parse(String id) {
    return Arrays.stream(values()).filter(a -> a.id().equals(id == null ? "" : id.strip())).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(TriggerAction::id).toList();
  }
}
