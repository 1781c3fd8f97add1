package com.salesworkspace.interactions;

/** An interaction found by search: what it is, who sent it, a snippet, and the id to read it in full. */
public record InteractionHit(
    String id, String customer, String type, String source, String date, String subject, String from,
    String direction, String snippet, int chars) {}
