package com.salesworkspace.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words, lower-cased, accents folded (Søren finds Soren), English possessives dropped and Porter-stemmed
 * (approved finds approve). Stop words are kept so that phrases like "looking for solution" match as written.
 * The same rules as the FTS5 tokenizer 'porter unicode61 remove_diacritics 2', so both engines agree.
 */
public final class SearchAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
