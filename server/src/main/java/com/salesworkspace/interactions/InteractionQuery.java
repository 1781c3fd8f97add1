package com.salesworkspace.interactions;

import java.time.LocalDate;
import java.util.List;

/** A search over interactions of some types, optionally within one customer, a person, a date range, a direction. */
public record InteractionQuery(
    String query, List<String> types, String customer, String person, LocalDate since, LocalDate until,
    String direction, int offset, int limit) {

  public InteractionQuery {
    types = types == null ? List.of() : List.copyOf(types);
  }
}
