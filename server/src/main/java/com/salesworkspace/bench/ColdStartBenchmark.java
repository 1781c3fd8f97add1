package com.salesworkspace.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start of MCP servers over stdio: the time from launching the process to reading its initialize response,
 * median of N runs each, for every command given, in the same run. Usage:
 * {@code ColdStartBenchmark RUNS 'label=command args...' ...}
 */
public final class ColdStartBenchmark {
  private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
      + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}\n";

  private ColdStartBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    List<String[]> rows = new ArrayList<>();
    for (String spec : Arrays.copyOfRange(args, 1, args.length)) {
      int eq = spec.indexOf('=');
      String label = spec.substring(0, eq);
      List<String> command = List.of(spec.substring(eq + 1).split(" "));
      measure(command); // a warm-up start: file-system caches, not JIT (every run is a new process)
      double[] millis = new double[runs];
      for (int i = 0; i < runs; i++) {
        millis[i] = measure(command);
        System.err.printf("%s run %d: %.0f ms%n", label, i + 1, millis[i]);
      }
      Arrays.sort(millis);
      rows.add(new String[] {label, fmt(median(millis)), fmt(millis[0]), fmt(millis[runs - 1])});
    }
    System.out.printf("%nCold start to initialize response, %d runs each (ms):%n", runs);
    System.out.printf("%-48s %8s %8s %8s%n", "server", "median", "min", "max");
    for (String[] r : rows) {
      System.out.printf("%-48s %8s %8s %8s%n", (Object[]) r);
    }
  }

  static double measure(List<String> command) throws Exception {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    OutputStream in = p.getOutputStream();
    in.write(INITIALIZE.getBytes(StandardCharsets.UTF_8));
    in.flush();
    String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
    double millis = (System.nanoTime() - start) / 1e6;
    in.close();
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    if (line == null || !line.contains("\"id\":1") || !line.contains("\"result\"")) {
      throw new IllegalStateException(command + " did not answer initialize: " + line);
    }
    return millis;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String fmt(double ms) {
    return String.format("%.0f", ms);
  }
}
