package com.salesworkspace.context;

import com.salesworkspace.context.Analysis.Group;
import com.salesworkspace.model.Contact;
import com.salesworkspace.model.TeamMember;
import com.salesworkspace.util.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses what goes into a context of one tier and turns it into the template's model. Everything is ranked once
 * (signals, interactions, stakeholders, deals); {@link #plan(int)} then fills an estimated token budget in the
 * issue's priority order: account facts and health, stakeholders and gaps, open deals, signals with citations, the
 * most recent and the most relevant interactions (excerpts that deepen while there is room), and older history as a
 * dated timeline that folds into months when it does not fit. The builder measures the rendered result with the
 * real tokenizer and calls {@code plan} again with a corrected estimate until the budget is met. Same input, same
 * output: every ordering ends in date, then id.
 */
final class ContextPlanner {
  private static final int MONTH_LINE_TOKENS = 45;
  private static final int MIN_ENTRY_TOKENS = 60;
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

  private final Material m;
  private final Tier tier;
  private final Map<String, Integer> costs = new HashMap<>();
  private final Map<String, Excerpts.Lines> lines = new HashMap<>();
  private final Map<String, Excerpts.Excerpt> excerpts = new HashMap<>();

  private final List<Group> groups;
  private final Set<Group> focusHits = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Group> relevantOrder;
  private final List<Group> promotionOrder;
  private final List<SignalItem> risks;
  private final List<SignalItem> objections;
  private final List<SignalItem> buying;
  private final List<CompetitorItem> competitors;
  private final Map<String, Object> base;
  private final int baseCost;
  private final int recentCount;
  private final double recentShare;
  private final double relevantShare;

  record SignalItem(Signal signal, InteractionDigest source, int alsoIn, boolean onFocus, int weight) {}

  record CompetitorItem(String name, int mentions, LocalDate first, SignalItem last) {}

  /** One plan: what is in, and at which excerpt level. */
  static final class Plan {
    int risks;
    int objections;
    int buying;
    int competitors;
    final Map<Group, Integer> level = new LinkedHashMap<>();
    final List<Group> recent = new ArrayList<>();
    final List<Group> relevant = new ArrayList<>();
    final List<Group> earlier = new ArrayList<>();
    final Set<Group> timeline = new HashSet<>();
    int notesTokens;
    int insightsTokens;
    int used;
    boolean exhausted;
  }

  ContextPlanner(Material material, Tier tier) {
    this.m = material;
    this.tier = tier;
    boolean focused = m.focus() != null;
    this.recentCount = focused ? Math.max(1, tier.recentCount / 2) : tier.recentCount;
    this.recentShare = focused ? tier.recentShare / 2 : tier.recentShare;
    this.relevantShare = focused ? tier.relevantShare + tier.recentShare / 2 : tier.relevantShare;
    this.groups = m.analysis().groups;
    this.relevantOrder = rankRelevant();
    List<Group> promotion = new ArrayList<>(relevantOrder);
    Set<Group> listed = new HashSet<>(promotion);
    groups.stream().filter(g -> !listed.contains(g)).forEach(promotion::add);
    this.promotionOrder = promotion;
    Map<Signal.Kind, List<SignalItem>> byKind = signals();
    this.risks = byKind.get(Signal.Kind.RISK);
    this.objections = byKind.get(Signal.Kind.OBJECTION);
    this.buying = byKind.get(Signal.Kind.BUYING);
    this.competitors = competitors(byKind.get(Signal.Kind.COMPETITOR));
    this.base = new AccountFacts(material, tier).model();
    this.baseCost = estimateBase();
  }

  // ---------------------------------------------------------------- ranking

  /** Groups other than the most recent, by relevance: focus rank, signals, type, key people, recency. */
  private List<Group> rankRelevant() {
    List<String> keyPeople = new ArrayList<>();
    for (Contact c : m.contacts()) {
      if ("champion".equals(c.role()) || "economic_buyer".equals(c.role()) || "decision_maker".equals(c.role())) {
        keyPeople.add(c.name().toLowerCase(Locale.ROOT));
      }
    }
    long today = m.asOf().toEpochDay();
    double[] score = new double[groups.size()];
    for (Group g : groups) {
      InteractionDigest d = g.rep;
      double best = 0;
      if (!m.focusScores().isEmpty()) {
        for (InteractionDigest member : g.members) {
          best = Math.max(best, m.focusScores().getOrDefault(member.path(), 0.0));
        }
      }
      if (best > 0) {
        focusHits.add(g);
      }
      double s = 20 * best + g.textScore;
      String people = d.people();
      for (String p : keyPeople) {
        if (people.contains(p)) {
          s += 1.5;
          break;
        }
      }
      s += 3 * Math.pow(0.5, Math.max(0, today - d.epochDay()) / 60.0);
      score[g.index] = s;
    }
    List<Group> order = new ArrayList<>(groups.subList(Math.min(recentCount, groups.size()), groups.size()));
    if (m.focus() != null) {
      order.removeIf(g -> !focusHits.contains(g) && score[g.index] < 6);
    }
    order.sort((a, b) -> {
      int c = Double.compare(score[b.index], score[a.index]);
      return c != 0 ? c : newestFirst(a, b);
    });
    return order;
  }

  private static int newestFirst(Group a, Group b) {
    int c = Long.compare(b.rep.epochMillis(), a.rep.epochMillis());
    return c != 0 ? c : a.rep.id().compareTo(b.rep.id());
  }

  /** Signals by kind, deduplicated by text (the newest occurrence cited), strongest and newest first. */
  private Map<Signal.Kind, List<SignalItem>> signals() {
    Set<String> ourPeople = new HashSet<>();
    for (TeamMember t : m.team()) {
      if (t.name() != null) {
        ourPeople.add(t.name().toLowerCase(Locale.ROOT));
      }
    }
    Map<Signal.Kind, List<SignalItem>> result = new LinkedHashMap<>();
    Comparator<SignalItem> order = Comparator.comparing((SignalItem i) -> !i.onFocus())
        .thenComparing(i -> i.weight() < 2)
        .thenComparing(i -> -i.source().epochMillis())
        .thenComparing(i -> -i.weight())
        .thenComparing(i -> i.source().id())
        .thenComparing(i -> i.signal().text());
    m.analysis().signals.forEach((kind, occurrences) -> {
      List<SignalItem> items = new ArrayList<>(occurrences.size());
      for (Analysis.Occurrence o : occurrences) {
        Signal s = o.signal();
        InteractionDigest d = o.source();
        boolean ours = s.speaker() != null ? ourPeople.contains(s.speaker().toLowerCase(Locale.ROOT))
            : "email".equals(d.type()) && !"inbound".equals(d.direction());
        int weight = ours && s.kind() != Signal.Kind.RISK ? Math.max(1, s.weight() - 1) : s.weight();
        items.add(new SignalItem(s, d, o.alsoIn(), onFocus(s), weight));
      }
      items.sort(order);
      result.put(kind, items);
    });
    return result;
  }

  private boolean onFocus(Signal s) {
    if (m.focusStems().isEmpty()) {
      return false;
    }
    String lower = s.text().toLowerCase(Locale.ROOT);
    return m.focusStems().stream().anyMatch(lower::contains);
  }

  /** One line per competitor: how often and when it came up, and the latest mention; then those only on file. */
  private List<CompetitorItem> competitors(List<SignalItem> mentions) {
    Map<String, List<SignalItem>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (SignalItem i : mentions) {
      byName.computeIfAbsent(i.signal().competitor(), k -> new ArrayList<>()).add(i);
    }
    List<CompetitorItem> items = new ArrayList<>();
    byName.forEach((name, list) -> {
      SignalItem latest = list.stream().min(Comparator.comparing((SignalItem i) -> -i.source().epochMillis())
          .thenComparing(i -> -i.signal().weight()).thenComparing(i -> i.source().id())).orElseThrow();
      LocalDate first = list.stream().map(i -> i.source().day()).min(LocalDate::compareTo).orElseThrow();
      int count = list.stream().mapToInt(i -> 1 + i.alsoIn()).sum();
      items.add(new CompetitorItem(name, count, first, latest));
    });
    items.sort(Comparator.comparing((CompetitorItem c) -> -c.last().source().epochMillis())
        .thenComparing(CompetitorItem::name));
    Set<String> onFile = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    onFile.addAll(m.profile().competitors());
    m.deals().forEach(d -> onFile.addAll(d.competitors()));
    for (String name : onFile) {
      String canonical = m.competitorNames().getOrDefault(name, name);
      if (items.stream().noneMatch(c -> c.name().equalsIgnoreCase(canonical))) {
        items.add(new CompetitorItem(canonical, 0, null, null));
      }
    }
    return items;
  }

  // ---------------------------------------------------------------- planning

  /** Fills an estimated budget of {@code budget} tokens by priority. */
  Plan plan(int budget) {
    Plan p = new Plan();
    p.used = baseCost;
    // Signals, kind by kind in turn, within their share.
    int signalBudget = (int) (budget * tier.signalShare);
    int signalUsed = 0;
    boolean added = true;
    while (added) {
      added = false;
      if (p.risks < Math.min(tier.maxRisks, risks.size())) {
        int c = signalCost(risks.get(p.risks));
        if (signalUsed + c <= signalBudget && p.used + c <= budget) {
          p.risks++;
          signalUsed += c;
          p.used += c;
          added = true;
        }
      }
      if (p.competitors < Math.min(tier.maxCompetitors, competitors.size())) {
        int c = competitorCost(competitors.get(p.competitors));
        if (signalUsed + c <= signalBudget && p.used + c <= budget) {
          p.competitors++;
          signalUsed += c;
          p.used += c;
          added = true;
        }
      }
      if (p.buying < Math.min(tier.maxBuying, buying.size())) {
        int c = signalCost(buying.get(p.buying));
        if (signalUsed + c <= signalBudget && p.used + c <= budget) {
          p.buying++;
          signalUsed += c;
          p.used += c;
          added = true;
        }
      }
      if (p.objections < Math.min(tier.maxObjections, objections.size())) {
        int c = signalCost(objections.get(p.objections));
        if (signalUsed + c <= signalBudget && p.used + c <= budget) {
          p.objections++;
          signalUsed += c;
          p.used += c;
          added = true;
        }
      }
    }
    // The most recent interactions, then the most relevant, as short excerpts within their shares.
    int recentUsed = 0;
    for (int i = 0; i < Math.min(recentCount, groups.size()); i++) {
      Group g = groups.get(i);
      int c = entryCost(g, 0);
      if (recentUsed + c > budget * recentShare && !p.recent.isEmpty() || p.used + c > budget) {
        break;
      }
      p.recent.add(g);
      p.level.put(g, 0);
      recentUsed += c;
      p.used += c;
    }
    int relevantUsed = 0;
    for (Group g : relevantOrder) {
      if (p.relevant.size() >= tier.relevantCount) {
        break;
      }
      int c = entryCost(g, 0);
      if (relevantUsed + c > budget * relevantShare || p.used + c > budget) {
        break;
      }
      p.relevant.add(g);
      p.level.put(g, 0);
      relevantUsed += c;
      p.used += c;
    }
    // Older history: one line each, newest first, within the timeline share; months for the rest.
    List<Group> rest = groups.stream().filter(g -> !p.level.containsKey(g)).toList();
    int months = (int) rest.stream().map(g -> g.rep.dayText().substring(0, 7)).distinct().count();
    p.used += Math.min(months, 400) * MONTH_LINE_TOKENS;
    int timelineUsed = 0;
    int nextLine = 0;
    for (; nextLine < rest.size(); nextLine++) {
      int c = lineCost(rest.get(nextLine));
      if (timelineUsed + c > budget * tier.timelineShare || p.used + c > budget) {
        break;
      }
      p.timeline.add(rest.get(nextLine));
      timelineUsed += c;
      p.used += c;
    }
    // Notes and insights (standard and extended).
    if (tier.notesShare > 0) {
      int notesBudget = (int) (budget * tier.notesShare);
      p.notesTokens = Math.min(cost("notes", () -> m.notes()), Math.max(0, Math.min(notesBudget, budget - p.used)));
      p.used += p.notesTokens;
      p.insightsTokens = Math.min(cost("insights", () -> m.insights()),
          Math.max(0, Math.min(notesBudget, budget - p.used)));
      p.used += p.insightsTokens;
    }
    // What is left: deepen the excerpts (recent first); show more interactions, by relevance, up to the tier's
    // share; list more of the history line by line; and, when all of it is listed, show more interactions still.
    deepen(p, budget, p.recent, p.relevant);
    promote(p, budget, (int) (budget * tier.promoteShare));
    for (; nextLine < rest.size(); nextLine++) {
      Group g = rest.get(nextLine);
      if (p.level.containsKey(g) || p.timeline.contains(g)) {
        continue;
      }
      int c = lineCost(g);
      if (p.used + c > budget) {
        break;
      }
      p.timeline.add(g);
      p.used += c;
    }
    if (nextLine >= rest.size()) {
      promote(p, budget, budget);
    }
    deepen(p, budget, p.recent, p.relevant, p.earlier);
    p.exhausted = isExhausted(p, months);
    return p;
  }

  /** Shows more interactions (short excerpts), most relevant first, until {@code limit} tokens are used. */
  private void promote(Plan p, int budget, int limit) {
    int misses = 0;
    for (Group g : promotionOrder) {
      if (misses > 20) {
        return; // what is left is bigger than the room: stop reading files for it
      }
      if (Math.min(limit, budget) - p.used < MIN_ENTRY_TOKENS) {
        return;
      }
      if (p.level.containsKey(g)) {
        continue;
      }
      int c = entryCost(g, 0) - (p.timeline.contains(g) ? lineCost(g) : 0);
      if (p.used + c > Math.min(limit, budget)) {
        misses++;
        continue;
      }
      p.timeline.remove(g);
      p.earlier.add(g);
      p.level.put(g, 0);
      p.used += c;
    }
  }

  @SafeVarargs
  private void deepen(Plan p, int budget, List<Group>... lists) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<Group> list : lists) {
        for (Group g : list) {
          int level = p.level.get(g);
          if (level + 1 >= tier.excerptLevels.length || excerpt(g, level).whole()) {
            continue;
          }
          int c = entryCost(g, level + 1) - entryCost(g, level);
          if (p.used + c <= budget) {
            p.level.put(g, level + 1);
            p.used += c;
            changed = true;
          }
        }
      }
    }
  }

  private boolean isExhausted(Plan p, int months) {
    if (p.risks < Math.min(tier.maxRisks, risks.size()) || p.objections < Math.min(tier.maxObjections, objections.size())
        || p.buying < Math.min(tier.maxBuying, buying.size())
        || p.competitors < Math.min(tier.maxCompetitors, competitors.size())) {
      return false;
    }
    for (Group g : groups) {
      Integer level = p.level.get(g);
      if (level == null) {
        return false;
      }
      if (!excerpt(g, level).whole() && level + 1 < tier.excerptLevels.length) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- costs (estimates; the builder measures)

  private int cost(String key, java.util.function.Supplier<String> text) {
    return costs.computeIfAbsent(key, k -> {
      String t = text.get();
      return t == null ? 0 : Tokens.count(t);
    });
  }

  private int signalCost(SignalItem i) {
    return cost("s:" + i.source().id() + ":" + i.signal().kind() + ":" + i.signal().text(),
        () -> signalText(i) + " " + who(i)) + 24;
  }

  private int competitorCost(CompetitorItem c) {
    return c.last() == null ? 12 : signalCost(c.last()) + 14;
  }

  private int lineCost(Group g) {
    return cost("t:" + g.rep.path(), () -> timelineLine(g)) + 3;
  }

  private int entryCost(Group g, int level) {
    Excerpts.Excerpt e = excerpt(g, level);
    int header = cost("h:" + g.rep.path(), () -> nz(title(g.rep)) + " " + nz(peopleLine(g.rep)) + " " + g.rep.id()
        + " " + nz(entryNote(g, e)));
    return e.tokens() + header + 22;
  }

  private Excerpts.Excerpt excerpt(Group g, int level) {
    return excerpts.computeIfAbsent(g.rep.path() + "#" + level, k -> {
      Excerpts.Lines text = lines.computeIfAbsent(g.rep.path(), p -> new Excerpts.Lines(
          m.cleanText().apply(g.rep), g.rep.signals(), m.focusStems()));
      return Excerpts.of(text, tier.excerptLevels[level]);
    });
  }

  private int estimateBase() {
    StringBuilder sb = new StringBuilder();
    flatten(base, sb);
    return Tokens.count(sb.toString()) + 120;
  }

  private static void flatten(Object o, StringBuilder sb) {
    if (o instanceof Map<?, ?> map) {
      map.values().forEach(v -> flatten(v, sb));
      sb.append("\n- ");
    } else if (o instanceof List<?> list) {
      list.forEach(v -> flatten(v, sb));
    } else if (o != null && !(o instanceof Boolean)) {
      sb.append(o).append(" · ");
    }
  }

  // ---------------------------------------------------------------- the template model

  /** The model for the template: base facts plus what the plan holds. */
  Map<String, Object> model(Plan p) {
    Map<String, Object> model = new LinkedHashMap<>(base);
    Map<String, Object> signals = new LinkedHashMap<>();
    Set<String> quoted = new HashSet<>();
    signals.put("risks", signalViews(risks.subList(0, p.risks), quoted));
    signals.put("objections", signalViews(objections.subList(0, p.objections), quoted));
    signals.put("buying", signalViews(buying.subList(0, p.buying), quoted));
    signals.put("competitors", competitorViews(competitors.subList(0, p.competitors), quoted));
    boolean anySignals = p.risks + p.objections + p.buying + p.competitors > 0;
    model.put("signals", anySignals ? signals : null);
    Set<String> seenParagraphs = new HashSet<>();
    model.put("recent", entryViews(p, p.recent, seenParagraphs, false));
    model.put("recent_section", !p.recent.isEmpty());
    model.put("relevant", entryViews(p, p.relevant, seenParagraphs, true));
    model.put("relevant_section", p.relevant.isEmpty() ? null : Map.of("heading", m.focus() == null
        ? "Most relevant interactions" : "Most relevant to \"" + m.focus() + "\""));
    List<Group> earlier = new ArrayList<>(p.earlier);
    earlier.sort(ContextPlanner::newestFirst);
    model.put("earlier", entryViews(p, earlier, seenParagraphs, false));
    model.put("earlier_section", !earlier.isEmpty());
    List<Map<String, Object>> timeline = timelineViews(p);
    model.put("timeline", timeline);
    model.put("timeline_section", !timeline.isEmpty());
    model.put("notes", p.notesTokens > 0 ? subHeadings(truncateTokens(m.notes(), p.notesTokens)) : null);
    model.put("insights", p.insightsTokens > 0 ? subHeadings(truncateTokens(m.insights(), p.insightsTokens)) : null);
    model.put("omitted", omitted(p));
    return model;
  }

  CustomerContext.Coverage coverage(Plan p) {
    int whole = 0;
    int excerpted = 0;
    int folded = 0;
    for (Map.Entry<Group, Integer> e : p.level.entrySet()) {
      if (excerpt(e.getKey(), e.getValue()).whole()) {
        whole++;
      } else {
        excerpted++;
      }
    }
    int condensed = 0;
    for (Group g : groups) {
      folded += g.members.size() - 1;
      if (!p.level.containsKey(g) && !p.timeline.contains(g)) {
        condensed += g.members.size();
      }
    }
    return new CustomerContext.Coverage(m.digests().size(), whole, excerpted, p.timeline.size(), condensed, folded,
        p.risks + p.objections + p.buying + p.competitors, p.exhausted);
  }

  private List<Map<String, Object>> signalViews(List<SignalItem> items, Set<String> quoted) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (SignalItem i : items) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("date", i.source().dayText());
      v.put("who", who(i));
      v.put("text", signalText(i));
      v.put("id", i.source().id());
      v.put("kind", i.signal().kind().label());
      v.put("trigger", i.signal().trigger());
      v.put("also", i.alsoIn() == 0 ? null : String.format(Locale.ROOT, "also in %,d more", i.alsoIn()));
      quoted.add(i.source().id() + "\u0000" + i.signal().text());
      views.add(v);
    }
    return views;
  }

  private List<Map<String, Object>> competitorViews(List<CompetitorItem> items, Set<String> quoted) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (CompetitorItem c : items) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("competitor", c.name());
      if (c.last() == null) {
        v.put("mentions", "on file, not mentioned in interactions");
        views.add(v);
        continue;
      }
      v.put("mentions", String.format(Locale.ROOT, "%,d %s", c.mentions(), c.mentions() == 1 ? "mention" : "mentions")
          + (c.mentions() > 1 ? " since " + c.first() : ""));
      v.put("date", c.last().source().dayText());
      v.put("id", c.last().source().id());
      boolean already = quoted.contains(c.last().source().id() + "\u0000" + c.last().signal().text());
      if (already) {
        v.put("see", "(quoted above)");
      } else {
        v.put("who", who(c.last()));
        v.put("text", signalText(c.last()));
      }
      views.add(v);
    }
    return views;
  }

  private String signalText(SignalItem i) {
    return window(i.signal().text(), i.signal().trigger(), tier.signalChars);
  }

  /** A text cut to {@code max} characters around its trigger, so the words that made it a signal survive. */
  static String window(String text, String trigger, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= max) {
      return flat;
    }
    int at = trigger == null ? -1 : flat.toLowerCase(Locale.ROOT).indexOf(trigger.toLowerCase(Locale.ROOT)
        .replace("*", ""));
    if (at < 0 || at + trigger.length() < max - 20) {
      return SignalDetector.trim(flat, max);
    }
    int start = Math.max(0, Math.min(at - max / 2, flat.length() - max + 2));
    int space = flat.indexOf(' ', start);
    start = space > 0 && space < start + 20 ? space + 1 : start;
    return "…" + SignalDetector.trim(flat.substring(start), max - 1);
  }

  private static String who(SignalItem i) {
    InteractionDigest d = i.source();
    String type = d.type() == null ? "" : d.type();
    String speaker = i.signal().speaker() != null ? i.signal().speaker()
        : "email".equals(type) ? d.fromName() : null;
    return (speaker == null ? type : speaker + ", " + type) + ": ";
  }

  private List<Map<String, Object>> entryViews(Plan p, List<Group> list, Set<String> seenParagraphs,
      boolean withWhy) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (Group g : list) {
      InteractionDigest d = g.rep;
      Excerpts.Excerpt e = excerpt(g, p.level.get(g));
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("date", d.dayText());
      v.put("type", d.type());
      v.put("source", d.source());
      v.put("direction", d.direction());
      v.put("title", nz(title(d)));
      v.put("id", d.id());
      v.put("people", peopleLine(d));
      v.put("text", demoteHeadings(dedupeParagraphs(e.text(), seenParagraphs)));
      v.put("whole", e.whole());
      v.put("note", entryNote(g, e));
      v.put("why", withWhy ? why(g) : null);
      views.add(v);
    }
    return views;
  }

  /** Headings inside an interaction become bold lines, so the context's own sections stay its only headings. */
  static String demoteHeadings(String text) {
    return HEADING.matcher(text).replaceAll("**$1**");
  }

  /** Headings inside notes and insights sit below the section that holds them. */
  private static String subHeadings(String text) {
    return text == null ? null : HEADING.matcher(text).replaceAll("#### $1");
  }

  /** A paragraph already shown above (a quoted reply that slipped past cleaning) is not shown again. */
  private static String dedupeParagraphs(String text, Set<String> seen) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n")) {
      String key = line.length() >= 60 ? TextDigests.normalize(line) : null;
      if (key != null && !key.isEmpty() && !seen.add(key)) {
        if (!sb.toString().endsWith("[repeated text omitted]\n")) {
          sb.append("[repeated text omitted]\n");
        }
        continue;
      }
      sb.append(line).append('\n');
    }
    return sb.toString().strip();
  }

  private String entryNote(Group g, Excerpts.Excerpt e) {
    List<String> notes = new ArrayList<>();
    if (!e.whole()) {
      notes.add(String.format(Locale.ROOT, "Excerpt of %,d characters; read it whole with get_interaction",
          g.rep.cleanChars()));
    }
    if (g.members.size() > 1) {
      InteractionDigest oldest = g.members.get(g.members.size() - 1);
      notes.add(String.format(Locale.ROOT, "%,d near-identical %s from %s to %s not shown", g.members.size() - 1,
          plural(nz(g.rep.type()), g.members.size() - 1), oldest.dayText(), g.members.get(1).dayText()));
    }
    return notes.isEmpty() ? null : String.join(". ", notes) + ".";
  }

  private String why(Group g) {
    List<String> why = new ArrayList<>();
    if (focusHits.contains(g)) {
      why.add("on the focus");
    }
    Map<Signal.Kind, Integer> counts = new TreeMap<>();
    g.rep.signals().forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
    counts.forEach((k, n) -> why.add(n + " " + k.label() + (n > 1 ? "s" : "")));
    return why.isEmpty() ? null : String.join(", ", why);
  }

  private static String peopleLine(InteractionDigest d) {
    if (d.from() != null && !d.from().isBlank()) {
      String to = names(d.toAddrs());
      return "From " + d.fromName() + (to.isEmpty() ? "" : " to " + to);
    }
    String participants = names(d.participants());
    return participants.isEmpty() ? null : "With " + participants;
  }

  /** Display names out of a JSON list of "Name <email>" strings. */
  private static String names(String jsonList) {
    if (jsonList == null || jsonList.length() < 3) {
      return "";
    }
    String inner = jsonList.strip();
    if (inner.startsWith("[")) {
      inner = inner.substring(1, inner.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String part : inner.split("\",\"|\", \"")) {
      String s = part.replace("\"", "").strip();
      int lt = s.indexOf('<');
      s = lt > 0 ? s.substring(0, lt).strip() : s;
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    if (out.size() > 6) {
      int more = out.size() - 5;
      out = new ArrayList<>(out.subList(0, 5));
      out.add(more + " more");
    }
    return String.join(", ", out);
  }

  private static String title(InteractionDigest d) {
    if (d.title() != null && !d.title().isBlank()) {
      return d.title();
    }
    return "slack".equals(d.type()) ? "Slack thread" : d.type();
  }

  private String timelineLine(Group g) {
    InteractionDigest d = g.rep;
    StringBuilder sb = new StringBuilder();
    if (g.members.size() > 1) {
      InteractionDigest oldest = g.members.get(g.members.size() - 1);
      sb.append(oldest.dayText()).append(" → ").append(d.dayText()).append(" · ")
          .append(String.format(Locale.ROOT, "%,d near-identical %s", g.members.size(),
              plural(nz(d.type()), g.members.size())));
    } else {
      sb.append(d.dayText()).append(" · ").append(d.type());
    }
    String t = d.title();
    String who = d.fromName();
    if (t != null && !t.isBlank()) {
      sb.append(" · ").append(t);
    }
    if (who != null) {
      sb.append(" · from ").append(who);
    }
    if (d.summary() != null && !d.summary().isBlank() && (t == null || !d.summary().startsWith(t))) {
      sb.append(": ").append(d.summary());
    }
    sb.append(" [").append(d.id()).append(']');
    return sb.toString();
  }

  private List<Map<String, Object>> timelineViews(Plan p) {
    List<Group> rest = new ArrayList<>();
    for (Group g : groups) {
      if (!p.level.containsKey(g)) {
        rest.add(g);
      }
    }
    // Oldest first; what is not listed line by line is folded into one line per month.
    List<Map<String, Object>> views = new ArrayList<>();
    Map<String, List<Group>> folded = new TreeMap<>();
    for (Group g : rest) {
      if (!p.timeline.contains(g)) {
        folded.computeIfAbsent(g.rep.dayText().substring(0, 7), k -> new ArrayList<>()).add(g);
      }
    }
    List<Map.Entry<String, List<Group>>> months = new ArrayList<>(folded.entrySet());
    int maxMonths = 400;
    if (months.size() > maxMonths) {
      int dropped = 0;
      for (Map.Entry<String, List<Group>> e : months.subList(0, months.size() - maxMonths)) {
        dropped += e.getValue().stream().mapToInt(g -> g.members.size()).sum();
      }
      views.add(Map.of("line", String.format(Locale.ROOT, "before %s · %,d more interactions",
          months.get(months.size() - maxMonths).getKey(), dropped)));
      months = months.subList(months.size() - maxMonths, months.size());
    }
    Map<String, Map<String, Object>> monthLines = new LinkedHashMap<>();
    for (Map.Entry<String, List<Group>> e : months) {
      monthLines.put(e.getKey(), Map.of("line", monthLine(e.getKey(), e.getValue())));
    }
    List<Group> lines = new ArrayList<>(p.timeline);
    lines.sort((a, b) -> newestFirst(b, a));
    // Interleave: a month line before the first single line of a later month.
    List<String> monthKeys = new ArrayList<>(monthLines.keySet());
    int mi = 0;
    for (Group g : lines) {
      String month = g.rep.dayText().substring(0, 7);
      while (mi < monthKeys.size() && monthKeys.get(mi).compareTo(month) <= 0) {
        views.add(monthLines.get(monthKeys.get(mi++)));
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("line", timelineLine(g));
      v.put("date", g.rep.dayText());
      v.put("id", g.rep.id());
      views.add(v);
    }
    while (mi < monthKeys.size()) {
      views.add(monthLines.get(monthKeys.get(mi++)));
    }
    return views;
  }

  private static String monthLine(String month, List<Group> groups) {
    Map<String, Integer> byType = new TreeMap<>();
    int n = 0;
    for (Group g : groups) {
      n += g.members.size();
      byType.merge(nz(g.rep.type()), g.members.size(), Integer::sum);
    }
    String types = byType.entrySet().stream().map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(),
        plural(e.getKey(), e.getValue()))).collect(Collectors.joining(", "));
    List<String> titles = groups.stream().map(g -> g.rep.title()).filter(t -> t != null && !t.isBlank()).distinct()
        .limit(3).map(t -> SignalDetector.trim(t, 60)).toList();
    return String.format(Locale.ROOT, "%s · %,d %s (%s)%s", month, n, n == 1 ? "interaction" : "interactions", types,
        titles.isEmpty() ? "" : ": " + String.join("; ", titles) + (groups.size() > titles.size() ? "; …" : ""));
  }

  static String plural(String type, int n) {
    if (n == 1) {
      return type;
    }
    return switch (type) {
      case "email" -> "emails";
      case "call" -> "calls";
      case "meeting" -> "meetings";
      case "note" -> "notes";
      case "task" -> "tasks";
      case "slack" -> "Slack threads";
      default -> type;
    };
  }

  private List<String> omitted(Plan p) {
    List<String> out = new ArrayList<>();
    if (!p.exhausted) {
      out.add("Cut to fit the " + tier.id() + " budget: get_interaction reads any interaction whole by its id; "
          + (tier == Tier.EXTENDED ? "" : "a larger tier holds more; ") + "email_search and slack_search find the rest.");
    }
    return out;
  }



  private static String truncateTokens(String text, int maxTokens) {
    if (text == null) {
      return null;
    }
    if (Tokens.count(text) <= maxTokens) {
      return text.strip();
    }
    return Excerpts.cutToTokens(text.strip(), maxTokens - 2);
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
