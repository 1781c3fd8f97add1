package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportReport;
import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Contacts into a customer's contacts.yaml: matched by Salesforce id, then email, then name; mapped fields by
 * the ownership rule, so sentiment, last_contacted and notes people keep are never touched. The role comes from
 * the mapped contact field, else from the contact's role on an opportunity (OpportunityContactRole).
 */
final class ContactSync {
  static final String SALESFORCE_ID = "salesforce_id";

  private final SalesforceMapping mapping;
  private final RecordValues values;
  private final ImportReport report;
  private final Map<String, String> opportunityRoles;
  private final boolean dryRun;

  ContactSync(SalesforceMapping mapping, RecordValues values, ImportReport report, List<SfRecord> contactRoles,
      boolean dryRun) {
    this.dryRun = dryRun;
    this.mapping = mapping;
    this.values = values;
    this.report = report;
    this.opportunityRoles = primaryRoles(contactRoles);
  }

  void run(Path dir, String slug, List<SfRecord> contacts) {
    String path = Workspace.CUSTOMERS + "/" + slug + "/" + CustomerFiles.CONTACTS;
    YamlFile file = YamlFile.read(dir.resolve(CustomerFiles.CONTACTS), path, dryRun);
    List<Map<String, Object>> entries = file.list("contacts");
    for (SfRecord contact : contacts) {
      String name = name(contact);
      if (name == null) {
        report.record(Outcome.FAILED, "contact", contact.label(), contact.origin() + ": the contact has no name");
        continue;
      }
      String email = contact.get("Email") == null ? null : contact.get("Email").trim().toLowerCase(Locale.ROOT);
      Map<String, Object> entry = find(entries, contact.hasSalesforceId() ? contact.key() : null, email, name);
      boolean created = entry == null;
      if (created) {
        entry = new LinkedHashMap<>();
        entries.add(entry);
      }
      FieldWriter writer = new FieldWriter(entry);
      SalesforceMapping.Fields fields = mapping.contacts();
      for (Target target : fields.targets().values()) {
        Object value = switch (target.kind()) {
          case ROLE -> role(contact);
          default -> target.name().equals("name") ? name : values.read(contact, target,
              fields.sources().get(target.name()));
        };
        writer.apply(target.name(), value, fields.owns(target));
      }
      if (contact.hasSalesforceId()) {
        writer.force(SALESFORCE_ID, contact.key());
      }
      if (writer.changed()) {
        file.markChanged();
      }
      report.record(created ? Outcome.CREATED : writer.changed() ? Outcome.UPDATED : Outcome.UNCHANGED, "contact",
          contact.label() + " -> " + slug, null);
    }
    if (file.changed()) {
      file.data().put("contacts", entries);
      file.save();
    }
  }

  static String name(SfRecord contact) {
    if (contact.get("Name") != null) {
      return contact.get("Name").strip();
    }
    String name = ((contact.get("FirstName") == null ? "" : contact.get("FirstName")) + " "
        + (contact.get("LastName") == null ? "" : contact.get("LastName"))).strip();
    return name.isEmpty() ? null : name;
  }

  private String role(SfRecord contact) {
    List<String> sources = mapping.contacts().sources().get("role");
    String raw = RecordValues.raw(contact, sources.isEmpty() && mapping.roleField() != null
        ? List.of(mapping.roleField()) : sources);
    String role = mapping.role(raw);
    return role != null ? role : mapping.role(opportunityRoles.get(contact.key()));
  }

  private static Map<String, Object> find(List<Map<String, Object>> entries, String id, String email, String name) {
    for (Map<String, Object> e : entries) {
      if (id != null && id.equals(String.valueOf(e.get(SALESFORCE_ID)))) {
        return e;
      }
    }
    for (Map<String, Object> e : entries) {
      if (email != null && e.get("email") != null && email.equalsIgnoreCase(e.get("email").toString().trim())) {
        return e;
      }
    }
    for (Map<String, Object> e : entries) {
      if (e.get("name") != null && name.equalsIgnoreCase(e.get("name").toString().trim())
          && (e.get(SALESFORCE_ID) == null || id == null)) {
        return e;
      }
    }
    return null;
  }

  /** Each contact's role on its opportunities: the primary contact role wins, else the first seen. */
  private static Map<String, String> primaryRoles(List<SfRecord> contactRoles) {
    Map<String, String> roles = new HashMap<>();
    for (SfRecord r : contactRoles) {
      String contact = r.get("ContactId");
      String role = r.get("Role");
      if (contact != null && role != null && (r.flag("IsPrimary") || !roles.containsKey(contact))) {
        roles.put(contact, role);
      }
    }
    return roles;
  }
}
