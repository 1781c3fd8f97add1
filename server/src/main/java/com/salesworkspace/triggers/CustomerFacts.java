package com.salesworkspace.triggers;

import java.util.List;
import java.util.Map;

/**
 * One customer as the rules see it on the run date: the variables conditions use (see {@link TriggerVariables}),
 * plus what actions need (who to tell, the CRM account, the open deals).
 */
public record CustomerFacts(
    String slug,
    String name,
    String owner,
    String csm,
    String salesforceAccountId,
    List<String> openDealIds,
    Map<String, Object> variables) {}
