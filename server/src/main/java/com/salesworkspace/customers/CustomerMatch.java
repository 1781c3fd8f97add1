package com.salesworkspace.customers;

import java.util.List;

/** A customer found by search, with the reasons it matched (best first). */
public record CustomerMatch(
    String slug, String name, String industry, String tier, String lifecycleStage, String owner,
    Integer healthScore, String healthTrend, Double arr, String renewalDate, String lastActivity,
    List<Reason> matched) {

  /** Why a customer matched: the kind of document, its title, a snippet with [matches], and its id when it is an interaction. */
  public record Reason(String kind, String title, String snippet, String interactionId, String date) {}
}
