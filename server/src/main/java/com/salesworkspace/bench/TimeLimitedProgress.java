package com.salesworkspace.bench;

import com.salesworkspace.util.Progress;

/**
 * Progress that stops the operation it watches once it has run longer than a limit, by throwing from
 * {@link #advance}. The index reports progress after each committed batch, so stopping there leaves a consistent,
 * partly built index; it is the only way to bound an index build from outside without changing it.
 */
final class TimeLimitedProgress implements Progress {
  /** Thrown when the limit is passed; says how far the operation got. */
  static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long done;
    final long total;
    final long elapsedMillis;

    LimitExceeded(long done, long total, long elapsedMillis) {
      super(String.format("stopped after %.0f s at %,d of %,d files", elapsedMillis / 1000.0, done, total));
      this.done = done;
      this.total = total;
      this.elapsedMillis = elapsedMillis;
    }
  }

  private final Progress delegate;
  private final long limitNanos;
  private long startedAt;
  private long total;

  TimeLimitedProgress(Progress delegate, long limitMillis) {
    this.delegate = delegate;
    this.limitNanos = limitMillis * 1_000_000;
  }

  @Override
  public void start(String task, long total) {
    this.startedAt = System.nanoTime();
    this.total = total;
    delegate.start(task, total);
  }

  @Override
  public void advance(long done) {
    delegate.advance(done);
    long elapsed = System.nanoTime() - startedAt;
    if (elapsed > limitNanos && done < total) {
      throw new LimitExceeded(done, total, elapsed / 1_000_000);
    }
  }

  @Override
  public void finish(String summary) {
    delegate.finish(summary);
  }
}
