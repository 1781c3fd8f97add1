package com.salesworkspace.importers.salesforce;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Our people as the import knows them: Salesforce user keys to team user ids, and names and emails for exports
 * that name owners instead of linking them (reports).
 */
final class TeamDirectory {
  /** A team member as the import needs it. */
  record Member(String id, String name, String email) {
    String address() {
      return email == null ? name : (name == null ? email : name + " <" + email + ">");
    }
  }

  private final Map<String, Member> bySalesforceKey = new HashMap<>();
  private final Map<String, Member> byNameOrEmail = new HashMap<>();

  void add(String salesforceKey, Member member) {
    if (salesforceKey != null) {
      bySalesforceKey.put(salesforceKey, member);
    }
    addKnown(member);
  }

  void addKnown(Member member) {
    if (member.name() != null) {
      byNameOrEmail.putIfAbsent(member.name().toLowerCase(Locale.ROOT), member);
    }
    if (member.email() != null) {
      byNameOrEmail.putIfAbsent(member.email().toLowerCase(Locale.ROOT), member);
    }
  }

  /** The member a Salesforce user field (an Id, or in reports a name) stands for, or null. */
  Member resolve(String value) {
    if (value == null) {
      return null;
    }
    Member member = bySalesforceKey.get(value);
    return member != null ? member : byNameOrEmail.get(value.trim().toLowerCase(Locale.ROOT));
  }
}
