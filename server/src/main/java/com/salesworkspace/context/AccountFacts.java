package com.salesworkspace.context;

import com.salesworkspace.customers.Stakeholder;
import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import com.salesworkspace.model.TeamMember;
import com.salesworkspace.model.WorkflowStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The part of a context that does not depend on the plan: account facts and health, the stakeholder map with its
 * gaps, and open and closed deals with their flags (slipped, overdue, long in stage), each cut to the tier's limits.
 */
final class AccountFacts {
  private static final List<String> ROLE_ORDER = List.of("champion", "economic_buyer", "decision_maker", "blocker",
      "technical_evaluator", "influencer", "user");

  private final Material m;
  private final Tier tier;

  AccountFacts(Material material, Tier tier) {
    this.m = material;
    this.tier = tier;
  }

  /** The account facts of the template model: name, company, stakeholders, gaps, open and closed deals. */
  Map<String, Object> model() {
    Map<String, Object> model = new LinkedHashMap<>();
    CustomerProfile profile = m.profile();
    model.put("name", profile.name());
    model.put("slug", m.slug());
    model.put("tier", tier.id());
    model.put("budget", String.format(Locale.ROOT, "%,d", tier.budget()));
    model.put("as_of", m.asOf().toString());
    model.put("focus", m.focus());
    model.put("company", company(profile));
    model.put("stakeholders", stakeholders());
    model.put("gaps", gaps());
    List<Deal> open = new ArrayList<>();
    List<Deal> closed = new ArrayList<>();
    for (Deal d : m.deals()) {
      if (d.created() != null && d.created().isAfter(m.asOf())) {
        continue; // not yet a deal on that day
      }
      boolean isClosed = m.workflow().stage(d.stage()).map(WorkflowStage::isClosed)
          .orElse(d.stage().startsWith("closed"));
      (isClosed ? closed : open).add(d);
    }
    open.sort(Comparator.comparing((Deal d) -> d.amount() == null ? BigDecimal.ZERO : d.amount()).reversed()
        .thenComparing(d -> d.closeDate() == null ? LocalDate.MAX : d.closeDate()).thenComparing(Deal::id));
    List<Map<String, Object>> deals = new ArrayList<>();
    for (Deal d : open.subList(0, Math.min(open.size(), tier.maxOpenDeals))) {
      deals.add(deal(d));
    }
    model.put("deals", deals);
    List<String> more = new ArrayList<>();
    if (open.size() > tier.maxOpenDeals) {
      List<Deal> rest = open.subList(tier.maxOpenDeals, open.size());
      BigDecimal sum = rest.stream().map(d -> d.amount() == null ? BigDecimal.ZERO : d.amount())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      more.add(rest.size() + " more open deals worth " + money(sum, profile.currency()) + " in all ("
          + rest.stream().map(Deal::id).limit(10).collect(Collectors.joining(", ")) + (rest.size() > 10 ? ", …" : "")
          + ").");
    }
    model.put("more_deals", more);
    closed.sort(Comparator.comparing((Deal d) -> d.closeDate() == null ? LocalDate.MIN : d.closeDate()).reversed()
        .thenComparing(Deal::id));
    List<Map<String, Object>> closedViews = new ArrayList<>();
    for (Deal d : closed.subList(0, Math.min(closed.size(), tier.maxClosedDeals))) {
      closedViews.add(deal(d));
    }
    model.put("closed_deals", closedViews);
    model.put("closed_section", !closedViews.isEmpty());
    return model;
  }

  private Map<String, Object> company(CustomerProfile p) {
    Map<String, Object> c = new LinkedHashMap<>();
    List<String> facts = new ArrayList<>();
    add(facts, p.industry());
    if (p.employees() != null) {
      facts.add(String.format(Locale.ROOT, "%,d employees", p.employees()));
    }
    add(facts, p.region());
    if (p.tier() != null) {
      facts.add("tier " + p.tier());
    }
    if (p.lifecycleStage() != null) {
      facts.add("stage " + p.lifecycleStage());
    }
    if (!p.domains().isEmpty()) {
      facts.add(String.join(", ", p.domains()));
    }
    c.put("facts", String.join(" · ", facts));
    c.put("owner", person(p.owner()));
    c.put("csm", p.csm() == null ? null : person(p.csm()));
    c.put("arr", p.arr() == null ? null : money(p.arr(), p.currency()));
    if (p.renewalDate() != null) {
      long days = ChronoUnit.DAYS.between(m.asOf(), p.renewalDate());
      c.put("renewal", p.renewalDate() + (days >= 0 ? " (in " + days + " days)" : " (" + -days + " days ago)"));
    }
    StringBuilder health = new StringBuilder();
    if (p.health() != null && p.health().score() != null) {
      health.append(p.health().score()).append("/100");
      List<String> more = new ArrayList<>();
      add(more, p.health().trend());
      if (p.health().updated() != null) {
        more.add("updated " + p.health().updated());
      }
      if (!more.isEmpty()) {
        health.append(" (").append(String.join(", ", more)).append(")");
      }
    } else {
      health.append("not scored");
    }
    c.put("health", health.toString());
    c.put("activity", activity());
    c.put("competitors", p.competitors().isEmpty() ? null : String.join(", ", p.competitors()));
    return c;
  }

  private String activity() {
    List<InteractionDigest> all = m.digests();
    if (all.isEmpty()) {
      return "no interactions on record" + (m.asOf() == null ? "" : " up to " + m.asOf()) + ".";
    }
    InteractionDigest last = all.get(0);
    InteractionDigest first = all.get(all.size() - 1);
    long days = ChronoUnit.DAYS.between(last.day(), m.asOf());
    Map<String, Integer> byType = new TreeMap<>();
    all.forEach(d -> byType.merge(d.type() == null ? "other" : d.type(), 1, Integer::sum));
    String types = byType.entrySet().stream().map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(),
        ContextPlanner.plural(e.getKey(), e.getValue()))).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "%,d interactions from %s to %s (%s); last %s (%s)", all.size(),
        first.dayText(), last.dayText(), types, last.dayText(), days == 0 ? "the same day" : days == 1 ? "1 day before"
            : days + " days before");
  }

  private static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }


  private List<Map<String, Object>> stakeholders() {
    List<Stakeholder> list = new ArrayList<>(m.stakeholders().stakeholders());
    Map<String, String> notes = new HashMap<>();
    for (Contact c : m.contacts()) {
      if (c.notes() != null) {
        notes.putIfAbsent(c.name(), c.notes());
      }
    }
    list.sort(Comparator.comparingInt((Stakeholder s) -> {
      int i = ROLE_ORDER.indexOf(s.role());
      return i < 0 ? ROLE_ORDER.size() : i;
    }).thenComparing(s -> s.daysSilent() == null ? Integer.MAX_VALUE : s.daysSilent()).thenComparing(Stakeholder::name));
    List<Map<String, Object>> views = new ArrayList<>();
    for (Stakeholder s : list.subList(0, Math.min(list.size(), tier.maxStakeholders))) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("name", s.name());
      v.put("title", s.title());
      v.put("role", s.role() == null ? "role unknown" : s.role().replace('_', ' '));
      v.put("sentiment", s.sentiment() == null ? "sentiment unknown" : s.sentiment());
      String heard = s.lastInteraction() != null ? s.lastInteraction() : s.lastContacted();
      v.put("last_heard", heard == null ? "no interaction on record"
          : "last heard " + heard + (s.daysSilent() == null ? "" : " (" + days(s.daysSilent()) + ")")
              + (s.quiet() ? ", quiet" : ""));
      String note = notes.get(s.name());
      boolean key = "champion".equals(s.role()) || "economic_buyer".equals(s.role());
      int chars = tier == Tier.COMPACT && !key ? 0 : tier.contactNoteChars;
      v.put("notes", note == null || chars == 0 ? null : SignalDetector.trim(note.strip(), chars));
      views.add(v);
    }
    if (list.size() > tier.maxStakeholders) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("name", (list.size() - tier.maxStakeholders) + " more contacts");
      v.put("role", "see get_customer");
      v.put("sentiment", "-");
      v.put("last_heard", "-");
      views.add(v);
    }
    return views;
  }

  private List<String> gaps() {
    List<String> gaps = new ArrayList<>(m.stakeholders().gaps());
    for (Stakeholder s : m.stakeholders().stakeholders()) {
      if ("negative".equals(s.sentiment()) && !"blocker".equals(s.role())) {
        gaps.add("Negative sentiment: " + s.name() + (s.role() == null ? "" : " (" + s.role().replace('_', ' ') + ")")
            + ".");
      }
    }
    if (!m.digests().isEmpty()) {
      long days = ChronoUnit.DAYS.between(m.digests().get(0).day(), m.asOf());
      if (days > 30) {
        gaps.add("No interaction with the account for " + days + " days.");
      }
    } else {
      gaps.add("No interactions on record.");
    }
    return gaps;
  }

  private Map<String, Object> deal(Deal d) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", d.id());
    v.put("name", d.name());
    v.put("amount", d.amount() == null ? "amount not set" : money(d.amount(), d.currency()));
    Map<String, String> stageNames = new HashMap<>();
    m.workflow().stages().forEach(s -> stageNames.put(s.id(), s.name()));
    v.put("stage", d.stage());
    v.put("probability", d.probability() == null ? null : d.probability() + "%"
        + (d.forecastCategory() == null ? "" : " " + d.forecastCategory()));
    v.put("close_date", d.closeDate() == null ? "not set" : d.closeDate().toString());
    v.put("next_step", d.nextStep());
    v.put("next_step_date", d.nextStepDate() == null ? null : d.nextStepDate().toString());
    List<String> flags = new ArrayList<>();
    LocalDate firstClose = d.history().stream().map(Deal.Change::closeDate).filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
    if (firstClose != null && d.closeDate() != null && d.closeDate().isAfter(firstClose)) {
      flags.add("close date slipped " + ChronoUnit.DAYS.between(firstClose, d.closeDate()) + " days (first "
          + firstClose + ")");
    }
    if (d.closeDate() != null && d.closeDate().isBefore(m.asOf()) && !d.stage().startsWith("closed")) {
      flags.add("close date passed");
    }
    if (d.nextStepDate() != null && d.nextStepDate().isBefore(m.asOf())) {
      flags.add("next step overdue");
    }
    LocalDate inStageSince = null;
    for (Deal.Change ch : d.history()) {
      if (d.stage().equals(ch.stage()) && ch.date() != null && inStageSince == null) {
        inStageSince = ch.date();
      } else if (!d.stage().equals(ch.stage())) {
        inStageSince = null;
      }
    }
    if (inStageSince != null) {
      long days = ChronoUnit.DAYS.between(inStageSince, m.asOf());
      Integer typical = m.workflow().stage(d.stage()).map(WorkflowStage::typicalDays).orElse(null);
      if (typical != null && days > typical) {
        flags.add("in " + d.stage() + " " + days + " days (typical " + typical + ")");
      }
    }
    if (!d.competitors().isEmpty()) {
      flags.add("competing: " + String.join(", ", d.competitors()));
    }
    v.put("flags", flags.isEmpty() ? null : String.join("; ", flags));
    v.put("history", d.history().stream().map(h -> h.date() + ": " + nz(h.stage())
        + (h.closeDate() == null ? "" : ", close " + h.closeDate())
        + (h.amount() == null ? "" : ", " + money(h.amount(), d.currency()))).toList());
    return v;
  }

  private String person(String userId) {
    if (userId == null) {
      return "not set";
    }
    for (TeamMember t : m.team()) {
      if (userId.equals(t.id()) && t.name() != null) {
        return t.name() + " (" + userId + ")";
      }
    }
    return userId;
  }

  static String money(BigDecimal amount, String currency) {
    return (currency == null ? "" : currency + " ") + String.format(Locale.ROOT, "%,.0f", amount);
  }

  private static void add(List<String> list, String value) {
    if (value != null && !value.isBlank()) {
      list.add(value);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
