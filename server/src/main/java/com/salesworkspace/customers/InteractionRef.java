package com.salesworkspace.customers;

/** A pointer to one interaction: enough to list it and to read it in full by id. */
public record InteractionRef(
    String id, String customer, String type, String source, String date, String subject, String from,
    String direction, int bodyChars, String path) {}
