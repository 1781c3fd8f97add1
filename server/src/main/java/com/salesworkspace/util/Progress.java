package com.salesworkspace.util;

import java.io.PrintStream;

/** Progress of a long operation, reported to people on stderr (never stdout, which may carry the protocol). */
public interface Progress {
  void start(String task, long total);

  void advance(long done);

  void finish(String summary);

  Progress NONE = new Progress() {
    @Override
    public void start(String task, long total) {}

    @Override
    public void advance(long done) {}

    @Override
    public void finish(String summary) {}
  };

  static Progress toStderr() {
    return new Console(System.err);
  }

  /** Prints at most one line a second, plus the start and the summary. */
  final class Console implements Progress {
    private final PrintStream out;
    private String task = "";
    private long total;
    private long lastPrint;
    private long startedAt;

    public Console(PrintStream out) {
      this.out = out;
    }

    @Override
    public synchronized void start(String task, long total) {
      this.task = task;
      this.total = total;
      this.startedAt = System.nanoTime();
      this.lastPrint = startedAt;
    }

    @Override
    public synchronized void advance(long done) {
      long now = System.nanoTime();
      if (now - lastPrint >= 1_000_000_000L) {
        lastPrint = now;
        long pct = total > 0 ? done * 100 / total : 0;
        out.printf("%s: %,d/%,d (%d%%), %.0f s%n", task, done, total, pct, (now - startedAt) / 1e9);
      }
    }

    @Override
    public synchronized void finish(String summary) {
      out.println(summary);
    }
  }
}
