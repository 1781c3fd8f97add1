package com.salesworkspace.index;

import java.util.List;

/**
 * A ranked search: free text (plain words are all required, "quoted phrases" match in order, -word excludes)
 * with structured filters; {@code person} matches a name or email among the sender, recipients and participants.
 * An empty query lists matching documents newest first.
 */
public record SearchRequest(
    String query,
    List<String> customers,
    List<String> kinds,
    List<String> types,
    List<String> sources,
    String direction,
    String person,
    Long sinceMillis,
    Long untilMillis,
    int offset,
    int limit,
    boolean newestFirst) {

  public SearchRequest {
    query = query == null ? "" : query.strip();
    customers = customers == null ? List.of() : List.copyOf(customers);
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    types = types == null ? List.of() : List.copyOf(types);
    sources = sources == null ? List.of() : List.copyOf(sources);
    person = person == null || person.isBlank() ? null : person.strip();
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
  }

  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, 0, limit, false);
  }

  public boolean hasText() {
    return !query.isEmpty();
  }
}
