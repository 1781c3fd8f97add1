package com.salesworkspace.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The front matter of an interaction file. */
public record InteractionHeader(
    String id,
    String type,
    OffsetDateTime date,
    String source,
    String sourceId,
    String subject,
    String from,
    List<String> to,
    List<String> participants,
    String direction) {

  public static final Set<String> TYPES = Set.of("email", "slack", "call", "meeting", "note", "task");
  public static final Set<String> SOURCES = Set.of("gmail", "slack", "gong", "granola", "salesforce", "manual");
  public static final Set<String> DIRECTIONS = Set.of("inbound", "outbound", "internal");

  public InteractionHeader {
    to = to == null ? List.of() : List.copyOf(to);
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
