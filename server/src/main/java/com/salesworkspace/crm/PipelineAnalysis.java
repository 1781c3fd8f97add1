package com.salesworkspace.crm;

import com.salesworkspace.crm.PipelineReport.Bucket;
import com.salesworkspace.crm.PipelineReport.DealList;
import com.salesworkspace.crm.PipelineReport.FlaggedDeal;
import com.salesworkspace.crm.PipelineReport.OwnerLine;
import com.salesworkspace.crm.PipelineReport.StageFlow;
import com.salesworkspace.crm.PipelineReport.Totals;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.TeamMember;
import com.salesworkspace.model.Workflow;
import com.salesworkspace.model.WorkflowStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pipeline analysis over deals as they are in the workspace: totals, breakdowns, coverage, risk lists and stage
 * flow. Pure computation on already-loaded deals, so tests can check every figure by hand.
 */
public final class PipelineAnalysis {
  private final Workflow workflow;
  private final Scope scope;
  private final Period period;
  private final LocalDate asOf;
  private final int staleDays;
  private final int limit;

  public PipelineAnalysis(Workflow workflow, Scope scope, Period period, LocalDate asOf, int staleDays, int limit) {
    this.workflow = workflow;
    this.scope = scope;
    this.period = period;
    this.asOf = asOf;
    this.staleDays = staleDays;
    this.limit = limit;
  }

  public PipelineReport run(List<PipelineDeal> all) {
    List<PipelineDeal> mine = all.stream().filter(d -> scope.includes(d.owner())).toList();
    List<PipelineDeal> inPeriod = mine.stream().filter(d -> period.contains(d.deal().closeDate())).toList();
    List<PipelineDeal> open = inPeriod.stream().filter(this::isOpen).toList();
    // Risks look at the open deals of the period and at older ones still open past their close date.
    List<PipelineDeal> atRisk = mine.stream().filter(this::isOpen)
        .filter(d -> period.contains(d.deal().closeDate())
            || d.deal().closeDate() != null && d.deal().closeDate().isBefore(asOf))
        .toList();

    double won = sum(inPeriod.stream().filter(this::isWon).toList(), d -> amount(d));
    double lost = sum(inPeriod.stream().filter(this::isLost).toList(), d -> amount(d));
    double openAmount = sum(open, d -> amount(d));
    Double quota = scope.quota() == null ? null : round(scope.quota() * period.shareOfYear());
    Totals totals = new Totals(open.size(), round(openAmount), round(sum(open, this::weighted)), round(won),
        round(lost), quota, quota == null ? null : round(quota - won), coverage(openAmount, quota, won));

    List<OwnerLine> byOwner = new ArrayList<>();
    for (String owner : ownersOf(inPeriod)) {
      List<PipelineDeal> theirs = inPeriod.stream().filter(d -> owner.equals(d.owner())).toList();
      List<PipelineDeal> theirOpen = theirs.stream().filter(this::isOpen).toList();
      double theirWon = sum(theirs.stream().filter(this::isWon).toList(), d -> amount(d));
      Double theirQuota = scope.quotaOf(owner) == null ? null : round(scope.quotaOf(owner) * period.shareOfYear());
      double theirOpenAmount = sum(theirOpen, d -> amount(d));
      byOwner.add(new OwnerLine(owner, theirOpen.size(), round(theirOpenAmount), round(sum(theirOpen, this::weighted)),
          round(theirWon), theirQuota, coverage(theirOpenAmount, theirQuota, theirWon)));
    }

    return new PipelineReport(scope.label(), scope.owners(), period.label(), period.from(), period.to(), asOf, totals,
        buckets(inPeriod, d -> d.deal().stage(), stageOrder()),
        buckets(inPeriod, d -> d.deal().forecastCategory() == null ? "none" : d.deal().forecastCategory(), List.of()),
        byOwner,
        flagged(atRisk, this::slipReason),
        flagged(atRisk, this::staleReason),
        flagged(atRisk, this::nextStepReason),
        flagged(atRisk, d -> d.accountHasEconomicBuyer() ? null : "no economic_buyer among the account's contacts"),
        stageFlow(mine), winRate(mine));
  }

  /** Who the analysis covers: one owner, a manager's team, or everyone, with the quotas that apply. */
  public record Scope(String label, List<String> owners, Double quota, Map<String, Double> quotas) {
    public boolean includes(String owner) {
      return owners.isEmpty() || owners.contains(owner);
    }

    Double quotaOf(String owner) {
      return quotas.get(owner);
    }

    /** Everyone; the quota is that of the people nobody manages (the top of the team). */
    public static Scope everyone(List<TeamMember> team) {
      Double top = total(team.stream().filter(m -> m.manager() == null).toList());
      return new Scope("all owners", List.of(), top, quotas(team));
    }

    public static Scope owner(TeamMember member, List<TeamMember> team) {
      return new Scope("owner " + member.id(), List.of(member.id()), member.quota() == null ? null
          : member.quota().doubleValue(), quotas(team));
    }

    /** A manager and their reports; the team quota is the manager's own, else the sum of the reports'. */
    public static Scope team(TeamMember manager, List<TeamMember> team) {
      List<TeamMember> reports = team.stream().filter(m -> manager.id().equals(m.manager())).toList();
      List<String> owners = new ArrayList<>(List.of(manager.id()));
      reports.forEach(r -> owners.add(r.id()));
      Double quota = manager.quota() != null ? Double.valueOf(manager.quota().doubleValue()) : total(reports);
      return new Scope("team of " + manager.id(), owners, quota, quotas(team));
    }

    private static Double total(List<TeamMember> members) {
      List<BigDecimal> quotas = members.stream().map(TeamMember::quota).filter(q -> q != null).toList();
      return quotas.isEmpty() ? null : quotas.stream().mapToDouble(BigDecimal::doubleValue).sum();
    }

    private static Map<String, Double> quotas(List<TeamMember> team) {
      Map<String, Double> map = new LinkedHashMap<>();
      team.stream().filter(m -> m.quota() != null).forEach(m -> map.put(m.id(), m.quota().doubleValue()));
      return map;
    }
  }

  private Optional<WorkflowStage> stage(String id) {
    return workflow.stage(id);
  }

  private boolean isOpen(PipelineDeal d) {
    return stage(d.deal().stage()).map(s -> !s.isClosed()).orElse(true);
  }

  private boolean isWon(PipelineDeal d) {
    return stage(d.deal().stage()).map(s -> s.isClosed() && Boolean.TRUE.equals(s.won())).orElse(false);
  }

  private boolean isLost(PipelineDeal d) {
    return stage(d.deal().stage()).map(s -> s.isClosed() && !Boolean.TRUE.equals(s.won())).orElse(false);
  }

  private static double amount(PipelineDeal d) {
    return d.deal().amount() == null ? 0 : d.deal().amount().doubleValue();
  }

  /** amount x probability: the deal's own probability, else its stage's. */
  private double weighted(PipelineDeal d) {
    Integer p = d.deal().probability() != null ? d.deal().probability()
        : stage(d.deal().stage()).map(WorkflowStage::probability).orElse(null);
    return p == null ? 0 : amount(d) * p / 100.0;
  }

  private static double sum(List<PipelineDeal> deals, java.util.function.ToDoubleFunction<PipelineDeal> f) {
    return deals.stream().mapToDouble(f).sum();
  }

  private static Double coverage(double open, Double quota, double won) {
    if (quota == null || quota - won <= 0) {
      return null;
    }
    return Math.round(open / (quota - won) * 100) / 100.0;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private List<String> stageOrder() {
    return workflow.stages().stream().map(WorkflowStage::id).toList();
  }

  private static List<String> ownersOf(List<PipelineDeal> deals) {
    return deals.stream().map(d -> d.owner() == null ? "(none)" : d.owner()).distinct().sorted().toList();
  }

  private List<Bucket> buckets(List<PipelineDeal> deals, Function<PipelineDeal, String> key, List<String> order) {
    Map<String, List<PipelineDeal>> groups = deals.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new,
        Collectors.toList()));
    List<String> keys = new ArrayList<>(order.stream().filter(groups::containsKey).toList());
    groups.keySet().stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
    return keys.stream().map(k -> new Bucket(k, groups.get(k).size(), round(sum(groups.get(k), d -> amount(d))),
        round(sum(groups.get(k), this::weighted)))).toList();
  }

  private DealList flagged(List<PipelineDeal> deals, Function<PipelineDeal, String> reason) {
    List<FlaggedDeal> all = new ArrayList<>();
    for (PipelineDeal d : deals) {
      String why = reason.apply(d);
      if (why != null) {
        Deal deal = d.deal();
        all.add(new FlaggedDeal(d.customer(), deal.id(), deal.name(), deal.amount() == null ? null
            : deal.amount().doubleValue(), deal.stage(), deal.closeDate(), why));
      }
    }
    all.sort(Comparator.comparing((FlaggedDeal f) -> f.amount() == null ? 0 : f.amount()).reversed()
        .thenComparing(FlaggedDeal::id));
    return new DealList(all.size(), all.size() > limit, List.copyOf(all.subList(0, Math.min(limit, all.size()))));
  }

  private List<Deal.Change> history(Deal deal) {
    return deal.history().stream().filter(h -> h.date() != null && !h.date().isAfter(asOf))
        .sorted(Comparator.comparing(Deal.Change::date)).toList();
  }

  private String slipReason(PipelineDeal d) {
    Deal deal = d.deal();
    List<String> reasons = new ArrayList<>();
    LocalDate first = history(deal).stream().map(Deal.Change::closeDate).filter(c -> c != null).findFirst()
        .orElse(null);
    if (first != null && deal.closeDate() != null && deal.closeDate().isAfter(first)) {
      reasons.add("close date moved from " + first + " to " + deal.closeDate() + " ("
          + ChronoUnit.DAYS.between(first, deal.closeDate()) + " days later)");
    }
    if (deal.closeDate() != null && deal.closeDate().isBefore(asOf)) {
      reasons.add("close date " + deal.closeDate() + " has passed and the deal is still open");
    }
    return reasons.isEmpty() ? null : String.join("; ", reasons);
  }

  private String staleReason(PipelineDeal d) {
    LocalDate lastActivity = d.lastActivityMillis() == null ? null
        : Instant.ofEpochMilli(d.lastActivityMillis()).atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate lastStageChange = lastStageChange(d.deal());
    LocalDate cutoff = asOf.minusDays(staleDays);
    boolean quietActivity = lastActivity == null || lastActivity.isBefore(cutoff);
    boolean quietStage = lastStageChange == null || lastStageChange.isBefore(cutoff);
    if (!quietActivity || !quietStage) {
      return null;
    }
    return "no interaction " + (lastActivity == null ? "on record" : "since " + lastActivity) + " and stage "
        + d.deal().stage() + (lastStageChange == null ? " with no recorded change" : " since " + lastStageChange)
        + " (over " + staleDays + " days)";
  }

  /** The day the deal entered its current stage, from its history (null without history). */
  private LocalDate lastStageChange(Deal deal) {
    LocalDate since = null;
    String previous = null;
    for (Deal.Change h : history(deal)) {
      if (h.stage() != null && !h.stage().equals(previous)) {
        since = h.date();
        previous = h.stage();
      }
    }
    return since;
  }

  private String nextStepReason(PipelineDeal d) {
    Deal deal = d.deal();
    if (deal.nextStep() == null || deal.nextStep().isBlank()) {
      return "no next step";
    }
    if (deal.nextStepDate() != null && deal.nextStepDate().isBefore(asOf)) {
      return "next step was due " + deal.nextStepDate();
    }
    return null;
  }

  /**
   * For each open stage: deals that reached it (by history or current stage; a win reaches every stage) and those
   * that went on to a later stage; the average completed stay in days.
   */
  private List<StageFlow> stageFlow(List<PipelineDeal> deals) {
    List<WorkflowStage> openStages = workflow.stages().stream().filter(s -> !s.isClosed()).toList();
    List<StageFlow> flows = new ArrayList<>();
    for (int i = 0; i < openStages.size(); i++) {
      WorkflowStage s = openStages.get(i);
      int reached = 0;
      int advanced = 0;
      List<Long> stays = new ArrayList<>();
      for (PipelineDeal d : deals) {
        int furthest = furthest(d, openStages);
        if (furthest >= i) {
          reached++;
          if (furthest > i) {
            advanced++;
          }
        }
        stays.addAll(stays(d.deal(), s.id()));
      }
      flows.add(new StageFlow(s.id(), reached, advanced, reached == 0 ? null : round((double) advanced / reached),
          stays.isEmpty() ? null : round(stays.stream().mapToLong(Long::longValue).average().orElse(0)),
          stays.size(), s.typicalDays()));
    }
    return flows;
  }

  /** The furthest open stage a deal reached (openStages.size() for a win), -1 when none is known. */
  private int furthest(PipelineDeal d, List<WorkflowStage> openStages) {
    if (isWon(d)) {
      return openStages.size();
    }
    List<String> ids = openStages.stream().map(WorkflowStage::id).toList();
    int furthest = ids.indexOf(d.deal().stage());
    for (Deal.Change h : history(d.deal())) {
      furthest = Math.max(furthest, ids.indexOf(h.stage()));
    }
    return furthest;
  }

  /** Completed stays in a stage: from entering it to the next change of stage, in days. */
  private List<Long> stays(Deal deal, String stageId) {
    List<Long> stays = new ArrayList<>();
    LocalDate entered = null;
    String current = null;
    for (Deal.Change h : history(deal)) {
      if (h.stage() == null || h.stage().equals(current)) {
        continue;
      }
      if (stageId.equals(current) && entered != null) {
        stays.add(ChronoUnit.DAYS.between(entered, h.date()));
      }
      current = h.stage();
      entered = h.date();
    }
    return stays;
  }

  private Double winRate(List<PipelineDeal> deals) {
    long won = deals.stream().filter(this::isWon).count();
    long lost = deals.stream().filter(this::isLost).count();
    return won + lost == 0 ? null : round((double) won / (won + lost));
  }
}
