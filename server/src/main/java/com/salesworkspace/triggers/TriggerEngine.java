package com.salesworkspace.triggers;

import com.salesworkspace.index.Index;
import com.salesworkspace.triggers.Alert.ConditionResult;
import com.salesworkspace.triggers.Alert.InteractionEvidence;
import com.salesworkspace.triggers.KeywordScanner.Found;
import com.salesworkspace.triggers.KeywordScanner.InteractionMeta;
import com.salesworkspace.triggers.KeywordScanner.Match;
import com.salesworkspace.triggers.TriggerRun.RuleError;
import com.salesworkspace.triggers.TriggerRun.Suppressed;
import com.salesworkspace.triggers.actions.ActionConfig;
import com.salesworkspace.triggers.actions.ActionRunner;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the trigger rules of a workspace over its index. Keyword rules look for their phrases in interactions not
 * yet reported by the same rule; condition rules evaluate per customer. A match fires at most once per rule and
 * customer per cooldown; each firing is stored with its evidence (index table and reporting/pulse/) and its actions
 * are carried out, or in a dry run only described. One failing rule never stops the others.
 *
 * <p>The index must be up to date (callers refresh it first); the engine reads it and writes only alerts.
 */
public final class TriggerEngine {
  private static final Logger LOG = LoggerFactory.getLogger(TriggerEngine.class);
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final Workspace workspace;
  private final Index index;
  private final Clock clock;
  private final Map<String, String> env;
  private final AlertStore alerts;

  /** What to run: the day (default today), dry run, and optionally some rules or one customer only. */
  public record RunOptions(LocalDate asOf, boolean dryRun, List<String> rules, String customer) {
    public RunOptions {
      rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static RunOptions of(LocalDate asOf, boolean dryRun) {
      return new RunOptions(asOf, dryRun, List.of(), null);
    }
  }

  public TriggerEngine(Workspace workspace, Index index, Clock clock, Map<String, String> env) {
    this.workspace = workspace;
    this.index = index;
    this.clock = clock;
    this.env = env;
    this.alerts = new AlertStore(index.store());
  }

  public AlertStore alerts() {
    restoreIfEmpty();
    return alerts;
  }

  public RuleSet rules() {
    return new RuleLoader(workspace).load();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public TriggerRun run(RunOptions options) {
    long started = System.nanoTime();
    LocalDate asOf = options.asOf() != null ? options.asOf() : today();
    RuleSet set = rules();
    List<Rule> active = select(set, options.rules());
    String customer = options.customer() == null ? null
        : workspace.customerDir(options.customer()).getFileName().toString();
    restoreIfEmpty();
    long loaded = System.nanoTime();
    Map<String, CustomerFacts> facts =
        new FactsReader(index.store().connection(), workspace.workflow()).read(asOf, customer);
    long factsRead = System.nanoTime();

    List<Rule> keywordRules = active.stream().filter(Rule::isKeywordRule).toList();
    List<Found> found = scan(keywordRules, asOf, customer);
    long scanned = System.nanoTime();
    Map<String, String> reported = alerts.reportedInteractions(keywordRules.stream().map(Rule::name).toList());
    int maxCooldown = active.stream().mapToInt(Rule::cooldownDays).max().orElse(0);
    Map<String, List<LocalDate>> fired = alerts.firedBetween(asOf.minusDays(maxCooldown), asOf.plusDays(maxCooldown));

    List<Alert> raised = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    List<RuleError> errors = new ArrayList<>();
    String firedAt = OffsetDateTime.now(clock).toString();
    for (Rule rule : active) {
      try {
        Map<String, Alert> matched = rule.isKeywordRule()
            ? keywordMatches(rule, found, facts, reported, asOf, firedAt, errors)
            : conditionMatches(rule, facts, asOf, firedAt, errors);
        for (Alert alert : matched.values()) {
          LocalDate last = inCooldown(rule, fired.get(AlertStore.key(rule.name(), alert.customer())), asOf);
          if (last != null) {
            suppressed.add(new Suppressed(rule.name(), alert.customer(), last, last.plusDays(rule.cooldownDays())));
          } else {
            raised.add(alert);
          }
        }
      } catch (RuntimeException e) {
        LOG.warn("Rule {} failed; the other rules still run", rule.name(), e);
        errors.add(new RuleError(rule.name(), rule.location(), String.valueOf(e.getMessage()), 0));
      }
    }

    long evaluated = System.nanoTime();
    List<Alert> done = act(raised, set, facts, asOf, options.dryRun());
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.debug("rules loaded in {} ms, facts of {} customers in {} ms, {} phrase candidates in {} ms, rules "
        + "evaluated in {} ms, {} alerts acted on in {} ms", (loaded - started) / 1_000_000, facts.size(),
        (factsRead - loaded) / 1_000_000, found.size(), (scanned - factsRead) / 1_000_000,
        (evaluated - scanned) / 1_000_000, done.size(), (System.nanoTime() - evaluated) / 1_000_000);
    return new TriggerRun(asOf, options.dryRun(), set.rules().size(), active.size(), facts.size(), found.size(),
        done, suppressed, set.problems(), errors, millis);
  }

  private List<Rule> select(RuleSet set, List<String> names) {
    for (String name : names) {
      if (set.find(name).isEmpty()) {
        throw new WorkspaceException("There is no rule '" + name + "'" + problemOf(set, name) + "; the rules are "
            + String.join(", ", set.rules().stream().map(Rule::name).toList()) + ".");
      }
      Rule rule = set.find(name).orElseThrow();
      if (!rule.enabled()) {
        throw new WorkspaceException("The rule '" + name + "' is disabled (enabled: false in " + rule.location()
            + "); enable it to run it.");
      }
    }
    return set.enabled().stream().filter(r -> names.isEmpty() || names.contains(r.name())).toList();
  }

  private static String problemOf(RuleSet set, String name) {
    return set.problems().stream().filter(p -> p.message().startsWith("rule '" + name + "'")).findFirst()
        .map(p -> " that loads (" + p + ")").orElse("");
  }

  private List<Found> scan(List<Rule> keywordRules, LocalDate asOf, String customer) {
    if (keywordRules.isEmpty()) {
      return List.of();
    }
    Set<String> phrases = new LinkedHashSet<>();
    keywordRules.forEach(r -> phrases.addAll(r.keywords()));
    Integer maxAge = keywordRules.stream().anyMatch(r -> r.withinDays() == null) ? null
        : keywordRules.stream().mapToInt(Rule::withinDays).max().orElse(0);
    return new KeywordScanner(index, workspace.company()).scan(List.copyOf(phrases), asOf, maxAge, customer);
  }

  /** Why an interaction does not count for a rule, or null when it does. */
  static String exclusion(Rule rule, InteractionMeta m, LocalDate asOf) {
    if ("task".equals(m.type())) {
      return "a task (our own to-do), never a signal";
    }
    if (m.day().isAfter(asOf)) {
      return "dated after " + asOf;
    }
    long age = ChronoUnit.DAYS.between(m.day(), asOf);
    if (rule.withinDays() != null && age > rule.withinDays()) {
      return age + " days old; the rule looks back " + rule.withinDays() + " days (within)";
    }
    if (!rule.sources().isEmpty() && !rule.sources().contains(m.source())) {
      return "source " + m.source() + " is not among the rule's sources " + new java.util.TreeSet<>(rule.sources());
    }
    if (!Rule.ANY_DIRECTION.equals(rule.direction()) && !rule.direction().equals(m.direction())) {
      return (m.direction() == null ? "direction unknown" : m.direction()) + "; the rule matches " + rule.direction()
          + " interactions only (set direction: any to change that)";
    }
    return null;
  }

  private static Set<String> keys(Rule rule) {
    Set<String> keys = new HashSet<>();
    rule.keywords().forEach(k -> keys.add(PhraseMatcher.key(k)));
    return keys;
  }

  private Map<String, Alert> keywordMatches(Rule rule, List<Found> found, Map<String, CustomerFacts> facts,
      Map<String, String> reported, LocalDate asOf, String firedAt, List<RuleError> errors) {
    Set<String> keys = keys(rule);
    Map<String, List<InteractionEvidence>> byCustomer = new TreeMap<>();
    for (Found f : found) {
      InteractionMeta m = f.interaction();
      Match match = f.matches().stream().filter(x -> keys.contains(x.phrase())).findFirst().orElse(null);
      if (match == null || exclusion(rule, m, asOf) != null
          || reported.containsKey(AlertStore.key(rule.name(), m.customer(), m.id()))) {
        continue;
      }
      byCustomer.computeIfAbsent(m.customer(), c -> new ArrayList<>()).add(0, evidence(m, match));
    }
    Map<String, Alert> result = new LinkedHashMap<>();
    ConditionTally tally = new ConditionTally();
    for (Map.Entry<String, List<InteractionEvidence>> e : byCustomer.entrySet()) {
      CustomerFacts f = facts.get(e.getKey());
      if (f == null) {
        continue; // an interaction folder without a readable profile: doctor reports it
      }
      List<InteractionEvidence> interactions = e.getValue();
      InteractionEvidence newest = interactions.get(0);
      String summary = "\"" + newest.phrase() + "\" in " + article(newest.direction()) + " " + newest.type()
          + (newest.from() == null ? "" : " from " + newest.from()) + " on " + newest.date().substring(0, 10)
          + " (" + newest.id() + ")" + (interactions.size() > 1 ? ", and in " + (interactions.size() - 1) + " more" : "");
      Map<String, Object> values = null;
      List<ConditionResult> conditions = List.of();
      if (!rule.conditions().isEmpty()) {
        Checked checked = check(rule, f, tally);
        if (!checked.holds) {
          continue;
        }
        values = checked.values;
        conditions = checked.results;
        summary += ", while " + PulseLog.values(values);
      }
      result.put(f.slug(), new Alert(null, rule.name(), rule.location(), f.slug(), f.name(), rule.kind(), asOf, firedAt,
          summary, new Alert.Evidence(interactions, values, conditions), List.of()));
    }
    tally.report(rule, errors);
    return result;
  }

  private static String article(String direction) {
    return direction == null ? "an" : direction.startsWith("i") || direction.startsWith("o") ? "an " + direction
        : "a " + direction;
  }

  private static InteractionEvidence evidence(InteractionMeta m, Match match) {
    return new InteractionEvidence(m.id(), m.date(), m.type(), m.source(), m.direction(), m.from(), m.subject(),
        match.phrase(), match.field(), match.start(), match.end(), match.excerpt());
  }

  private Map<String, Alert> conditionMatches(Rule rule, Map<String, CustomerFacts> facts, LocalDate asOf,
      String firedAt, List<RuleError> errors) {
    Map<String, Alert> result = new LinkedHashMap<>();
    ConditionTally tally = new ConditionTally();
    for (CustomerFacts f : facts.values()) {
      Checked checked = check(rule, f, tally);
      if (checked.holds) {
        String summary = PulseLog.values(checked.values) + " (" + String.join(" and ",
            rule.conditions().stream().map(Rule.Condition::expression).toList()) + ")";
        result.put(f.slug(), new Alert(null, rule.name(), rule.location(), f.slug(), f.name(), rule.kind(), asOf,
            firedAt, summary, new Alert.Evidence(List.of(), checked.values, checked.results), List.of()));
      }
    }
    tally.report(rule, errors);
    return result;
  }

  private record Checked(boolean holds, Map<String, Object> values, List<ConditionResult> results) {}

  /** Evaluation errors of one rule, counted over customers and reported once. */
  private static final class ConditionTally {
    int customers;
    String first;

    void report(Rule rule, List<RuleError> errors) {
      if (customers > 0) {
        errors.add(new RuleError(rule.name(), rule.location(), first, customers));
      }
    }
  }

  private static Checked check(Rule rule, CustomerFacts f, ConditionTally tally) {
    Map<String, Object> values = new LinkedHashMap<>();
    Set<String> shown = new HashSet<>();
    List<ConditionResult> results = new ArrayList<>();
    boolean holds = true;
    for (Rule.Condition c : rule.conditions()) {
      CompiledCondition.Result r = c.compiled().evaluate(f.variables());
      values.putAll(c.compiled().valuesIn(f.variables(), shown));
      results.add(new ConditionResult(c.expression(), r.outcome().name().toLowerCase(java.util.Locale.ROOT),
          r.detail()));
      if (r.outcome() == CompiledCondition.Outcome.ERROR) {
        if (tally.customers++ == 0) {
          tally.first = f.slug() + ": condition '" + c.expression() + "': " + r.detail();
        }
      }
      holds &= r.holds();
    }
    values.replaceAll((k, v) -> v instanceof List<?> list && list.size() > 10 ? list.size() + " items" : v);
    return new Checked(holds, values, results);
  }

  /** The day this rule last fired for the customer within its cooldown around {@code asOf}, or null. */
  private static LocalDate inCooldown(Rule rule, List<LocalDate> firedOn, LocalDate asOf) {
    if (firedOn == null || rule.cooldownDays() == 0) {
      return null;
    }
    return firedOn.stream()
        .filter(d -> Math.abs(ChronoUnit.DAYS.between(d, asOf)) < rule.cooldownDays())
        .max(LocalDate::compareTo).orElse(null);
  }

  private List<Alert> act(List<Alert> raised, RuleSet set, Map<String, CustomerFacts> facts, LocalDate asOf,
      boolean dryRun) {
    if (raised.isEmpty()) {
      return List.of();
    }
    OffsetDateTime when = asOf.equals(today()) ? OffsetDateTime.now(clock)
        : asOf.atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC);
    PulseLog pulse = new PulseLog(workspace);
    ActionConfig config = ActionConfig.load(workspace);
    List<Alert> pending = dryRun ? raised : raised.stream().map(a -> withId(a, newId(a))).toList();
    // Stored before acting: a crash mid-action cannot make a rule fire twice.
    if (!dryRun) {
      alerts.saveAll(pending);
    }
    List<Alert> done = new ArrayList<>(pending.size());
    try (ActionRunner runner = new ActionRunner(workspace, config, env, workspace.team(), dryRun, pulse)) {
      for (Alert alert : pending) {
        Rule rule = set.find(alert.rule()).orElseThrow();
        done.add(alert.withActions(runner.perform(rule, alert, facts.get(alert.customer()), when)));
      }
    } finally {
      if (!dryRun) {
        alerts.saveAll(done);
        done.forEach(pulse::append);
        pulse.flush();
      }
    }
    return done;
  }

  private static Alert withId(Alert a, String id) {
    return new Alert(id, a.rule(), a.ruleFile(), a.customer(), a.customerName(), a.kind(), a.firedOn(), a.firedAt(),
        a.summary(), a.evidence(), a.actions());
  }

  private String newId(Alert a) {
    String seed = a.rule() + "\n" + a.customer() + "\n" + a.firedAt() + "\n" + System.nanoTime() + "\n"
        + SEQUENCE.incrementAndGet();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return a.firedOn() + "-" + HexFormat.of().formatHex(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The alerts table is kept in the index; if the index was deleted, the pulse files bring it back. */
  private void restoreIfEmpty() {
    if (alerts.count(new AlertStore.Query(null, null, null, null, null)) > 0) {
      return;
    }
    List<Alert> recorded = new PulseLog(workspace).recorded();
    if (!recorded.isEmpty()) {
      LOG.info("Restoring {} alerts from {}", recorded.size(), PulseLog.DIR);
      alerts.saveAll(recorded);
    }
  }

  /** Why the rule fires or not for the customer on the day (default today). */
  public Explanation explain(String ruleName, String customer, LocalDate day) {
    LocalDate asOf = day != null ? day : today();
    RuleSet set = rules();
    Rule rule = set.find(ruleName).orElseThrow(() -> new WorkspaceException("There is no rule '" + ruleName + "'"
        + problemOf(set, ruleName) + "; the rules are "
        + String.join(", ", set.rules().stream().map(Rule::name).toList()) + "."));
    String slug = workspace.customerDir(customer).getFileName().toString();
    restoreIfEmpty();
    CustomerFacts f = new FactsReader(index.store().connection(), workspace.workflow()).read(asOf, slug).get(slug);
    if (f == null) {
      throw new WorkspaceException("The customer '" + slug + "' has no readable profile.yaml in the index; run "
          + "'doctor' to see why.");
    }
    List<String> reasons = new ArrayList<>();
    if (!rule.enabled()) {
      reasons.add("the rule is disabled (enabled: false)");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    List<ConditionResult> conditions = new ArrayList<>();
    boolean conditionsHold = true;
    if (!rule.conditions().isEmpty()) {
      Checked checked = check(rule, f, new ConditionTally());
      values = checked.values;
      conditions = checked.results;
      conditionsHold = checked.holds;
      for (ConditionResult c : conditions) {
        if (!c.result().equals("true")) {
          reasons.add("'" + c.condition() + "' is " + c.result() + (c.detail() == null ? " (" + describe(c, values)
              + ")" : ": " + c.detail()));
        }
      }
    }
    List<Explanation.InteractionCheck> checks = new ArrayList<>();
    boolean anyCounts = true;
    if (rule.isKeywordRule()) {
      Map<String, String> reported = alerts.reportedInteractions(List.of(rule.name()));
      Set<String> keys = keys(rule);
      anyCounts = false;
      for (Found found : new KeywordScanner(index, workspace.company()).scan(rule.keywords(), asOf, null, slug)) {
        InteractionMeta m = found.interaction();
        Match match = found.matches().stream().filter(x -> keys.contains(x.phrase())).findFirst().orElse(null);
        String why = match == null ? "similar words, not the exact phrase (word forms differ)"
            : exclusion(rule, m, asOf);
        if (why == null) {
          String by = reported.get(AlertStore.key(rule.name(), slug, m.id()));
          why = by == null ? null : "already reported by " + by;
        }
        anyCounts |= why == null;
        checks.add(new Explanation.InteractionCheck(m.id(), m.date(), m.direction(), m.source(), m.type(),
            match == null ? null : match.phrase(), match == null ? null : match.excerpt(), why == null,
            why == null ? "counts" : why));
      }
      if (!anyCounts) {
        reasons.add(checks.isEmpty() ? "no interaction up to " + asOf + " holds " + String.join(" or ",
            rule.keywords().stream().map(k -> "'" + k + "'").toList())
            : "none of the " + checks.size() + " interactions with the phrase counts (see interactions)");
      }
    }
    boolean matches = rule.enabled() && conditionsHold && anyCounts;
    String verdict;
    if (matches) {
      int maxCooldown = rule.cooldownDays();
      LocalDate last = inCooldown(rule, alerts.firedBetween(asOf.minusDays(maxCooldown), asOf.plusDays(maxCooldown))
          .get(AlertStore.key(rule.name(), slug)), asOf);
      if (last != null) {
        reasons.add("it fired on " + last + " and its cooldown of " + rule.cooldownDays() + " days runs until "
            + last.plusDays(rule.cooldownDays()));
        verdict = "matches, but stays quiet: cooldown until " + last.plusDays(rule.cooldownDays());
        matches = false;
      } else {
        verdict = "fires";
      }
    } else {
      verdict = "does not fire";
    }
    return new Explanation(rule.name(), rule.location(), slug, asOf, matches, verdict, reasons, values, conditions,
        checks);
  }

  private static String describe(ConditionResult c, Map<String, Object> values) {
    List<String> parts = new ArrayList<>();
    values.forEach((k, v) -> {
      if (c.condition().matches("(?s).*\\b" + java.util.regex.Pattern.quote(k) + "\\b.*")) {
        parts.add(k + " = " + v);
      }
    });
    return parts.isEmpty() ? "false" : String.join(", ", parts);
  }
}
