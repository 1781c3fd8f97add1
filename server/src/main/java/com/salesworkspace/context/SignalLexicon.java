package com.salesworkspace.context;

import com.salesworkspace.context.Signal.Kind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrases that make a sentence a risk, an objection or a buying signal, plus the competitor names of one
 * customer. A phrase is a sequence of words; a word ending in '*' matches any word it begins ("delay*" matches
 * "delayed"). Matching works on lower-cased words, so "no-go" and "no go" are the same phrase. Weights: 3 strong,
 * 2 clear, 1 weak (context-dependent).
 */
public final class SignalLexicon {
  private static final String[][] PHRASES = {
      // Risks: timing, priority, people, commitment, legal exposure, service trouble.
      {"risk", "2", "risk", "risks", "risky"},
      {"risk", "3", "at risk", "real risk", "biggest risk", "main risk", "the risk is", "risk that", "worry", "worried", "worries", "my worry", "caution", "no-go", "no go", "showstopper",
          "show-stopper", "deal breaker", "dealbreaker", "sticking point", "on hold", "put on hold",
          "not in a position", "won't look", "will not look", "won't sign", "will not sign", "cannot sign",
          "can't sign", "push the decision", "pushes the decision", "pushed the decision", "push the signature",
          "no re-entry", "uncapped", "hard to defend", "can no longer", "give notice", "gives notice", "tender",
          "rfp", "churn*", "non-renew*", "not renew", "not be renewing", "cancel*", "terminate", "termination",
          "walk away", "lose the deal", "lost the deal", "budget cut*", "hiring freeze", "spend freeze",
          "code freeze", "budget freeze", "reorganisation", "reorganization", "reorg", "restructur*", "layoff*"},
      {"risk", "2", "concern", "concerns", "concerned", "delay*", "slip*", "postpone*", "pushed back", "push back",
          "into q1", "into q2", "into q3", "into q4", "next quarter", "next fiscal year", "not until", "until january",
          "blocker", "blocking", "blocked", "escalat*", "outage", "incident", "downtime", "frustrat*", "disappoint*",
          "unhappy", "complain*", "low adoption", "low utilisation", "low utilization", "below plan", "drags",
          "dragging", "indemnit*", "liability cap", "limitation of liability", "left the company", "leaving the company",
          "is leaving", "miss the", "we miss", "would miss", "re-evaluat*", "not a priority", "deprioriti*",
          "lower priority", "no response", "gone quiet", "haven't heard", "have not heard"},
      {"risk", "1", "no longer", "missed", "alternatives", "can only", "only one", "tight", "late"},
      // Objections: price, budget, security and compliance, product gaps.
      {"objection", "3", "too expensive", "too high", "price is too", "over budget", "no budget", "out of budget",
          "not budgeted", "can't justify", "cannot justify", "price increase", "lower quote", "cheaper",
          "20% discount", "bigger discount", "more discount", "doesn't support", "does not support", "no support for",
          "missing feature", "deal-breaker"},
      {"objection", "2", "discount*", "pricing", "price", "per-seat", "per seat", "uplift", "payback", "roi",
          "security review", "security questionnaire", "vendor risk", "risk assessment", "pen test", "pentest",
          "penetration test", "data residency", "legal review"},
      {"objection", "1", "soc 2", "soc2", "iso 27001", "hipaa", "baa", "dpa", "gdpr", "redline*", "procurement"},
      // Buying signals: money, commitment, momentum, expansion.
      {"buying", "3", "budget approved", "approved the budget", "budget is approved", "budget was approved",
          "approved budget", "approved the", "signed off", "green light", "go ahead", "ready to sign",
          "ready to move forward", "move forward", "moving forward", "verbal commit*", "verbally", "purchase order",
          "send the contract", "send over the contract", "send the order form", "looking for a solution",
          "looking for solution", "looking for a tool", "looking for a platform", "add more seats", "more seats",
          "more licenses", "expand to", "expansion", "upsell", "happy to renew", "will renew", "signature date"},
      {"buying", "2", "budget line", "business case", "executive sponsor", "sponsor", "pilot", "poc",
          "proof of concept", "go-live", "go live", "rollout", "roll out", "reference call", "case study",
          "success criteria", "mutual action plan", "order form", "next phase", "we accept", "accepted",
          "agreed to", "confirmed the", "signed"},
  };

  static final String VERSION = version();

  private final Map<String, List<Phrase>> byFirstWord = new LinkedHashMap<>();
  private final List<Phrase> byPrefix = new ArrayList<>();
  private final Map<String, String> competitorNames;
  private final String key;

  record Phrase(Kind kind, int weight, String text, String[] words, String competitor) {}

  /** The lexicon with the given competitor names and aliases (alias or name -> canonical name). */
  public SignalLexicon(Map<String, String> competitorNames) {
    this.competitorNames = new LinkedHashMap<>(competitorNames);
    for (String[] group : PHRASES) {
      Kind kind = switch (group[0]) {
        case "risk" -> Kind.RISK;
        case "objection" -> Kind.OBJECTION;
        default -> Kind.BUYING;
      };
      int weight = Integer.parseInt(group[1]);
      for (int i = 2; i < group.length; i++) {
        add(new Phrase(kind, weight, group[i], words(group[i]), null));
      }
    }
    competitorNames.forEach((alias, canonical) -> {
      String[] w = words(alias);
      if (w.length > 0) {
        add(new Phrase(Kind.COMPETITOR, 2, canonical, w, canonical));
      }
    });
    this.key = VERSION + ":" + hash(String.join("|", competitorNames.keySet().stream().sorted().toList()) + "="
        + String.join("|", competitorNames.values().stream().sorted().toList()));
  }

  /** Identifies the lexicon: digests made with another one are stale. */
  public String key() {
    return key;
  }

  public Map<String, String> competitorNames() {
    return competitorNames;
  }

  private void add(Phrase p) {
    if (p.words()[0].endsWith("*")) {
      byPrefix.add(p);
    } else {
      byFirstWord.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
    }
  }

  /** Every phrase found in the words of one sentence (each phrase once). */
  List<Phrase> match(String[] tokens) {
    List<Phrase> found = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      List<Phrase> candidates = byFirstWord.get(tokens[i]);
      if (candidates != null) {
        for (Phrase p : candidates) {
          if (!found.contains(p) && matchesAt(p.words(), tokens, i)) {
            found.add(p);
          }
        }
      }
      for (Phrase p : byPrefix) {
        if (!found.contains(p) && matchesAt(p.words(), tokens, i)) {
          found.add(p);
        }
      }
    }
    return found;
  }

  private static boolean matchesAt(String[] words, String[] tokens, int at) {
    if (at + words.length > tokens.length) {
      return false;
    }
    for (int j = 0; j < words.length; j++) {
      String w = words[j];
      String t = tokens[at + j];
      boolean ok = w.endsWith("*") ? t.startsWith(w.substring(0, w.length() - 1)) : t.equals(w);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Lower-cased words of a text: letters, digits and inner apostrophes; everything else separates words. */
  static String[] words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '*' || c == '%') {
        word.append(c);
      } else if ((c == '\'' || c == '’') && word.length() > 0 && i + 1 < lower.length()
          && Character.isLetter(lower.charAt(i + 1))) {
        word.append('\'');
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out.toArray(String[]::new);
  }

  private static String version() {
    StringBuilder sb = new StringBuilder("lexicon-1");
    for (String[] group : PHRASES) {
      sb.append('|').append(String.join(",", group));
    }
    return hash(sb.toString());
  }

  static String hash(String s) {
    return hash(s, 6);
  }

  static String hash(String s, int bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
