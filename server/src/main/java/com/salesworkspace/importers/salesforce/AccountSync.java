package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportReport;
import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.model.Workflow;
import com.salesworkspace.model.WorkflowStage;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Slugs;
import com.salesworkspace.workspace.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts into customer folders: each account finds its folder (Salesforce id, then domain, then name) or gets a
 * new one, and its profile.yaml receives the mapped fields by the ownership rule, keeping every other field.
 * Returns the folder of each account key, for its contacts, deals and activities.
 */
final class AccountSync {
  private final SalesforceMapping mapping;
  private final Workflow workflow;
  private final CustomerFolders folders;
  private final RecordValues values;
  private final ImportReport report;
  private final boolean dryRun;

  AccountSync(SalesforceMapping mapping, Workflow workflow, CustomerFolders folders, RecordValues values,
      ImportReport report, boolean dryRun) {
    this.dryRun = dryRun;
    this.mapping = mapping;
    this.workflow = workflow;
    this.folders = folders;
    this.values = values;
    this.report = report;
  }

  /** Writes the profiles; returns the folder of each account key. */
  Map<String, String> run(List<SfRecord> accounts, Map<String, List<SfRecord>> opportunitiesByAccount) {
    Map<String, String> slugByAccount = new HashMap<>();
    List<YamlFile> changed = new ArrayList<>();
    for (SfRecord account : accounts) {
      String name = account.get("Name");
      if (name == null || name.isBlank()) {
        report.record(Outcome.FAILED, "account", account.label(), account.origin() + ": the account has no Name");
        continue;
      }
      Object domains = values.read(account, Target.ACCOUNT.get("domains"),
          mapping.accounts().sources().get("domains"));
      @SuppressWarnings("unchecked")
      List<String> domainList = domains == null ? List.of() : (List<String>) domains;
      String crmId = account.hasSalesforceId() ? account.key() : null;
      String slug = folders.find(crmId, domainList, name);
      boolean created = slug == null;
      if (created && folders.mayBeUnreadable(name)) {
        report.record(Outcome.FAILED, "account", account.label(), "customers/" + Slugs.fromName(name)
            + "/profile.yaml cannot be read, and it may be this account's; fix it and import again");
        continue;
      }
      if (created) {
        slug = folders.newSlug(name);
      }
      String path = Workspace.CUSTOMERS + "/" + slug + "/" + CustomerFiles.PROFILE;
      YamlFile profile = YamlFile.read(folders.dir(slug).resolve(CustomerFiles.PROFILE), path, dryRun);
      FieldWriter writer = new FieldWriter(profile.data());
      write(account, writer, opportunitiesByAccount.getOrDefault(account.key(), List.of()));
      if (crmId != null) {
        writer.force("crm." + CustomerFolders.CRM_KEY, crmId);
      }
      if (writer.changed()) {
        profile.markChanged();
        changed.add(profile);
      }
      folders.remember(slug, profile.data());
      slugByAccount.put(account.key(), slug);
      report.record(created ? Outcome.CREATED : writer.changed() ? Outcome.UPDATED : Outcome.UNCHANGED, "account",
          account.label() + " -> " + slug, null);
    }
    Parallel.forEach(changed, YamlFile::save);
    return slugByAccount;
  }

  private void write(SfRecord account, FieldWriter writer, List<SfRecord> opportunities) {
    SalesforceMapping.Fields fields = mapping.accounts();
    Object scoreBefore = writer.get("health.score");
    for (Target target : fields.targets().values()) {
      if (target.kind() == Target.Kind.LIFECYCLE) {
        writer.apply(target.name(), lifecycle(account, opportunities), fields.owns(target));
        continue;
      }
      Object value = values.read(account, target, fields.sources().get(target.name()));
      if (target.kind() == Target.Kind.DOMAINS) {
        @SuppressWarnings("unchecked")
        List<String> domains = value == null ? List.of() : (List<String>) value;
        writer.merge(target.name(), domains);
      } else {
        writer.apply(target.name(), value, fields.owns(target));
      }
    }
    boolean scoreChanged = !YamlValues.same(scoreBefore, writer.get("health.score"));
    if (scoreChanged && fields.sources().get("health.updated").isEmpty()) {
      writer.force("health.updated", changeDay(account).toString());
    }
  }

  /** The lifecycle stage the account's type (or another mapped field) stands for. */
  private String lifecycle(SfRecord account, List<SfRecord> opportunities) {
    String sources = mapping.accounts().sources().get("lifecycle_stage").isEmpty() ? mapping.lifecycleField()
        : mapping.accounts().sources().get("lifecycle_stage").get(0);
    String value = account.get(sources);
    String stage = mapping.lifecycle(value);
    if (!SalesforceMapping.OPEN_DEAL_STAGE.equals(stage)) {
      return stage;
    }
    int best = -1;
    List<WorkflowStage> stages = workflow.stages();
    for (SfRecord opportunity : opportunities) {
      String mapped = mapping.stage(opportunity.get("StageName"));
      for (int i = 0; i < stages.size(); i++) {
        WorkflowStage s = stages.get(i);
        if (s.id().equals(mapped) && !Boolean.TRUE.equals(s.closed()) && i > best) {
          best = i;
        }
      }
    }
    if (best >= 0) {
      return stages.get(best).id();
    }
    return stages.isEmpty() ? null : stages.get(0).id();
  }

  static LocalDate changeDay(SfRecord record) {
    String modified = record.get("LastModifiedDate") != null ? record.get("LastModifiedDate")
        : record.get("SystemModstamp");
    try {
      return modified == null ? LocalDate.now() : SalesforceValues.date(modified);
    } catch (IllegalArgumentException e) {
      return LocalDate.now();
    }
  }
}
