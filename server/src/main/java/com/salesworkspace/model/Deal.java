package com.salesworkspace.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One opportunity, from deals.yaml. */
public record Deal(
    String id,
    String name,
    BigDecimal amount,
    String currency,
    String stage,
    LocalDate closeDate,
    Integer probability,
    String forecastCategory,
    String nextStep,
    LocalDate nextStepDate,
    List<String> competitors,
    LocalDate created,
    LocalDate updated,
    List<Change> history) {

  public static final Set<String> FORECAST_CATEGORIES = Set.of("pipeline", "best_case", "commit", "closed", "omitted");

  /** A recorded change of stage, close date or amount. */
  public record Change(LocalDate date, String stage, LocalDate closeDate, BigDecimal amount) {}

  public Deal {
    competitors = competitors == null ? List.of() : List.copyOf(competitors);
    history = history == null ? List.of() : List.copyOf(history);
  }
}
