package com.salesworkspace.context;

import com.salesworkspace.customers.CustomerDetail;
import com.salesworkspace.customers.CustomerService;
import com.salesworkspace.customers.StakeholderMap;
import com.salesworkspace.index.Index;
import com.salesworkspace.index.SearchAnalyzer;
import com.salesworkspace.index.SearchHits;
import com.salesworkspace.index.SearchRequest;
import com.salesworkspace.util.Tokens;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.FrontMatter;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Builds the context of one customer at a tier. Reads the customer's own files and the index only (never the
 * rest of the workspace), plans the content with {@link ContextPlanner}, renders the tier's template, measures it
 * with the tokenizer and re-plans until it fills 90-95% of the budget, or holds everything the account has.
 */
public final class ContextBuilder {
  public static final String ENCODING = Tokens.ENCODING;
  private static final int FOCUS_HITS = 100;
  private static final int MAX_FITS = 8;
  private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "for", "to", "in", "on", "with",
      "about", "at", "by", "or", "is", "our", "their", "its");

  private final Workspace workspace;
  private final Index index;

  public ContextBuilder(Workspace workspace, Index index) {
    this.workspace = workspace;
    this.index = index;
  }

  public CustomerContext build(ContextRequest request) {
    Tier tier = request.tier();
    Material material = gather(request);
    ContextPlanner planner = new ContextPlanner(material, tier);
    Template template = ContextTemplates.forTier(workspace, tier);
    String templatePath = ContextTemplates.FOLDER + "/" + tier.id() + ".md";

    int headerTokens = Tokens.count(header(material, tier, tier.hardLimit(), "000000000000"));
    int target = tier.hardLimit() - headerTokens;
    int floor = tier.fillTarget() - headerTokens;
    int estimate = target;
    int lo = -1;
    int hi = -1;
    Fit best = null;
    Fit last = null;
    for (int i = 0; i < MAX_FITS; i++) {
      ContextPlanner.Plan plan = planner.plan(estimate);
      String body = render(template, planner.model(plan), templatePath);
      int tokens = Tokens.count(body);
      last = new Fit(plan, body, tokens);
      if (tokens <= target) {
        if (best == null || tokens > best.tokens()) {
          best = last;
        }
        if (tokens >= floor || plan.exhausted) {
          break;
        }
        lo = estimate;
        estimate = hi < 0 ? (int) Math.min((long) estimate * target / Math.max(1, tokens), (long) estimate * 4)
            : (lo + hi) / 2;
      } else {
        hi = estimate;
        estimate = lo < 0 ? (int) ((long) estimate * target / tokens * 98 / 100) : (lo + hi) / 2;
      }
      if (estimate == lo || estimate == hi || estimate <= 0) {
        break;
      }
    }
    if (best == null) {
      // Even the least content is over the budget (a template or a profile far larger than the tier): cut.
      String body = cutToFit(last.body(), target);
      best = new Fit(last.plan(), body, Tokens.count(body));
    }
    return finish(material, tier, planner, best);
  }

  private record Fit(ContextPlanner.Plan plan, String body, int tokens) {}

  private CustomerContext finish(Material m, Tier tier, ContextPlanner planner, Fit fit) {
    String id = contextId(tier, m, fit.body());
    // The header reports the count of the whole text, itself included: settle the digits.
    int total = fit.tokens() + Tokens.count(header(m, tier, fit.tokens(), id));
    for (int i = 0; i < 3; i++) {
      int next = fit.tokens() + Tokens.count(header(m, tier, total, id));
      if (next == total) {
        break;
      }
      total = next;
    }
    String text = header(m, tier, total, id) + fit.body();
    List<String> sections = new ArrayList<>();
    for (String line : fit.body().split("\n")) {
      if (line.startsWith("## ")) {
        sections.add(line.substring(3).strip());
      }
    }
    return new CustomerContext(m.slug(), m.profile().name(), tier, m.focus(), m.asOf().toString(), ENCODING, total,
        tier.budget(), tier.hardLimit(), id, text, sections, planner.coverage(fit.plan()));
  }

  /** The first line of every context: what it is and how many tokens it holds. Ends in a blank line. */
  static String header(Material m, Tier tier, int tokens, String id) {
    return String.format(Locale.ROOT, "> Context of %s (%s): %s tier, %,d tokens (%s) of a %,d-token budget, as of %s%s."
            + " Context id %s.%n%n", m.profile().name(), m.slug(), tier.id(), tokens, ENCODING, tier.budget(), m.asOf(),
        m.focus() == null ? "" : ", focus \"" + m.focus() + "\"", id);
  }

  private static String render(Template template, Map<String, Object> model, String path) {
    String text = ContextTemplates.render(template, model, path);
    // Blank runs left by empty sections collapse; the body starts at its first character (see header()).
    return text.replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  /** Drops whole lines from the end until the text fits, and says so. */
  static String cutToFit(String body, int maxTokens) {
    String marker = "\n\n_[Cut to fit the token budget.]_\n";
    String[] lines = body.split("\n");
    int lo = 0;
    int hi = lines.length;
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      String candidate = String.join("\n", java.util.Arrays.copyOf(lines, mid)) + marker;
      if (Tokens.count(candidate) <= maxTokens) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    String cut = String.join("\n", java.util.Arrays.copyOf(lines, lo));
    if (lo == 0 || Tokens.count(cut + marker) > maxTokens) {
      return Excerpts.cutToTokens(lines.length == 0 ? "" : lines[0], Math.max(0, maxTokens - 12)) + marker;
    }
    return cut + marker;
  }

  private static String contextId(Tier tier, Material m, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((m.slug() + "\n" + tier.id() + "\n" + m.asOf() + "\n" + m.focus() + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- gathering

  private Material gather(ContextRequest request) {
    Path dir = workspace.customerDir(request.customer());
    String slug = dir.getFileName().toString();
    CustomerDetail detail = new CustomerService(workspace, index).detail(slug, 0);
    Map<String, String> competitorNames = Competitors.names(workspace, detail.profile(), detail.deals());
    SignalLexicon lexicon = new SignalLexicon(competitorNames);
    long until = request.asOf().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    Analysis analysis = new DigestStore(workspace, index).analysis(slug, lexicon, until);
    StakeholderMap.Result stakeholders = new StakeholderMap(index).build(slug, detail.contacts(), request.asOf());
    boolean notes = request.tier().notesShare > 0;
    Map<String, Double> focusScores = new HashMap<>();
    Set<String> stems = new LinkedHashSet<>();
    if (request.focus() != null) {
      stems.addAll(stems(request.focus()));
      String query = focusQuery(request.focus());
      if (query != null) {
        SearchHits hits = index.search(new SearchRequest(query, List.of(slug), List.of("interaction"), null, null,
            null, null, null, until - 1, 0, FOCUS_HITS, false));
        double top = hits.hits().isEmpty() ? 1 : Math.max(1e-9, hits.hits().get(0).score());
        for (SearchHits.Hit hit : hits.hits()) {
          focusScores.putIfAbsent(hit.path(), Math.max(0.05, hit.score() / top));
        }
      }
    }
    Map<String, String> cleanCache = new HashMap<>();
    return new Material(slug, detail.profile(), detail.contacts(), detail.deals(), workspace.workflow(),
        workspace.team(), stakeholders, analysis, notes ? readOptional(dir, CustomerFiles.NOTES) : null,
        notes ? readOptional(dir, CustomerFiles.INSIGHTS) : null, request.focus(), stems, focusScores,
        request.asOf(), competitorNames, d -> cleanCache.computeIfAbsent(d.path(), p -> cleanText(d)));
  }

  private String cleanText(InteractionDigest d) {
    try {
      String text = CustomerFiles.readText(workspace.guard().resolve(d.path()), d.path());
      return InteractionCleaner.clean(d.type(), FrontMatter.parse(text, d.path()).body());
    } catch (InvalidFileException | UncheckedIOException e) {
      return "";
    }
  }

  private String readOptional(Path dir, String name) {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? null : text;
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  /** The focus as a search: the phrase, or any of its words (BM25 ranks documents with more of them first). */
  static String focusQuery(String focus) {
    List<String> words = new ArrayList<>();
    for (String w : focus.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
      String t = w.replaceAll("^['-]+|['-]+$", "");
      if (!t.isEmpty() && !STOP_WORDS.contains(t)) {
        words.add(t);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() == 1) {
      return words.get(0);
    }
    return "\"" + String.join(" ", words) + "\" | " + String.join(" | ", words);
  }

  /** Stems of the focus words (Porter, as the index has them), minus a final e: "pricing" finds "price". */
  static Set<String> stems(String focus) {
    Set<String> stems = new LinkedHashSet<>();
    try (SearchAnalyzer analyzer = new SearchAnalyzer(); TokenStream ts = analyzer.tokenStream("body", focus)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String s = term.toString();
        if (STOP_WORDS.contains(s)) {
          continue;
        }
        s = s.endsWith("e") && s.length() > 3 ? s.substring(0, s.length() - 1) : s;
        if (s.length() >= 3) {
          stems.add(s);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stems;
  }
}
