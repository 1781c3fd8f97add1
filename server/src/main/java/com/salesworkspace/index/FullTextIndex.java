package com.salesworkspace.index;

import java.io.Closeable;
import java.util.List;
import java.util.function.Consumer;

/**
 * The full-text side of the index. Updates are grouped: {@link #beginUpdate()}, any number of deletes and adds,
 * then {@link #commitUpdate()}; after a crash before the commit the engine holds its last committed state.
 */
public interface FullTextIndex extends Closeable {
  String name();

  void beginUpdate();

  void deletePath(String path);

  void add(SearchDoc doc);

  /** Adds many documents; an engine that can take them from several threads at once may. */
  default void addAll(java.util.List<SearchDoc> docs) {
    docs.forEach(this::add);
  }

  void commitUpdate();

  void rollbackUpdate();

  /** Removes every document (for a rebuild). */
  void clear();

  SearchHits search(SearchRequest request);

  long documentCount();

  /**
   * Every interaction dated in [{@code sinceMillis}, {@code untilMillis}] whose subject or text holds at least one
   * of the phrases (words in order, as the engine's analyzer sees them, so a superset of exact matches). Unranked and
   * uncut, unlike {@link #search}: trigger rules check each candidate exactly.
   */
  void forEachPhraseMatch(List<String> phrases, long sinceMillis, long untilMillis, Consumer<PhraseCandidate> consumer);
}
