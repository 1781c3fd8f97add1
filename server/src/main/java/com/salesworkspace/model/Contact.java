package com.salesworkspace.model;

import java.time.LocalDate;
import java.util.Set;

/** One person at a customer, from contacts.yaml. */
public record Contact(
    String name,
    String email,
    String title,
    String role,
    String sentiment,
    LocalDate lastContacted,
    String phone,
    String notes) {

  public static final Set<String> ROLES = Set.of(
      "champion", "economic_buyer", "decision_maker", "technical_evaluator", "influencer", "blocker", "user");
  public static final Set<String> SENTIMENTS = Set.of("positive", "neutral", "negative", "unknown");
}
