package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportContext;
import com.salesworkspace.importers.ImportReport.Outcome;
import com.salesworkspace.model.Workflow;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings one read export into the workspace, in dependency order: users (owners are team ids), accounts
 * (customer folders), then per folder its contacts and deals, and last the activities, which the sink matches to
 * the folders just written.
 */
final class SalesforceSync {
  private final ImportContext context;
  private final SalesforceMapping mapping;

  SalesforceSync(ImportContext context, SalesforceMapping mapping) {
    this.context = context;
    this.mapping = mapping;
  }

  void run(SalesforceExport export) throws IOException {
    Workspace workspace = context.workspace();
    boolean dryRun = context.sink().dryRun();
    Workflow workflow = workspace.workflow();
    TeamDirectory team = new TeamSync(workspace, mapping, context.report(), context.sink())
        .run(export.records(SalesforceObjects.USER));
    RecordValues values = new RecordValues(team, context.report());

    List<SfRecord> accounts = export.records(SalesforceObjects.ACCOUNT);
    List<SfRecord> contacts = export.records(SalesforceObjects.CONTACT);
    List<SfRecord> opportunities = export.records(SalesforceObjects.OPPORTUNITY);
    Map<String, List<SfRecord>> opportunitiesByAccount = byAccount(opportunities);

    context.progress().start("salesforce: accounts", accounts.size());
    CustomerFolders folders = new CustomerFolders(workspace, context.sink());
    Map<String, String> slugs = new AccountSync(mapping, workflow, folders, values, context.report(), dryRun)
        .run(accounts, opportunitiesByAccount);
    context.progress().advance(accounts.size());

    Map<String, SfRecord> accountsByKey = byKey(accounts);
    Map<String, SfRecord> opportunitiesByKey = byKey(opportunities);
    ContactSync contactSync = new ContactSync(mapping, values, context.report(),
        export.records(SalesforceObjects.OPPORTUNITY_CONTACT_ROLE), dryRun);
    DealSync dealSync = new DealSync(mapping, workflow, values, new DealHistory(
        export.records(SalesforceObjects.OPPORTUNITY_HISTORY),
        export.records(SalesforceObjects.OPPORTUNITY_FIELD_HISTORY), opportunitiesByKey, mapping::stage),
        workspace.company().currency(), context.report(), dryRun, byKey(accounts));
    Map<String, List<SfRecord>> contactsBySlug = bySlug(contacts, slugs, accountsByKey, folders, "contact");
    Map<String, List<SfRecord>> dealsBySlug = bySlug(opportunities, slugs, accountsByKey, folders, "deal");
    TreeSet<String> folderSlugs = new TreeSet<>(slugs.values());
    folderSlugs.addAll(contactsBySlug.keySet());
    folderSlugs.addAll(dealsBySlug.keySet());
    context.progress().start("salesforce: contacts and deals", folderSlugs.size());
    AtomicInteger done = new AtomicInteger();
    Parallel.forEach(folderSlugs, slug -> {
      try {
        contactSync.run(folders.dir(slug), slug, contactsBySlug.getOrDefault(slug, List.of()));
      } catch (InvalidFileException e) {
        context.report().record(Outcome.FAILED, "contact", e.problem().path(), e.getMessage()
            + " (this customer's contacts were not imported; fix the file and import again)");
      }
      try {
        dealSync.run(folders.dir(slug), slug, dealsBySlug.getOrDefault(slug, List.of()));
      } catch (InvalidFileException e) {
        context.report().record(Outcome.FAILED, "deal", e.problem().path(), e.getMessage()
            + " (this customer's deals were not imported; fix the file and import again)");
      }
      context.progress().advance(done.incrementAndGet());
    });
    if (!folderSlugs.isEmpty()) {
      context.sink().customersChanged();
    }

    ActivityReader activities = new ActivityReader(context.sink(), team, accountsByKey, byKey(contacts),
        opportunitiesByKey);
    export.forEachActivity(activities::accept);
    context.progress().finish("salesforce: " + accounts.size() + " accounts, " + contacts.size() + " contacts, "
        + opportunities.size() + " opportunities read");
  }

  private static Map<String, SfRecord> byKey(List<SfRecord> records) {
    Map<String, SfRecord> map = new HashMap<>();
    records.forEach(r -> map.put(r.key(), r));
    return map;
  }

  private static Map<String, List<SfRecord>> byAccount(List<SfRecord> records) {
    Map<String, List<SfRecord>> map = new HashMap<>();
    for (SfRecord r : records) {
      if (r.get("AccountId") != null) {
        map.computeIfAbsent(r.get("AccountId"), k -> new ArrayList<>()).add(r);
      }
    }
    return map;
  }

  /**
   * Records grouped by their account's folder: the one the account was imported into, or (for an export of
   * contacts or opportunities alone) the folder already linked to the account id. Others are reported unmatched.
   */
  private Map<String, List<SfRecord>> bySlug(List<SfRecord> records, Map<String, String> slugs,
      Map<String, SfRecord> accounts, CustomerFolders folders, String kind) {
    Map<String, List<SfRecord>> map = new LinkedHashMap<>();
    for (SfRecord r : records) {
      String account = r.get("AccountId");
      String slug = account == null ? null : slugs.getOrDefault(account, folders.linkedTo(account));
      if (slug != null) {
        map.computeIfAbsent(slug, k -> new ArrayList<>()).add(r);
      } else {
        context.sink().unmatched(kind, r.label(), r.origin() + ": " + (account == null
            ? "it has no account (AccountId is empty)"
            : accounts.containsKey(account) ? "its account could not be imported"
            : "its account " + account + " is neither in the export nor linked to a customer folder"));
      }
    }
    return map;
  }

}
