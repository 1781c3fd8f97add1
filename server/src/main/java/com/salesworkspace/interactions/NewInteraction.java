package com.salesworkspace.interactions;

import java.time.OffsetDateTime;
import java.util.List;

/** What a person or Claude records by hand: a note, call, meeting, email or task. */
public record NewInteraction(
    String customer, String type, OffsetDateTime date, String subject, String text, List<String> participants,
    String direction) {

  public NewInteraction {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
