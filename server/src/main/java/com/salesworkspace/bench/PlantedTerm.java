package com.salesworkspace.bench;

import java.util.List;

/**
 * A word or phrase put into synthetic interactions at a known rate, so that how many documents each benchmark
 * query matches is known before anything is indexed. Either each interaction gets it with {@code probability},
 * or exactly {@code exactDocs} interactions of the workspace get it.
 */
public record PlantedTerm(String text, double probability, int exactDocs) {

  public static PlantedTerm often(String text, double probability) {
    return new PlantedTerm(text, probability, 0);
  }

  public static PlantedTerm inDocs(String text, int docs) {
    return new PlantedTerm(text, 0, docs);
  }

  public boolean fixedCount() {
    return exactDocs > 0;
  }

  public List<String> words() {
    return List.of(text.split(" "));
  }
}
