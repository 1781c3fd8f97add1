package com.salesworkspace.bench;

import java.util.Collection;
import java.util.List;

/**
 * One query of the fixed benchmark set. {@code words} are the words a document must hold (in order and adjacent
 * when {@code phrase}); {@code planted} is false for a filler word, whose document count is not known upfront.
 */
public record BenchQuery(String text, QueryClass kind, boolean phrase, List<String> words, boolean planted) {

  public static BenchQuery term(String words, QueryClass kind) {
    return new BenchQuery(words, kind, false, List.of(words.split(" ")), true);
  }

  public static BenchQuery phrase(String words) {
    return new BenchQuery(words, QueryClass.PHRASE, true, List.of(words.split(" ")), true);
  }

  public static BenchQuery filler(String word, QueryClass kind) {
    return new BenchQuery(word, kind, false, List.of(word), false);
  }

  /** The query as a user types it into search. */
  public String searchText() {
    return phrase ? "\"" + text + "\"" : text;
  }

  /** Whether a document holding exactly these planted terms matches (chance adjacency of two aside). */
  public boolean matches(Collection<PlantedTerm> plantedInDoc) {
    if (phrase) {
      return plantedInDoc.stream().anyMatch(t -> java.util.Collections.indexOfSubList(t.words(), words) >= 0);
    }
    return words.stream().allMatch(w -> plantedInDoc.stream().anyMatch(t -> t.words().contains(w)));
  }
}
