package com.salesworkspace.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The terms planted into synthetic interactions. The filler text never contains their words, so a planted term
 * occurs only where it was planted. "budget", "approved" and "security" are planted on their own as well as in
 * phrases, so that phrase queries have to check positions rather than just intersect two short lists; "renewal
 * pricing" is the worst case: a rare phrase made of two common words.
 */
public final class PlantedTerms {
  public static final List<PlantedTerm> ALL = List.of(
      PlantedTerm.often("renewal", 0.25),
      PlantedTerm.often("pricing", 0.40),
      PlantedTerm.often("procurement", 0.03),
      PlantedTerm.often("sandbox", 0.02),
      PlantedTerm.often("onboarding", 0.015),
      PlantedTerm.often("escalation", 0.01),
      PlantedTerm.often("budget", 0.04),
      PlantedTerm.often("approved", 0.03),
      PlantedTerm.often("security", 0.05),
      PlantedTerm.often("budget approved", 0.005),
      PlantedTerm.often("security questionnaire", 0.02),
      PlantedTerm.often("mutual action plan", 0.002),
      PlantedTerm.often("renewal pricing", 0.003),
      PlantedTerm.inDocs("zephyrine", 1),
      PlantedTerm.inDocs("quillmark", 3),
      PlantedTerm.inDocs("obsidianfox", 8),
      PlantedTerm.inDocs("marlowgate", 20));

  /** Every word of every planted term: what filler words and fixed texts must never contain. */
  public static final Set<String> WORDS =
      ALL.stream().flatMap(t -> t.words().stream()).collect(Collectors.toUnmodifiableSet());

  private PlantedTerms() {}
}
