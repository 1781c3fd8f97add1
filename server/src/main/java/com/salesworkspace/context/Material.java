package com.salesworkspace.context;

import com.salesworkspace.customers.StakeholderMap;
import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.TeamMember;
import com.salesworkspace.model.Workflow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything known about one customer that a context can draw on, gathered once per build: the customer's files,
 * the stakeholder map, the analysis of the interaction digests (newest first), and the focus ranking from the search index
 * ({@code focusScores}: interaction path to a score in (0, 1], best 1).
 */
record Material(
    String slug,
    CustomerProfile profile,
    List<Contact> contacts,
    List<Deal> deals,
    Workflow workflow,
    List<TeamMember> team,
    StakeholderMap.Result stakeholders,
    Analysis analysis,
    String notes,
    String insights,
    String focus,
    Set<String> focusStems,
    Map<String, Double> focusScores,
    LocalDate asOf,
    Map<String, String> competitorNames,
    Function<InteractionDigest, String> cleanText) {

  List<InteractionDigest> digests() {
    return analysis.digests;
  }
}
