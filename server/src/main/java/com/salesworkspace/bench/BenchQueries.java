package com.salesworkspace.bench;

import java.util.List;

/** The fixed query set, four per class, built on {@link PlantedTerms} and one frequent filler word. */
public final class BenchQueries {
  public static final List<BenchQuery> ALL = List.of(
      BenchQuery.term("zephyrine", QueryClass.RARE),
      BenchQuery.term("quillmark", QueryClass.RARE),
      BenchQuery.term("obsidianfox", QueryClass.RARE),
      BenchQuery.term("marlowgate", QueryClass.RARE),
      BenchQuery.term("procurement", QueryClass.MEDIUM),
      BenchQuery.term("sandbox", QueryClass.MEDIUM),
      BenchQuery.term("onboarding", QueryClass.MEDIUM),
      BenchQuery.term("escalation", QueryClass.MEDIUM),
      BenchQuery.term("renewal", QueryClass.COMMON),
      BenchQuery.term("pricing", QueryClass.COMMON),
      BenchQuery.term("renewal pricing", QueryClass.COMMON),
      BenchQuery.filler(FillerWords.FREQUENT_WORD, QueryClass.COMMON),
      BenchQuery.phrase("budget approved"),
      BenchQuery.phrase("security questionnaire"),
      BenchQuery.phrase("mutual action plan"),
      BenchQuery.phrase("renewal pricing"));

  private BenchQueries() {}
}
