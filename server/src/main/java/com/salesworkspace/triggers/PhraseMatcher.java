package com.salesworkspace.triggers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds keyword phrases in text: case and accent insensitive, punctuation between words ignored, whole words only
 * ("budget approved" matches "Budget - approved!" but not "budget approvedness" or "budgets approved"). Words are
 * those of Unicode's word-boundary rules (UAX #29), the same tokenizer the search index uses, so the index can
 * find every candidate and this matcher decides exactly.
 */
public final class PhraseMatcher {
  private static final Analyzer WORDS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      stream = new ASCIIFoldingFilter(stream);
      return new TokenStreamComponents(tokenizer, stream);
    }
  };

  /** A word of the text and where it is. */
  public record Token(String word, int start, int end) {}

  /** A phrase found at [start, end) of the text. */
  public record Hit(String phrase, int start, int end) {}

  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
  private final Map<String, String> phraseOfKey = new LinkedHashMap<>();

  public PhraseMatcher(Collection<String> phrases) {
    for (String phrase : phrases) {
      List<Token> tokens = tokens(phrase);
      if (tokens.isEmpty()) {
        continue;
      }
      String[] words = tokens.stream().map(Token::word).toArray(String[]::new);
      String key = key(phrase);
      if (phraseOfKey.putIfAbsent(key, phrase) == null) {
        byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
      }
    }
  }

  /** The normal form of a phrase: its words joined by single spaces. Two phrases with one key match alike. */
  public static String key(String phrase) {
    return String.join(" ", tokens(phrase).stream().map(Token::word).toList());
  }

  public static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    try (TokenStream stream = WORDS.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** Every occurrence of every phrase, in text order; each hit names the phrase by its key. */
  public List<Hit> find(String text) {
    List<Hit> hits = new ArrayList<>();
    if (byFirstWord.isEmpty()) {
      return hits;
    }
    List<Token> tokens = tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      List<String[]> starting = byFirstWord.get(tokens.get(i).word());
      if (starting == null) {
        continue;
      }
      for (String[] words : starting) {
        if (i + words.length > tokens.size()) {
          continue;
        }
        boolean match = true;
        for (int j = 1; j < words.length && match; j++) {
          match = tokens.get(i + j).word().equals(words[j]);
        }
        if (match) {
          hits.add(new Hit(String.join(" ", words), tokens.get(i).start(), tokens.get(i + words.length - 1).end()));
        }
      }
    }
    return hits;
  }

  /** The phrases as written in the rules, by key. */
  public Map<String, String> phrases() {
    return phraseOfKey;
  }
}
