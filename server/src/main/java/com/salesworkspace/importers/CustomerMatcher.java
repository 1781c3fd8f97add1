package com.salesworkspace.importers;

import com.salesworkspace.model.Company;
import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which customer an imported item belongs to, from the customer folders as they are when it is built:
 * CRM ids and Slack channels in profile.yaml, contact emails in contacts.yaml (personal addresses included) and
 * the profile's email domains. Our own domains (workspace-setup/company.yaml) never identify a customer, and
 * neither do public mail domains.
 */
public final class CustomerMatcher {
  /** What a match rests on, weakest first. */
  public enum Evidence {
    DOMAIN("email domain"), CONTACT_EMAIL("contact email"), SLACK_CHANNEL("Slack channel"), CRM_ID("CRM id");

    private final String label;

    Evidence(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The outcome: a customer, internal-only traffic, or no customer with the reason. */
  public sealed interface Decision {}

  public record Match(String customer, Evidence evidence, String detail) implements Decision {}

  public record InternalOnly() implements Decision {}

  public record NoMatch(String reason) implements Decision {}

  private final Company company;
  private final Map<String, Set<String>> byDomain = new HashMap<>();
  private final Map<String, Set<String>> byContactEmail = new HashMap<>();
  private final Map<String, Set<String>> byChannel = new HashMap<>();
  private final Map<String, Set<String>> byCrmId = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  private CustomerMatcher(Company company) {
    this.company = company;
  }

  /** Reads every customer's profile and contacts; a customer whose files do not parse is left out and noted. */
  public static CustomerMatcher load(Workspace workspace) {
    CustomerMatcher matcher = new CustomerMatcher(workspace.company());
    for (String slug : workspace.customerSlugs()) {
      Path dir = workspace.customersDir().resolve(slug);
      Path profileFile = dir.resolve(CustomerFiles.PROFILE);
      if (!Files.isRegularFile(profileFile)) {
        continue;
      }
      String base = Workspace.CUSTOMERS + "/" + slug + "/";
      try {
        CustomerProfile profile = CustomerFiles.parseProfile(
            CustomerFiles.readText(profileFile, base + CustomerFiles.PROFILE), base + CustomerFiles.PROFILE);
        Path contactsFile = dir.resolve(CustomerFiles.CONTACTS);
        List<Contact> contacts = Files.isRegularFile(contactsFile)
            ? CustomerFiles.parseContacts(CustomerFiles.readText(contactsFile, base + CustomerFiles.CONTACTS),
                base + CustomerFiles.CONTACTS)
            : List.of();
        matcher.add(slug, profile, contacts);
      } catch (InvalidFileException e) {
        matcher.problems.add(e.problem().toString() + " (customer '" + slug + "' is not matched in this import)");
      }
    }
    return matcher;
  }

  /** Customers left out because their files do not parse. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  public Company company() {
    return company;
  }

  private void add(String slug, CustomerProfile profile, List<Contact> contacts) {
    for (String domain : profile.domains()) {
      if (domain != null && !domain.isBlank()) {
        byDomain.computeIfAbsent(domain.strip().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(slug);
      }
    }
    for (Contact contact : contacts) {
      String address = EmailAddresses.address(contact.email());
      if (address != null) {
        byContactEmail.computeIfAbsent(address, k -> new LinkedHashSet<>()).add(slug);
      }
    }
    for (String channel : profile.slackChannels()) {
      String key = channelKey(channel);
      if (!key.isEmpty()) {
        byChannel.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(slug);
      }
    }
    for (String id : profile.crm().values()) {
      if (id != null && !id.isBlank()) {
        byCrmId.computeIfAbsent(id.strip(), k -> new LinkedHashSet<>()).add(slug);
      }
    }
  }

  /** "#ext-acme", "ext-acme" and "EXT-Acme" are the same channel. */
  static String channelKey(String channel) {
    String key = channel == null ? "" : channel.strip();
    while (key.startsWith("#")) {
      key = key.substring(1);
    }
    return key.toLowerCase(Locale.ROOT);
  }

  public boolean isOurs(String address) {
    String domain = EmailAddresses.domain(address);
    if (domain == null) {
      return false;
    }
    for (String ours : company.domains()) {
      if (domain.equals(ours) || domain.endsWith("." + ours)) {
        return true;
      }
    }
    return false;
  }

  /** Decides for one item; the emails are lower-cased addresses. */
  public Decision decide(Collection<String> emails, String slackChannel, String crmAccountId) {
    Map<String, Evidence> best = new TreeMap<>();
    Map<String, String> why = new HashMap<>();
    if (crmAccountId != null && !crmAccountId.isBlank()) {
      consider(byCrmId.get(crmAccountId.strip()), Evidence.CRM_ID, crmAccountId.strip(), best, why);
    }
    if (slackChannel != null && !slackChannel.isBlank()) {
      consider(byChannel.get(channelKey(slackChannel)), Evidence.SLACK_CHANNEL, "#" + channelKey(slackChannel),
          best, why);
    }
    boolean strongMatch = !best.isEmpty();
    List<String> external = emails.stream().filter(e -> e != null && !isOurs(e)).distinct().toList();
    if (!strongMatch && !emails.isEmpty() && external.isEmpty()) {
      return new InternalOnly();
    }
    for (String email : external) {
      consider(byContactEmail.get(email), Evidence.CONTACT_EMAIL, email, best, why);
      String domain = EmailAddresses.domain(email);
      if (domain != null && !PublicMailDomains.isPublic(domain)) {
        for (String candidate = domain; candidate.contains("."); candidate = candidate.substring(candidate.indexOf('.') + 1)) {
          consider(byDomain.get(candidate), Evidence.DOMAIN, candidate, best, why);
        }
      }
    }
    if (best.isEmpty()) {
      return new NoMatch(noMatchReason(external, slackChannel, crmAccountId));
    }
    Evidence strongest = best.values().stream().max(Enum::compareTo).orElseThrow();
    List<String> top = best.entrySet().stream().filter(e -> e.getValue() == strongest).map(Map.Entry::getKey).toList();
    if (top.size() > 1) {
      List<String> each = top.stream().map(slug -> slug + " (" + strongest.label() + " " + why.get(slug) + ")").toList();
      return new NoMatch("ambiguous: matches " + String.join(" and ", each) + " equally; add the address to one "
          + "customer's contacts.yaml or remove the overlap");
    }
    String slug = top.get(0);
    return new Match(slug, strongest, why.get(slug));
  }

  private static void consider(Set<String> slugs, Evidence evidence, String detail, Map<String, Evidence> best,
      Map<String, String> why) {
    if (slugs == null) {
      return;
    }
    for (String slug : slugs) {
      Evidence known = best.get(slug);
      if (known == null || evidence.compareTo(known) > 0) {
        best.put(slug, evidence);
        why.put(slug, detail);
      }
    }
  }

  private static String noMatchReason(List<String> external, String slackChannel, String crmAccountId) {
    List<String> parts = new ArrayList<>();
    if (crmAccountId != null && !crmAccountId.isBlank()) {
      parts.add("CRM id " + crmAccountId.strip() + " is in no profile's crm ids");
    }
    if (slackChannel != null && !slackChannel.isBlank()) {
      parts.add("channel #" + channelKey(slackChannel) + " is in no profile's slack_channels");
    }
    if (!external.isEmpty()) {
      Set<String> publicOnes = new LinkedHashSet<>();
      Set<String> others = new LinkedHashSet<>();
      for (String email : external) {
        String domain = EmailAddresses.domain(email);
        (PublicMailDomains.isPublic(domain) ? publicOnes : others).add(domain);
      }
      if (!others.isEmpty()) {
        parts.add("no customer has the domain " + String.join(", ", others));
      }
      if (!publicOnes.isEmpty()) {
        parts.add("personal addresses (" + String.join(", ", publicOnes) + ") are in no contacts.yaml");
      }
    }
    if (parts.isEmpty()) {
      return "no email address, Slack channel or CRM id to match a customer by";
    }
    return String.join("; ", parts);
  }
}
