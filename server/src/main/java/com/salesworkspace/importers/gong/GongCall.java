package com.salesworkspace.importers.gong;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One call of a calls/extensive response: its metadata, parties and what Gong made of it.
 *
 * @param crmAccountId the Salesforce Account id from the call's or its parties' CRM context, null when absent
 * @param trackers tracker name to the number of times it came up
 * @param actionItems Gong's action items, each "[hh:mm:ss] Speaker: snippet" or the snippet alone
 */
record GongCall(String id, String url, String title, OffsetDateTime started, long durationSeconds,
    String direction, String scope, String system, String primaryUserId, boolean isPrivate, List<GongParty> parties,
    String brief, List<String> keyPoints, List<String> topics, Map<String, Integer> trackers,
    List<String> actionItems, String crmAccountId, List<String> crmOpportunityIds) {

  GongParty bySpeaker(String speakerId) {
    for (GongParty p : parties) {
      if (speakerId != null && speakerId.equals(p.speakerId())) {
        return p;
      }
    }
    return null;
  }

  /** The party with this party id or speaker id (action items use either), null when none has it. */
  static GongParty party(List<GongParty> parties, String id) {
    for (GongParty p : parties) {
      if (id != null && (id.equals(p.id()) || id.equals(p.speakerId()))) {
        return p;
      }
    }
    return null;
  }

  /** The host: the party who is the call's primary user, else the first of ours. */
  GongParty host() {
    for (GongParty p : parties) {
      if (primaryUserId != null && primaryUserId.equals(p.userId())) {
        return p;
      }
    }
    return parties.stream().filter(GongParty::internal).findFirst().orElse(null);
  }

  String label() {
    return "gong call " + id + (title == null ? "" : " '" + title + "'");
  }
}
