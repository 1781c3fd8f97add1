package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportSink;
import com.salesworkspace.importers.ImportedInteraction;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tasks and events into interactions for the sink: a task (logged call, email, to-do) becomes type task, an event
 * type meeting. The account hint is the activity's AccountId, else the account of what it relates to (WhatId: an
 * account or opportunity) or of whom (WhoId: a contact); the owner is the sender.
 */
final class ActivityReader {
  private final ImportSink sink;
  private final TeamDirectory team;
  private final Map<String, SfRecord> accounts;
  private final Map<String, SfRecord> contacts;
  private final Map<String, SfRecord> opportunities;

  ActivityReader(ImportSink sink, TeamDirectory team, Map<String, SfRecord> accounts, Map<String, SfRecord> contacts,
      Map<String, SfRecord> opportunities) {
    this.sink = sink;
    this.team = team;
    this.accounts = accounts;
    this.contacts = contacts;
    this.opportunities = opportunities;
  }

  void accept(SfRecord activity) {
    String subject = activity.get("Subject");
    String text = activity.get("Description");
    String item = activity.origin() + " " + activity.object() + " " + activity.key();
    if (subject == null && text == null) {
      sink.skipped(ExportReader.kind(activity.object()), item, "the " + activity.object().toLowerCase(Locale.ROOT) + " has neither a subject nor a description");
      return;
    }
    boolean event = activity.object().equals(SalesforceObjects.EVENT);
    if (event && activity.flag("IsChild")) {
      sink.skipped(ExportReader.kind(activity.object()), item, "an invitee's copy of a group event");
      return;
    }
    if (activity.flag("IsRecurrence")) {
      sink.skipped(ExportReader.kind(activity.object()), item, "the series of a recurring activity; its "
          + "occurrences are imported one by one");
      return;
    }
    OffsetDateTime date;
    try {
      date = date(activity, event);
    } catch (IllegalArgumentException e) {
      sink.failed(ExportReader.kind(activity.object()), item, "its date cannot be read: " + e.getMessage());
      return;
    }
    TeamDirectory.Member owner = team.resolve(activity.get("OwnerId"));
    SfRecord contact = contacts.get(activity.get("WhoId"));
    Set<String> emails = new LinkedHashSet<>();
    List<String> to = new ArrayList<>();
    List<String> participants = new ArrayList<>();
    if (owner != null) {
      if (owner.email() != null) {
        emails.add(owner.email().toLowerCase(Locale.ROOT));
      }
      if (owner.name() != null) {
        participants.add(owner.name());
      }
    }
    if (contact != null) {
      String name = ContactSync.name(contact);
      String email = contact.get("Email");
      if (email != null) {
        emails.add(email.trim().toLowerCase(Locale.ROOT));
      }
      to.add(email == null ? name : name + " <" + email.trim() + ">");
      if (name != null) {
        participants.add(name);
      }
    }
    sink.interaction(new ImportedInteraction("salesforce", activity.key(), event ? "meeting" : "task", date,
        subject, owner == null ? null : owner.address(), to, participants, text == null ? "" : text, null,
        new ImportedInteraction.MatchHints(emails, null, accountId(activity)), extra(activity, event)));
  }

  private static OffsetDateTime date(SfRecord activity, boolean event) {
    List<String> fields = event ? List.of("StartDateTime", "ActivityDateTime", "ActivityDate", "CreatedDate")
        : List.of("CompletedDateTime", "ActivityDate", "CreatedDate");
    for (String field : fields) {
      String value = activity.get(field);
      if (value != null) {
        return SalesforceValues.dateTime(value);
      }
    }
    throw new IllegalArgumentException("it has none of " + String.join(", ", fields));
  }

  /** The Salesforce account the activity belongs to, or null. */
  private String accountId(SfRecord activity) {
    String account = activity.get("AccountId");
    if (account != null) {
      return account;
    }
    String what = activity.get("WhatId");
    if (what != null && accounts.containsKey(what)) {
      return what;
    }
    if (what != null && opportunities.containsKey(what)) {
      return opportunities.get(what).get("AccountId");
    }
    SfRecord contact = contacts.get(activity.get("WhoId"));
    return contact == null ? null : contact.get("AccountId");
  }

  private static Map<String, Object> extra(SfRecord activity, boolean event) {
    Map<String, Object> extra = new LinkedHashMap<>();
    if (event) {
      put(extra, "end", activity.get("EndDateTime"));
      put(extra, "location", activity.get("Location"));
      put(extra, "duration_minutes", activity.get("DurationInMinutes"));
    } else {
      put(extra, "status", activity.get("Status"));
      put(extra, "priority", activity.get("Priority"));
      put(extra, "due_date", activity.get("ActivityDate"));
      put(extra, "task_subtype", activity.get("TaskSubtype"));
      put(extra, "call_type", activity.get("CallType"));
      put(extra, "call_duration_seconds", activity.get("CallDurationInSeconds"));
    }
    put(extra, "what_id", activity.get("WhatId"));
    put(extra, "who_id", activity.get("WhoId"));
    return extra;
  }

  private static void put(Map<String, Object> extra, String key, String value) {
    if (value != null) {
      extra.put(key, value);
    }
  }
}
