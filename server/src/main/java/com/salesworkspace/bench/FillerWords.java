package com.salesworkspace.bench;

import com.salesworkspace.index.SearchAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The filler text of synthetic interactions: common English business words first, then made-up words for a long
 * tail, drawn with Zipf frequencies (the word of rank r with weight 1/r). No filler word shares a stem with a
 * planted word or contains one, so neither the index nor ripgrep finds a planted term anywhere it was not planted.
 */
public final class FillerWords {
  /** A filler word of rank about 20: in roughly half to four fifths of the interactions, depending on length. */
  public static final String FREQUENT_WORD = "team";

  private static final int VOCABULARY_SIZE = 20_000;

  private static final String REAL_WORDS = """
      the to and we a of for on in is that with you this it be our your will are i as have can
      team at they from by next this week call their need so not about all if would more up
      data them there one what when time out also which use how should get just process can
      project people work new thanks like want system make good into some any teams question
      quarter meeting update review today sure other share send know follow rollout users
      integration around current some most those before after still each every support region
      regional manager director vice president operations finance legal contract order orders
      timeline forecast pipeline stage workflow workflows automation platform connector connectors
      dashboard report reports reporting access rollout launch pilot proof concept scope scoping
      demo demos trial license licenses seats usage volume volumes target targets goal goals plan
      schedule tuesday monday wednesday thursday friday morning afternoon tomorrow yesterday month
      months weeks days hours minutes number numbers list lists file files export import sync
      record records account accounts customer customers partner partners vendor vendors group
      office site sites warehouse warehouses store stores clinic clinics branch branches country
      countries europe america asia east west north south central global local national
      question questions answer answers issue issues problem problems risk risks concern concerns
      feedback notes summary agenda attendees decision decisions action owner owners item items
      value impact savings cost costs hours headcount error errors rate rates manual manually
      exception exceptions queue queues alert alerts rule rules field fields mapping mappings
      model models instance instances environment environments production staging test tests
      testing rollback backup storage cloud server servers network api apis endpoint endpoints
      webhook webhooks batch batches nightly daily weekly monthly quarterly yearly annual
      signature signatures order form redlines clause clauses term terms draft drafts version
      champion sponsor executive buyer evaluator influencer blocker user board committee
      helpful great happy clear fine quick quickly soon later early late first last second
      third final open closed pending ready blocked done started planned agreed confirmed
      discussed mentioned asked shared sent received reviewed scheduled moved changed added
      removed fixed broken slow fast simple complex large small big few many several whole
      """;

  private static final String[] SYLLABLES = {
      "ka", "ve", "lo", "ri", "tan", "mor", "sel", "dun", "bri", "qua", "zen", "tor", "mi", "pa", "gro",
      "len", "fi", "sto", "ra", "nu", "dex", "lim", "cor", "vi", "hal", "pen", "jo", "wer", "bel", "sin",
      "tru", "gan", "ple", "os", "ur", "ek", "mab", "rin", "sho", "vak"};

  private final String[] words;
  private final double[] cumulative;

  public FillerWords() {
    Set<String> chosen = new LinkedHashSet<>();
    try (Analyzer analyzer = new SearchAnalyzer()) {
      Set<String> forbiddenStems = new java.util.HashSet<>();
      for (String w : PlantedTerms.WORDS) {
        forbiddenStems.add(stem(analyzer, w));
      }
      forbiddenStems.add(stem(analyzer, FREQUENT_WORD));
      for (String w : REAL_WORDS.split("\\s+")) {
        if (!w.isEmpty() && allowed(analyzer, w, forbiddenStems)) {
          chosen.add(w);
        }
      }
      Random random = new Random(7);
      while (chosen.size() < VOCABULARY_SIZE) {
        StringBuilder w = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
          w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        if (allowed(analyzer, w.toString(), forbiddenStems)) {
          chosen.add(w.toString());
        }
      }
    }
    if (!chosen.contains(FREQUENT_WORD)) {
      throw new IllegalStateException("the frequent filler word '" + FREQUENT_WORD + "' was filtered out");
    }
    words = chosen.toArray(String[]::new);
    cumulative = new double[words.length];
    double sum = 0;
    for (int rank = 0; rank < words.length; rank++) {
      sum += 1.0 / (rank + 1);
      cumulative[rank] = sum;
    }
    for (int rank = 0; rank < words.length; rank++) {
      cumulative[rank] /= sum;
    }
  }

  /** One filler word with Zipf probability. */
  public String next(Random random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return words[Math.min(words.length - 1, i >= 0 ? i : -i - 1)];
  }

  /** A few filler words, for subjects and titles. */
  public List<String> some(Random random, int count) {
    List<String> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      result.add(next(random));
    }
    return result;
  }

  public int size() {
    return words.length;
  }

  private static boolean allowed(Analyzer analyzer, String word, Set<String> forbiddenStems) {
    if (word.equals(FREQUENT_WORD)) {
      return true;
    }
    if (forbiddenStems.contains(stem(analyzer, word)) || word.contains(FREQUENT_WORD)) {
      return false;
    }
    // ripgrep matches substrings: "renewals" must not count as "renewal".
    return PlantedTerms.WORDS.stream().noneMatch(word::contains);
  }

  private static String stem(Analyzer analyzer, String word) {
    try (TokenStream tokens = analyzer.tokenStream("body", word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      String first = tokens.incrementToken() ? term.toString() : word;
      tokens.end();
      return first;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
