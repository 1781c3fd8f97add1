package com.salesworkspace.index;

import com.salesworkspace.workspace.WorkspaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Apache Lucene: BM25 with block-max WAND top-k, so a common term costs about what a rare one does. The writer is
 * opened on the first update and kept for the life of the process: closing it waits for merges, which on a large
 * index takes seconds. Meanwhile another process cannot write (it gets an IndexBusyException) but can still read;
 * readers refresh to the latest commit before each search.
 */
public final class LuceneFullTextIndex implements FullTextIndex {
  private static final int EXACT_TOTAL_UP_TO = 1000;
  private static final int SNIPPET_CHARS = 240;

  private final Directory directory;
  private final Analyzer analyzer = new SearchAnalyzer();
  private IndexWriter writer;
  private SearcherManager searchers;

  public LuceneFullTextIndex(Path folder) {
    try {
      this.directory = FSDirectory.open(folder);
      if (!DirectoryReader.indexExists(directory)) {
        try (IndexWriter init = new IndexWriter(directory, config())) {
          init.commit();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the search index in " + folder + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "lucene";
  }

  private IndexWriterConfig config() {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    config.setCommitOnClose(false);
    return config;
  }

  @Override
  public void beginUpdate() {
    if (writer != null) {
      return;
    }
    try {
      writer = new IndexWriter(directory, config());
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new IndexBusyException("Another process (a running server?) is updating the search index", e);
    } catch (IOException e) {
      throw new UncheckedIOException("The search index is unreadable: " + e.getMessage(), e);
    }
  }

  @Override
  public void deletePath(String path) {
    try {
      writer().deleteDocuments(new Term("path", path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void add(SearchDoc doc) {
    Document d = new Document();
    d.add(new StringField("key", doc.key(), Field.Store.YES));
    d.add(new StringField("path", doc.path(), Field.Store.YES));
    d.add(new StringField("kind", doc.kind(), Field.Store.YES));
    d.add(new StringField("customer", nz(doc.customer()), Field.Store.YES));
    d.add(new StringField("type", nz(doc.type()), Field.Store.YES));
    d.add(new StringField("source", nz(doc.source()), Field.Store.NO));
    d.add(new StringField("direction", nz(doc.direction()), Field.Store.NO));
    d.add(new LongPoint("date", doc.epochMillis()));
    d.add(new NumericDocValuesField("date", doc.epochMillis()));
    d.add(new StoredField("date", doc.epochMillis()));
    d.add(new TextField("title", nz(doc.title()), Field.Store.YES));
    d.add(new TextField("body", nz(doc.body()), Field.Store.YES));
    d.add(new TextField("people", nz(doc.people()), Field.Store.NO));
    try {
      writer().addDocument(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** IndexWriter takes documents from several threads at once: analysis is most of the indexing cost. */
  @Override
  public void addAll(List<SearchDoc> docs) {
    writer();
    docs.parallelStream().forEach(this::add);
  }

  @Override
  public void commitUpdate() {
    if (writer == null) {
      return;
    }
    try {
      writer.commit();
    } catch (IOException e) {
      rollbackUpdate();
      throw new UncheckedIOException("Could not commit the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public void rollbackUpdate() {
    if (writer == null) {
      return;
    }
    try {
      writer.rollback();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer = null;
    }
  }

  @Override
  public void clear() {
    try {
      writer().deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("beginUpdate() first");
    }
    return writer;
  }

  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null) {
      searchers = new SearcherManager(directory, null);
    } else {
      searchers.maybeRefreshBlocking();
    }
    return searchers;
  }

  @Override
  public SearchHits search(SearchRequest request) {
    try {
      SearcherManager manager = searchers();
      IndexSearcher searcher = manager.acquire();
      try {
        return search(searcher, request);
      } finally {
        manager.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      // A pasted paragraph as the query (or a context focus): the caller's mistake, not the index's.
      throw new WorkspaceException("The search text has too many words for the index (" + e.getMessage()
          + "); search with fewer words, the distinctive ones, at most a few dozen.");
    } catch (IOException e) {
      throw new UncheckedIOException("Search failed: " + e.getMessage(), e);
    }
  }

  private SearchHits search(IndexSearcher searcher, SearchRequest request) throws IOException {
    Query text = textQuery(request.query());
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(text, text instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
    addFilter(builder, "customer", request.customers());
    addFilter(builder, "kind", request.kinds());
    addFilter(builder, "type", request.types());
    addFilter(builder, "source", request.sources());
    if (request.direction() != null) {
      addFilter(builder, "direction", List.of(request.direction()));
    }
    if (request.person() != null) {
      Query person = new org.apache.lucene.util.QueryBuilder(analyzer).createPhraseQuery("people", request.person());
      builder.add(person == null ? new MatchNoDocsQuery("no searchable words in person") : person,
          BooleanClause.Occur.FILTER);
    }
    if (request.sinceMillis() != null || request.untilMillis() != null) {
      long from = request.sinceMillis() == null ? Long.MIN_VALUE : request.sinceMillis();
      long to = request.untilMillis() == null ? Long.MAX_VALUE : request.untilMillis();
      builder.add(LongPoint.newRangeQuery("date", from, to), BooleanClause.Occur.FILTER);
    }
    Query query = builder.build();
    int wanted = request.offset() + request.limit();
    boolean byDate = request.newestFirst() || !request.hasText();
    TopDocs top = byDate
        ? searcher.search(query, new TopFieldCollectorManager(
            new Sort(new SortField("date", SortField.Type.LONG, true)), wanted, null, EXACT_TOTAL_UP_TO))
        : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, EXACT_TOTAL_UP_TO));
    ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
        Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    String[] snippets = snippets(searcher, text, page, request.hasText());
    List<SearchHits.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = searcher.storedFields().document(page[i].doc);
      String snippet = snippets[i] != null ? snippets[i] : lead(d.get("body"));
      hits.add(new SearchHits.Hit(d.get("key"), d.get("path"), d.get("kind"), emptyToNull(d.get("customer")),
          emptyToNull(d.get("type")), d.getField("date").numericValue().longValue(), d.get("title"), snippet,
          byDate ? 0 : page[i].score));
    }
    boolean exact = top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
    return new SearchHits(top.totalHits.value, exact, hits);
  }

  private String[] snippets(IndexSearcher searcher, Query text, ScoreDoc[] page, boolean hasText)
      throws IOException {
    if (!hasText || page.length == 0) {
      return new String[page.length];
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
        .withMaxLength(200_000)
        .build();
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    Map<String, String[]> byField =
        highlighter.highlightFields(new String[] {"body", "title"}, text, docs, new int[] {2, 1});
    String[] result = new String[page.length];
    for (int i = 0; i < page.length; i++) {
      String body = byField.get("body")[i];
      result[i] = body != null ? trim(body) : byField.get("title")[i];
    }
    return result;
  }

  private Query textQuery(String query) {
    if (query.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser =
        new SimpleQueryParser(analyzer, Map.of("title", 2.0f, "body", 1.0f, "people", 1.0f));
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query parsed = parser.parse(query);
    return parsed == null ? new MatchNoDocsQuery("the query has no searchable words") : parsed;
  }

  private static void addFilter(BooleanQuery.Builder builder, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    builder.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
  }

  @Override
  public void forEachPhraseMatch(List<String> phrases, long sinceMillis, long untilMillis,
      Consumer<PhraseCandidate> consumer) {
    org.apache.lucene.util.QueryBuilder builder = new org.apache.lucene.util.QueryBuilder(analyzer);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String phrase : phrases) {
      for (String field : List.of("body", "title")) {
        Query q = builder.createPhraseQuery(field, phrase);
        if (q != null) {
          any.add(q, BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
    }
    if (clauses == 0) {
      return;
    }
    Query query = new BooleanQuery.Builder()
        .add(any.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term("kind", SearchDoc.INTERACTION)), BooleanClause.Occur.FILTER)
        .add(LongPoint.newRangeQuery("date", sinceMillis, untilMillis), BooleanClause.Occur.FILTER)
        .build();
    try {
      SearcherManager manager = searchers();
      IndexSearcher searcher = manager.acquire();
      try {
        List<Integer> docs = searcher.search(query, new AllDocs());
        StoredFields stored = searcher.storedFields();
        Set<String> fields = Set.of("path", "customer", "date", "title", "body");
        for (int doc : docs) {
          Document d = stored.document(doc, fields);
          consumer.accept(new PhraseCandidate(d.get("path"), emptyToNull(d.get("customer")),
              d.getField("date").numericValue().longValue(), d.get("title"), d.get("body")));
        }
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Phrase search failed: " + e.getMessage(), e);
    }
  }

  /** Collects the ids of every matching document, in index order, without scoring. */
  private static final class AllDocs implements CollectorManager<AllDocs.Ids, List<Integer>> {
    static final class Ids extends SimpleCollector {
      private final List<Integer> docs = new ArrayList<>();
      private int base;

      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        base = context.docBase;
      }

      @Override
      public void collect(int doc) {
        docs.add(base + doc);
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }

    @Override
    public Ids newCollector() {
      return new Ids();
    }

    @Override
    public List<Integer> reduce(Collection<Ids> collectors) {
      List<Integer> all = new ArrayList<>();
      for (Ids c : collectors) {
        all.addAll(c.docs);
      }
      Collections.sort(all);
      return all;
    }
  }

  @Override
  public long documentCount() {
    try {
      SearcherManager manager = searchers();
      IndexSearcher searcher = manager.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String trim(String snippet) {
    String flat = snippet.replaceAll("\\s+", " ").strip();
    return flat.length() <= SNIPPET_CHARS * 2 ? flat : flat.substring(0, SNIPPET_CHARS * 2) + "…";
  }

  private static String lead(String body) {
    if (body == null) {
      return "";
    }
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS) + "…";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  @Override
  public void close() throws IOException {
    // Everything that matters is committed; rolling back drops nothing and does not wait for merges.
    rollbackUpdate();
    if (searchers != null) {
      searchers.close();
    }
    directory.close();
  }
}
