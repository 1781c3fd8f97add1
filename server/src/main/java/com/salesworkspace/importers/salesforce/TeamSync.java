package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportReport;
import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.importers.ImportSink;
import com.salesworkspace.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Salesforce users into workspace-setup/team.yaml: a user is matched to a team member by email; a new one gets
 * an id from the local part of the email (john.smith). Fields people set are kept; the import only adds what is
 * missing. When company.yaml names no email domains yet, they are learned from the users' addresses.
 */
final class TeamSync {
  /** Salesforce system users (automated process, integration, guest...) are not people who sell. */
  private static final String STANDARD = "Standard";
  private static final Set<String> PERSONAL_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com",
      "hotmail.com", "yahoo.com", "icloud.com", "me.com", "live.com", "aol.com", "proton.me", "protonmail.com");

  private final Workspace workspace;
  private final SalesforceMapping mapping;
  private final ImportReport report;
  private final ImportSink sink;

  TeamSync(Workspace workspace, SalesforceMapping mapping, ImportReport report, ImportSink sink) {
    this.workspace = workspace;
    this.mapping = mapping;
    this.report = report;
    this.sink = sink;
  }

  TeamDirectory run(List<SfRecord> users) {
    YamlFile team = YamlFile.read(workspace.guard().resolve(Workspace.TEAM_FILE), Workspace.TEAM_FILE,
        sink.dryRun());
    List<Map<String, Object>> members = team.list("users");
    TeamDirectory directory = new TeamDirectory();
    Map<String, Map<String, Object>> byEmail = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (Map<String, Object> member : members) {
      ids.add(String.valueOf(member.get("id")));
      if (member.get("email") != null) {
        byEmail.put(member.get("email").toString().toLowerCase(Locale.ROOT), member);
      }
      directory.addKnown(member(member));
    }
    Map<String, Map<String, Object>> bySalesforceKey = new HashMap<>();
    List<String> domains = new ArrayList<>();
    for (SfRecord user : users) {
      String email = user.get("Email") == null ? null : user.get("Email").trim().toLowerCase(Locale.ROOT);
      String type = user.get("UserType");
      if (type != null && !type.equals(STANDARD)) {
        sink.skipped("user", user.origin() + " User " + user.label(), "a Salesforce system user (UserType " + type + ")");
        continue;
      }
      if (email == null || !email.contains("@")) {
        report.record(Outcome.FAILED, "user", user.label(), user.origin() + ": the user has no email");
        continue;
      }
      Map<String, Object> member = byEmail.get(email);
      boolean created = member == null;
      if (created) {
        member = new LinkedHashMap<>();
        member.put("id", uniqueId(email, ids));
        members.add(member);
        byEmail.put(email, member);
      }
      FieldWriter writer = new FieldWriter(member);
      writer.apply("name", name(user), false);
      writer.apply("email", email, false);
      writer.apply("role", created ? mapping.defaultRole() : null, false);
      writer.apply("title", user.get("Title"), false);
      if (user.hasSalesforceId()) {
        writer.force("salesforce_user_id", user.key());
      }
      if (created && user.get("IsActive") != null && !user.flag("IsActive")) {
        writer.apply("active", false, false);
      }
      bySalesforceKey.put(user.key(), member);
      if (user.flag("IsActive") || user.get("IsActive") == null) {
        domains.add(email.substring(email.indexOf('@') + 1));
      }
      if (writer.changed()) {
        team.markChanged();
      }
      report.record(created ? Outcome.CREATED : writer.changed() ? Outcome.UPDATED : Outcome.UNCHANGED, "user",
          user.label(), null);
    }
    for (SfRecord user : users) {
      Map<String, Object> member = bySalesforceKey.get(user.key());
      Map<String, Object> manager = bySalesforceKey.get(user.get("ManagerId"));
      if (member != null && manager != null) {
        FieldWriter writer = new FieldWriter(member);
        writer.apply("manager", manager.get("id"), false);
        if (writer.changed()) {
          team.markChanged();
        }
      }
    }
    bySalesforceKey.forEach((key, member) -> directory.add(key, member(member)));
    if (team.changed()) {
      team.data().put("users", members);
      team.save();
    }
    learnCompanyDomains(domains);
    return directory;
  }

  private static TeamDirectory.Member member(Map<String, Object> member) {
    return new TeamDirectory.Member(String.valueOf(member.get("id")),
        member.get("name") == null ? null : member.get("name").toString(),
        member.get("email") == null ? null : member.get("email").toString());
  }

  private static String name(SfRecord user) {
    if (user.get("Name") != null) {
      return user.get("Name");
    }
    String name = ((user.get("FirstName") == null ? "" : user.get("FirstName")) + " "
        + (user.get("LastName") == null ? "" : user.get("LastName"))).trim();
    return name.isEmpty() ? null : name;
  }

  /** john.smith from john.smith@helio.io; john.smith-2 when another person already has that id. */
  private static String uniqueId(String email, Set<String> ids) {
    String base = email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9._-]", "");
    base = base.isEmpty() ? "user" : base;
    String id = base;
    for (int n = 2; ids.contains(id); n++) {
      id = base + "-" + n;
    }
    ids.add(id);
    return id;
  }

  private void learnCompanyDomains(List<String> domains) {
    YamlFile company = YamlFile.read(workspace.guard().resolve(Workspace.COMPANY_FILE), Workspace.COMPANY_FILE,
        sink.dryRun());
    if (company.data().get("domains") instanceof List<?> known && !known.isEmpty()) {
      return;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    domains.stream().filter(d -> !PERSONAL_MAIL.contains(d)).forEach(d -> counts.merge(d, 1, Integer::sum));
    if (counts.isEmpty()) {
      return;
    }
    List<String> learned = counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
    company.data().put("domains", new ArrayList<>(learned));
    company.markChanged();
    company.save();
    report.record(Outcome.UPDATED, "company", Workspace.COMPANY_FILE, "email domains learned from the users: "
        + String.join(", ", learned));
  }
}
