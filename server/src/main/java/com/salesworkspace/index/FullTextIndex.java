package com.salesworkspace.index;

import java.io.Closeable;

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
}
