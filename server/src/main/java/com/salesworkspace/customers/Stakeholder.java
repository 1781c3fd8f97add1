package com.salesworkspace.customers;

/** A contact as a stakeholder: role, sentiment, and how long since we last heard from or spoke with them. */
public record Stakeholder(
    String name, String title, String role, String sentiment, String email, String lastContacted,
    String lastInteraction, Integer daysSilent, boolean quiet) {}
