package com.salesworkspace.importers.salesforce;

import java.util.Set;

/** The Salesforce objects the importer reads, by sObject name (the Data Export file name without .csv). */
final class SalesforceObjects {
  static final String USER = "User";
  static final String ACCOUNT = "Account";
  static final String CONTACT = "Contact";
  static final String OPPORTUNITY = "Opportunity";
  static final String OPPORTUNITY_HISTORY = "OpportunityHistory";
  static final String OPPORTUNITY_FIELD_HISTORY = "OpportunityFieldHistory";
  static final String OPPORTUNITY_CONTACT_ROLE = "OpportunityContactRole";
  static final String TASK = "Task";
  static final String EVENT = "Event";

  /** Held in memory and joined: accounts, their people and deals. */
  static final Set<String> RECORDS = Set.of(USER, ACCOUNT, CONTACT, OPPORTUNITY, OPPORTUNITY_HISTORY,
      OPPORTUNITY_FIELD_HISTORY, OPPORTUNITY_CONTACT_ROLE);

  /** Streamed to the sink one by one: there can be millions. */
  static final Set<String> ACTIVITIES = Set.of(TASK, EVENT);

  private SalesforceObjects() {}

  static boolean isRead(String object) {
    return RECORDS.contains(object) || ACTIVITIES.contains(object);
  }
}
