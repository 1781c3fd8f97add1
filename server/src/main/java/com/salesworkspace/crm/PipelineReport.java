package com.salesworkspace.crm;

import java.time.LocalDate;
import java.util.List;

/** The result of a pipeline analysis; amounts are in the deals' currency, rounded to cents. */
public record PipelineReport(
    String scope,
    List<String> owners,
    String period,
    LocalDate from,
    LocalDate to,
    LocalDate asOf,
    Totals totals,
    List<Bucket> byStage,
    List<Bucket> byForecastCategory,
    List<OwnerLine> byOwner,
    DealList slipped,
    DealList stale,
    DealList missingNextStep,
    DealList noEconomicBuyer,
    List<StageFlow> stageFlow,
    Double winRate) {

  /** Open pipeline, weighted, won and lost in the period; coverage = open / (quota - won), null when quota is met. */
  public record Totals(int openDeals, double openAmount, double weightedAmount, double wonAmount, double lostAmount,
      Double quota, Double remainingQuota, Double coverage) {}

  public record Bucket(String key, int deals, double amount, double weighted) {}

  public record OwnerLine(String owner, int openDeals, double openAmount, double weightedAmount, double wonAmount,
      Double quota, Double coverage) {}

  /** A deal flagged with why. */
  public record FlaggedDeal(String customer, String id, String name, Double amount, String stage,
      LocalDate closeDate, String reason) {}

  /** The first {@code limit} flagged deals, largest first, and how many there are in all. */
  public record DealList(int total, boolean hasMore, List<FlaggedDeal> deals) {}

  /** Conversion from a stage to any later one, and the average completed stay in it (workflow typical_days aside). */
  public record StageFlow(String stage, int reached, int advanced, Double conversion, Double avgDaysInStage,
      int staysMeasured, Integer typicalDays) {}
}
