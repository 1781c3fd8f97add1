package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportReport;
import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.model.Workflow;
import com.salesworkspace.model.WorkflowStage;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opportunities into a customer's deals.yaml, one entry per opportunity with the Salesforce Id as deal id. When
 * the stage, close date or amount moved, the history gets a dated snapshot, so slipped and moving deals stay
 * visible after the new values replace the old ones.
 */
final class DealSync {
  private final SalesforceMapping mapping;
  private final Workflow workflow;
  private final RecordValues values;
  private final DealHistory history;
  private final String companyCurrency;
  private final ImportReport report;
  private final boolean dryRun;
  private final Map<String, SfRecord> accounts;

  DealSync(SalesforceMapping mapping, Workflow workflow, RecordValues values, DealHistory history,
      String companyCurrency, ImportReport report, boolean dryRun, Map<String, SfRecord> accounts) {
    this.dryRun = dryRun;
    this.accounts = accounts;
    this.mapping = mapping;
    this.workflow = workflow;
    this.values = values;
    this.history = history;
    this.companyCurrency = companyCurrency;
    this.report = report;
  }

  void run(Path dir, String slug, List<SfRecord> opportunities) {
    String path = Workspace.CUSTOMERS + "/" + slug + "/" + CustomerFiles.DEALS;
    YamlFile file = YamlFile.read(dir.resolve(CustomerFiles.DEALS), path, dryRun);
    List<Map<String, Object>> entries = file.list("deals");
    for (SfRecord opportunity : opportunities) {
      String stage = stage(opportunity);
      if (opportunity.get("Name") == null) {
        report.record(Outcome.FAILED, "deal", opportunity.label(), opportunity.origin() + ": the opportunity has no Name");
        continue;
      }
      if (stage == null) {
        report.record(Outcome.FAILED, "deal", opportunity.label(), opportunity.origin() + ": the stage '"
            + opportunity.get("StageName") + "' is not mapped; add it under opportunities.stages in "
            + SalesforceMapping.FILE);
        continue;
      }
      SfRecord account = accounts.get(opportunity.get("AccountId"));
      String id = dealId(opportunity, account == null ? slug : account.get("Name"));
      Map<String, Object> entry = entries.stream().filter(e -> id.equals(String.valueOf(e.get("id"))))
          .findFirst().orElse(null);
      boolean created = entry == null;
      if (created) {
        entry = new LinkedHashMap<>();
        entry.put("id", id);
        entries.add(entry);
      }
      DealHistory.Snapshot before = created ? null : DealHistory.Snapshot.of(entry);
      String beforeDay = created ? null : firstNonNull(entry.get("updated"), entry.get("created"));
      FieldWriter writer = new FieldWriter(entry);
      apply(opportunity, stage, writer);
      boolean historyChanged = history(opportunity, entry, before, beforeDay);
      if (writer.changed() || historyChanged) {
        file.markChanged();
      }
      report.record(created ? Outcome.CREATED : writer.changed() || historyChanged ? Outcome.UPDATED
          : Outcome.UNCHANGED, "deal", opportunity.label() + " -> " + slug, null);
    }
    if (file.changed()) {
      file.data().put("deals", entries);
      file.save();
    }
  }

  private void apply(SfRecord opportunity, String stage, FieldWriter writer) {
    SalesforceMapping.Fields fields = mapping.opportunities();
    for (Target target : fields.targets().values()) {
      boolean owned = fields.owns(target);
      Object value = switch (target.kind()) {
        case STAGE -> stage;
        case FORECAST -> mapping.forecastCategory(RecordValues.raw(opportunity, fields.sources().get(target.name())));
        default -> values.read(opportunity, target, fields.sources().get(target.name()));
      };
      if (value == null && target.name().equals("probability")) {
        value = workflow.stage(stage).map(WorkflowStage::probability).orElse(null);
      }
      if (value == null && target.name().equals("currency")) {
        SfRecord account = accounts.get(opportunity.get("AccountId"));
        value = account != null && account.get("CurrencyIsoCode") != null ? account.get("CurrencyIsoCode")
            : companyCurrency;
        owned = false;
      }
      writer.apply(target.name(), value, owned);
    }
  }

  /** The workflow stage: the mapped StageName, else what IsClosed/IsWon say of a closed deal, else null. */
  private String stage(SfRecord opportunity) {
    String mapped = mapping.stage(opportunity.get("StageName"));
    if (mapped != null) {
      return mapped;
    }
    if (opportunity.flag("IsClosed")) {
      String wanted = opportunity.flag("IsWon") ? "closed_won" : "closed_lost";
      return workflow.stage(wanted).isPresent() ? wanted : null;
    }
    return null;
  }

  private boolean history(SfRecord opportunity, Map<String, Object> entry, DealHistory.Snapshot before,
      String beforeDay) {
    List<Map<String, Object>> entries = new ArrayList<>(YamlFile.entries(entry, "history"));
    boolean changed = DealHistory.merge(entries, history.of(opportunity.key()));
    DealHistory.Snapshot now = DealHistory.Snapshot.of(entry);
    if (entries.isEmpty() && before != null && before.stage() != null && !before.sameState(now)) {
      entries.add(new DealHistory.Snapshot(beforeDay, before.stage(), before.closeDate(), before.amount()).toMap());
    }
    DealHistory.Snapshot last = entries.isEmpty() ? null : DealHistory.Snapshot.of(entries.get(entries.size() - 1));
    if (!now.sameState(last)) {
      boolean stageMoved = last == null || !java.util.Objects.equals(last.stage(), now.stage());
      entries.add(new DealHistory.Snapshot(changeDay(opportunity, stageMoved), now.stage(), now.closeDate(),
          now.amount()).toMap());
      changed = true;
    }
    if (changed) {
      entry.put("history", entries);
    }
    return changed;
  }

  /** When a change happened: the stage's own change date when the stage moved, else the last modification. */
  private static String changeDay(SfRecord opportunity, boolean stageMoved) {
    String stageDay = opportunity.get("LastStageChangeDate");
    if (stageMoved && stageDay != null) {
      try {
        return SalesforceValues.date(stageDay).toString();
      } catch (IllegalArgumentException e) {
        // fall through to the last modification
      }
    }
    if (opportunity.get("LastModifiedDate") == null && opportunity.get("SystemModstamp") == null
        && opportunity.get("CreatedDate") != null) {
      try {
        return SalesforceValues.date(opportunity.get("CreatedDate")).toString();
      } catch (IllegalArgumentException e) {
        return LocalDate.now().toString();
      }
    }
    return AccountSync.changeDay(opportunity).toString();
  }

  /** The Salesforce Id; exports without Ids get a stable id from the account and opportunity names. */
  static String dealId(SfRecord opportunity, String accountName) {
    if (opportunity.hasSalesforceId()) {
      return opportunity.key();
    }
    String basis = (accountName == null ? "" : accountName.trim()) + "\n" + opportunity.get("Name").trim();
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      return "SF-" + HexFormat.of().formatHex(hash, 0, 5).toUpperCase(java.util.Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstNonNull(Object a, Object b) {
    return a != null ? a.toString() : b == null ? null : b.toString();
  }
}
