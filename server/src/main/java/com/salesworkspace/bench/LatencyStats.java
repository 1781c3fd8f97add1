package com.salesworkspace.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of timings, in milliseconds. */
public record LatencyStats(int samples, double p50Millis, double p99Millis, double maxMillis) {

  public static LatencyStats ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new LatencyStats(sorted.length, millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)),
        millis(sorted[sorted.length - 1]));
  }

  private static long percentile(long[] sorted, double fraction) {
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
