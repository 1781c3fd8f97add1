package com.salesworkspace.bench;

import com.salesworkspace.index.FileParser;
import com.salesworkspace.index.FileScanner;
import com.salesworkspace.index.Fts5FullTextIndex;
import com.salesworkspace.index.FullTextIndex;
import com.salesworkspace.index.Index;
import com.salesworkspace.index.IndexStore;
import com.salesworkspace.index.LuceneFullTextIndex;
import com.salesworkspace.index.ParsedFile;
import com.salesworkspace.util.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty index the way a rebuild does (same scan, same parser, same rows and documents), but without
 * deleting each file's old documents first, which an empty index does not have. Used only when a rebuild was
 * stopped for taking too long, so that refresh and search can still be measured on a complete index; its time is
 * reported separately and never as the full-index time.
 */
final class BulkLoad {
  private static final int BATCH = 5000;

  private BulkLoad() {}

  /** Loads every file into {@code index}, which is cleared first; returns the files loaded. */
  static long into(Index index, Path root, Path stateDir, Index.Engine engine, Progress progress) {
    IndexStore store = index.store();
    FullTextIndex fullText = engine == Index.Engine.LUCENE
        ? new LuceneFullTextIndex(stateDir.resolve("lucene"))
        : new Fts5FullTextIndex(store);
    try (fullText) {
      store.begin();
      fullText.beginUpdate();
      fullText.clear();
      store.clearAll();
      fullText.commitUpdate();
      store.commit();

      Map<String, FileScanner.Stat> onDisk = FileScanner.scan(root.resolve("customers"));
      List<String> paths = new ArrayList<>(onDisk.keySet());
      paths.sort(null);
      progress.start("bulk-loading the index", paths.size());
      for (int from = 0; from < paths.size(); from += BATCH) {
        List<ParsedFile> parsed = paths.subList(from, Math.min(paths.size(), from + BATCH)).parallelStream()
            .map(p -> parse(root, p, onDisk.get(p))).toList();
        store.begin();
        fullText.beginUpdate();
        for (ParsedFile p : parsed) {
          p.docs().forEach(fullText::add);
        }
        fullText.commitUpdate();
        for (ParsedFile p : parsed) {
          store.replace(p);
        }
        store.commit();
        progress.advance(Math.min(paths.size(), from + BATCH));
      }
      progress.finish(String.format("bulk-loaded %,d files", paths.size()));
      return paths.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ParsedFile parse(Path root, String path, FileScanner.Stat stat) {
    try {
      byte[] bytes = Files.readAllBytes(root.resolve(path));
      return FileParser.parse(path, bytes, sha1(bytes), bytes.length, stat.mtimeNanos());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + path, e);
    }
  }

  /** The content hash the index keeps per file (SHA-1, as its sync computes it). */
  private static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
