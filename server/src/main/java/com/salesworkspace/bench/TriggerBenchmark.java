package com.salesworkspace.bench;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.SearchDoc;
import com.salesworkspace.triggers.TriggerEngine;
import com.salesworkspace.triggers.TriggerRun;
import com.salesworkspace.util.Json;
import com.salesworkspace.workspace.AtomicFiles;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The trigger engine at scale: a synthetic workspace index of N interactions (default 500,000 over 2,000 customers)
 * and 50 rules (25 keyword rules over 50 phrases, 25 condition rules), evaluated by the real engine. The rows and
 * search documents are written straight into a fresh index (no interaction files), once, and reused by later runs
 * with the same sizes. Usage: {@code TriggerBenchmark DIR [INTERACTIONS] [CUSTOMERS] [RUNS]}. Prints to stdout.
 */
public final class TriggerBenchmark {
  static final LocalDate AS_OF = LocalDate.parse("2026-11-20");
  static final String[] PHRASES = {
      "budget approved", "looking for solution", "signed the contract", "security review", "legal review",
      "pricing proposal", "renewal discussion", "evaluating alternatives", "executive sponsor", "procurement process",
      "go live date", "cancel our subscription", "reduce seats", "not renewing", "expand to another region",
      "new budget", "pilot results", "proof of concept", "data migration", "integration issues", "service outage",
      "support ticket", "price increase", "board approval", "headcount freeze", "new leadership", "acquisition",
      "request for proposal", "shortlist", "vendor consolidation", "too expensive", "missing feature",
      "champion left", "slow response", "quarter end", "purchase order", "redlines", "master services agreement",
      "data processing agreement", "soc 2 report", "single sign on", "sandbox access", "onboarding plan",
      "training session", "business review", "case study", "reference call", "upsell", "multi year", "auto renewal"};
  static final String[] COMMON = {
      "the", "a", "and", "to", "of", "for", "in", "on", "we", "our", "you", "your", "is", "are", "with", "this",
      "that", "it", "be", "will", "can", "next", "week", "team", "plan", "call", "review", "budget", "approved",
      "looking", "solution", "contract", "security", "legal", "pricing", "renewal", "support", "data", "new",
      "price", "board", "quarter", "end", "order", "report", "access", "session", "case", "reference", "region"};
  static final String[] STAGES = {"qualification", "discovery", "technical_validation", "business_case",
      "negotiation", "closed_won", "closed_lost"};
  static final String[] LIFECYCLE = {"discovery", "negotiation", "onboarding", "success", "expansion", "renewal",
      "churned"};
  static final String[] ROLES = {"champion", "economic_buyer", "decision_maker", "technical_evaluator", "influencer",
      "blocker", "user"};
  static final String[] SOURCES = {"gmail", "gmail", "gmail", "gmail", "slack", "slack", "gong", "granola", "manual"};
  static final String[] TYPES = {"email", "email", "email", "email", "slack", "slack", "call", "meeting", "note"};

  private TriggerBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "server/target/bench-triggers").toAbsolutePath();
    int interactions = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
    int customers = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    String params = interactions + "/" + customers + "/v1";
    Workspace workspace = layout(dir);
    System.out.printf("Trigger benchmark: %,d interactions, %,d customers, 50 rules (25 keyword rules over 50 "
        + "phrases, 25 condition rules), %d cores, Java %s%n", interactions, customers,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    try (Index index = Index.open(workspace.root(), workspace.stateDir(), Index.Engine.LUCENE)) {
      if (params.equals(index.store().meta("bench"))) {
        System.out.println("index: reused from " + dir + " (delete it to regenerate)");
      } else {
        long t0 = System.nanoTime();
        generate(index, interactions, customers);
        index.store().setMeta("bench", params);
        System.out.printf("index: generated in %.1f s (%,d search documents)%n", seconds(t0), index.documentCount());
      }
      clearAlerts(index.store().connection(), dir);
      Clock clock = Clock.fixed(AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
      TriggerEngine engine = new TriggerEngine(workspace, index, clock, Map.of());
      double best = Double.MAX_VALUE;
      for (int r = 1; r <= runs; r++) {
        long t0 = System.nanoTime();
        TriggerRun run = engine.run(TriggerEngine.RunOptions.of(AS_OF, true));
        double s = seconds(t0);
        best = Math.min(best, s);
        System.out.printf("evaluate (dry run) %d%s: %.2f s: %d rules, %,d customers, %,d phrase candidates, %,d "
            + "alerts would fire, %d rule problems, %d rule errors%n", r, r == 1 ? " (cold JVM)" : "", s,
            run.rulesRun(), run.customers(), run.candidates(), run.alerts().size(), run.ruleProblems().size(),
            run.errors().size());
      }
      long t0 = System.nanoTime();
      TriggerRun real = engine.run(TriggerEngine.RunOptions.of(AS_OF, false));
      System.out.printf("real run (stores every alert, writes pulse and outbox): %.2f s: %,d alerts%n", seconds(t0),
          real.alerts().size());
      t0 = System.nanoTime();
      TriggerRun again = engine.run(TriggerEngine.RunOptions.of(AS_OF, false));
      System.out.printf("second real run (everything deduplicated): %.2f s: %,d alerts, %,d held back by cooldown%n",
          seconds(t0), again.alerts().size(), again.suppressed().size());
      System.out.printf("RESULT: %,d interactions x 50 rules evaluated in %.2f s (best of %d dry runs)%n",
          interactions, best, runs);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static Workspace layout(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("customers"));
    Files.createDirectories(dir.resolve("reporting/pulse"));
    AtomicFiles.write(dir.resolve("workspace-setup/company.yaml"), "name: Helio Systems\ndomains: [helio.io]\n");
    StringBuilder team = new StringBuilder("users:\n  - {id: manager.one, name: Manager One, role: manager}\n");
    for (int i = 0; i < 10; i++) {
      team.append("  - {id: user.").append(i).append(", name: User ").append(i).append(", role: ")
          .append(i % 2 == 0 ? "ae" : "csm").append(", manager: manager.one}\n");
    }
    AtomicFiles.write(dir.resolve("workspace-setup/team.yaml"), team.toString());
    AtomicFiles.write(dir.resolve("personal/triggers/bench-rules.yaml"), rules());
    return Workspace.open(dir);
  }

  /** 25 keyword rules (two phrases each, with every option) and 25 condition rules over every kind of variable. */
  static String rules() {
    StringBuilder sb = new StringBuilder("# Generated by TriggerBenchmark.\n");
    for (int i = 0; i < 25; i++) {
      sb.append("keywords_").append(i).append(":\n  keywords: ['").append(PHRASES[2 * i]).append("', '")
          .append(PHRASES[2 * i + 1]).append("']\n");
      switch (i % 5) {
        case 0 -> sb.append("  within: 30\n");
        case 1 -> sb.append("  sources: [gmail, gong]\n");
        case 2 -> sb.append("  direction: any\n");
        case 3 -> sb.append("  within: 90\n  conditions: ['open_pipeline > 0']\n");
        default -> { }
      }
      sb.append("  actions: [notify_ae").append(i % 2 == 0 ? ", alert_csm" : "").append("]\n");
    }
    String[] conditions = {
        "'health_score < %d', 'no_activity > %d'",
        "'days_to_renewal >= 0 && days_to_renewal <= %d', 'health_score < %d'",
        "'arr > %d000', 'interactions_30d <= %d'",
        "'deals.exists(d, d.open && has(d.days_to_close) && d.days_to_close < -%d)', 'open_deals >= %d'",
        "\"!('economic_buyer' in contact_roles)\", 'open_pipeline > %d000 + %d'",
        "\"contacts.exists(c, c.role == 'champion' && c.sentiment == 'negative')\", 'health_score < %d + %d'",
        "\"lifecycle_stage == 'renewal'\", 'no_activity > %d + %d'",
        "\"health_trend == 'declining'\", 'open_deals > %d - %d'",
        "'size(competitors) > 1', 'open_pipeline > %d000 * %d'"};
    for (int i = 0; i < 25; i++) {
      String template = conditions[i % conditions.length];
      sb.append("conditions_").append(i).append(":\n  conditions: [")
          .append(String.format(template, 20 + i * 3, 10 + i)).append("]\n")
          .append("  cooldown_days: ").append(7 + i % 3).append("\n  actions: [alert_csm, escalate_to_manager]\n");
    }
    return sb.toString();
  }

  private static void clearAlerts(Connection c, Path dir) throws SQLException, IOException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM alert_evidence");
      s.execute("DELETE FROM alerts");
    }
    try (Stream<Path> files = Files.walk(dir.resolve("reporting/pulse"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Files.delete(p);
      }
    }
  }

  private record Row(String path, String id, String customer, String type, String date, long epoch, String source,
      String direction, String subject, String from, int bodyChars) {}

  /** Writes the synthetic rows (SQLite) and search documents (Lucene), customers in parallel. */
  static void generate(Index index, int interactions, int customers) throws Exception {
    Connection c = index.store().connection();
    try (Statement s = c.createStatement()) {
      for (String table : List.of("customers", "contacts", "deals", "interactions", "files", "alerts",
          "alert_evidence")) {
        s.execute("DELETE FROM " + table);
      }
    }
    index.fullText().beginUpdate();
    index.fullText().clear();
    int per = interactions / customers;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      c.setAutoCommit(false);
      List<Future<List<Row>>> pending = new ArrayList<>();
      for (int n = 0; n < customers; n++) {
        int customer = n;
        int count = customer == customers - 1 ? interactions - per * (customers - 1) : per;
        pending.add(pool.submit(() -> interactionsOf(index, customer, count)));
        if (pending.size() >= 16 || customer == customers - 1) {
          for (Future<List<Row>> f : pending) {
            insertInteractions(c, f.get());
          }
          pending.clear();
        }
        insertCustomer(c, customer);
      }
      c.commit();
      c.setAutoCommit(true);
      index.fullText().commitUpdate();
    } finally {
      pool.shutdown();
    }
  }

  static String slug(int n) {
    return String.format("customer-%05d", n);
  }

  private static List<Row> interactionsOf(Index index, int customer, int count) {
    Random random = new Random(1000L + customer);
    String slug = slug(customer);
    List<Row> rows = new ArrayList<>(count);
    OffsetDateTime start = AS_OF.minusDays(730).atTime(8, 0).atOffset(ZoneOffset.ofHours(-5));
    for (int i = 0; i < count; i++) {
      OffsetDateTime date = start.plusMinutes((long) random.nextInt(731 * 24 * 60));
      int kind = random.nextInt(SOURCES.length);
      String source = SOURCES[kind];
      String id = date.toLocalDate() + "-" + source + "-" + Integer.toHexString(customer * 100_000 + i + 0x100000);
      String path = "customers/" + slug + "/interactions/" + id + ".md";
      int d = random.nextInt(10);
      String direction = d < 6 ? "inbound" : d < 9 ? "outbound" : "internal";
      String body = body(random);
      String subject = "Re: " + COMMON[random.nextInt(COMMON.length)] + " " + COMMON[random.nextInt(COMMON.length)];
      String from = direction.equals("inbound") ? "Contact " + random.nextInt(4) + " <c" + random.nextInt(4) + "@"
          + slug + ".com>" : "User " + random.nextInt(10) + " <user@helio.io>";
      index.fullText().add(new SearchDoc(path, path, SearchDoc.INTERACTION, slug, TYPES[kind], source, direction,
          date.toInstant().toEpochMilli(), subject, body, from));
      rows.add(new Row(path, id, slug, TYPES[kind], date.toString(), date.toInstant().toEpochMilli(), source, direction,
          subject, from, body.length()));
    }
    return rows;
  }

  /** 60-140 words; about 3% of interactions hold one of the phrases somewhere in the text. */
  static String body(Random random) {
    int words = 60 + random.nextInt(80);
    StringBuilder sb = new StringBuilder(words * 7);
    int plantAt = random.nextInt(100) < 3 ? random.nextInt(words) : -1;
    for (int w = 0; w < words; w++) {
      if (w == plantAt) {
        String phrase = PHRASES[random.nextInt(PHRASES.length)];
        sb.append(random.nextBoolean() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1));
      } else if (random.nextInt(3) == 0) {
        sb.append(COMMON[random.nextInt(COMMON.length)]);
      } else {
        sb.append(synthetic(random.nextInt(5000)));
      }
      sb.append(random.nextInt(12) == 0 ? ". " : " ");
    }
    return sb.toString().strip();
  }

  private static String synthetic(int n) {
    String letters = "abcdefghijklmnopqrstuvwxyz";
    StringBuilder w = new StringBuilder();
    int x = n * 7919 + 13;
    for (int i = 0; i < 3 + n % 6; i++) {
      w.append(letters.charAt(x % 26));
      x = x / 26 + n * (i + 3);
    }
    return w.toString();
  }

  private static void insertInteractions(Connection c, List<Row> rows) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO interactions(path, id, customer, type, date, epoch_ms, "
        + "source, direction, subject, from_addr, body_chars) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      for (Row r : rows) {
        ps.setString(1, r.path());
        ps.setString(2, r.id());
        ps.setString(3, r.customer());
        ps.setString(4, r.type());
        ps.setString(5, r.date());
        ps.setLong(6, r.epoch());
        ps.setString(7, r.source());
        ps.setString(8, r.direction());
        ps.setString(9, r.subject());
        ps.setString(10, r.from());
        ps.setInt(11, r.bodyChars());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertCustomer(Connection c, int n) throws SQLException {
    Random random = new Random(7L + n);
    String slug = slug(n);
    String path = "customers/" + slug + "/profile.yaml";
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO customers(slug, path, name, tier, lifecycle_stage, "
        + "owner, csm, arr, health_score, health_trend, renewal_date, competitors, tags, crm, profile_json) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, slug);
      ps.setString(2, path);
      ps.setString(3, "Customer " + n);
      ps.setString(4, new String[] {"strategic", "enterprise", "mid-market", "smb"}[random.nextInt(4)]);
      ps.setString(5, LIFECYCLE[random.nextInt(LIFECYCLE.length)]);
      ps.setString(6, "user." + 2 * random.nextInt(5));
      ps.setString(7, "user." + (2 * random.nextInt(5) + 1));
      ps.setLong(8, random.nextInt(500) * 1000L);
      ps.setInt(9, random.nextInt(101));
      ps.setString(10, new String[] {"improving", "stable", "declining"}[random.nextInt(3)]);
      ps.setString(11, AS_OF.plusDays(random.nextInt(730) - 200).toString());
      ps.setString(12, Json.write(random.nextBoolean() ? List.of("Stackline") : List.of("Stackline", "Flowmatic")));
      ps.setString(13, "[]");
      ps.setString(14, "{}");
      ps.setString(15, "{}");
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO deals(customer, path, position, id, name, amount, "
        + "currency, stage, close_date, probability, deal_json) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      for (int d = 0; d < 2; d++) {
        ps.setString(1, slug);
        ps.setString(2, "customers/" + slug + "/deals.yaml");
        ps.setInt(3, d);
        ps.setString(4, "D-" + n + "-" + d);
        ps.setString(5, "Deal " + d);
        ps.setLong(6, (20 + random.nextInt(200)) * 1000L);
        ps.setString(7, "USD");
        ps.setString(8, STAGES[random.nextInt(STAGES.length)]);
        ps.setString(9, AS_OF.plusDays(random.nextInt(240) - 60).toString());
        ps.setInt(10, random.nextInt(100));
        ps.setString(11, "{}");
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO contacts(customer, path, position, name, email, role, "
        + "sentiment, last_contacted) VALUES (?,?,?,?,?,?,?,?)")) {
      for (int k = 0; k < 4; k++) {
        ps.setString(1, slug);
        ps.setString(2, "customers/" + slug + "/contacts.yaml");
        ps.setInt(3, k);
        ps.setString(4, "Contact " + k);
        ps.setString(5, "c" + k + "@" + slug + ".com");
        ps.setString(6, ROLES[random.nextInt(ROLES.length)]);
        ps.setString(7, new String[] {"positive", "neutral", "negative", "unknown"}[random.nextInt(4)]);
        ps.setString(8, AS_OF.minusDays(random.nextInt(120)).toString());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
