package com.salesworkspace.importers.salesforce;

import com.salesworkspace.importers.ImportSink;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Slugs;
import com.salesworkspace.workspace.Workspace;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The customer folders already in the workspace, found by what identifies an account: its Salesforce account id,
 * an email domain, its name. A folder linked to another Salesforce account is never matched by domain or name,
 * so two accounts sharing a domain keep two folders and a re-import does not move the link back and forth.
 * Exports without Ids (reports, tree files) match by domain and name only.
 */
final class CustomerFolders {
  static final String CRM_KEY = "salesforce_account_id";

  private final Workspace workspace;
  private final Map<String, String> byCrmId = new HashMap<>();
  private final Map<String, String> byDomain = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();
  private final Map<String, String> crmIdOf = new HashMap<>();
  private final Set<String> slugs = new HashSet<>();
  private final Set<String> unreadable = new HashSet<>();

  CustomerFolders(Workspace workspace, ImportSink sink) {
    this.workspace = workspace;
    for (String slug : workspace.customerSlugs()) {
      slugs.add(slug);
      String path = Workspace.CUSTOMERS + "/" + slug + "/" + CustomerFiles.PROFILE;
      try {
        remember(slug, YamlFile.read(workspace.customersDir().resolve(slug).resolve(CustomerFiles.PROFILE), path,
            true).data());
      } catch (InvalidFileException e) {
        unreadable.add(slug);
        sink.failed("customer", path, e.getMessage() + " (the folder is left out of Salesforce matching until it is fixed)");
      }
    }
  }

  /** The folder of an account, or null when it has none yet. */
  String find(String crmId, List<String> domains, String name) {
    if (crmId != null && byCrmId.containsKey(crmId)) {
      return byCrmId.get(crmId);
    }
    for (String domain : domains) {
      String slug = byDomain.get(domain.toLowerCase(Locale.ROOT));
      if (slug != null && free(slug, crmId)) {
        return slug;
      }
    }
    String slug = name == null ? null : byName.get(name.trim().toLowerCase(Locale.ROOT));
    return slug != null && free(slug, crmId) ? slug : null;
  }

  /**
   * Whether an account of this name may be the customer of a folder whose profile cannot be read: then a new
   * folder would duplicate it, so the account waits until the profile is fixed.
   */
  boolean mayBeUnreadable(String name) {
    return unreadable.contains(Slugs.fromName(name));
  }

  /** The folder linked to this Salesforce account id, or null. */
  String linkedTo(String crmId) {
    return crmId == null ? null : byCrmId.get(crmId);
  }

  /** A new folder's slug: from the name, made unique. */
  String newSlug(String name) {
    String base = Slugs.fromName(name);
    if (Slugs.RESERVED.contains(base)) {
      base = base + "-customer";
    }
    String slug = base;
    for (int n = 2; slugs.contains(slug); n++) {
      String suffix = "-" + n;
      slug = base.substring(0, Math.min(base.length(), 63 - suffix.length())) + suffix;
    }
    slugs.add(slug);
    return slug;
  }

  /** Records what a written profile now says, for the accounts that follow. */
  void remember(String slug, Map<String, Object> profile) {
    slugs.add(slug);
    if (profile.get("crm") instanceof Map<?, ?> crm && crm.get(CRM_KEY) != null) {
      String id = crm.get(CRM_KEY).toString();
      byCrmId.put(id, slug);
      crmIdOf.put(slug, id);
    }
    if (profile.get("domains") instanceof List<?> domains) {
      domains.forEach(d -> byDomain.putIfAbsent(String.valueOf(d).toLowerCase(Locale.ROOT), slug));
    }
    if (profile.get("name") != null) {
      byName.putIfAbsent(profile.get("name").toString().trim().toLowerCase(Locale.ROOT), slug);
    }
  }

  java.nio.file.Path dir(String slug) {
    return workspace.customersDir().resolve(slug);
  }

  private boolean free(String slug, String crmId) {
    String linked = crmIdOf.get(slug);
    return linked == null || crmId == null || linked.equals(crmId);
  }
}
