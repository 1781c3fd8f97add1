package com.salesworkspace.bench;

import com.salesworkspace.index.Index;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolAdapter;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The crm tools at scale: a synthetic workspace (default 2,000 customers x 10 interactions, two deals each with
 * history, Stackline and Orbitra as competitors) indexed once, then each tool called through ToolAdapter (index
 * refresh included) RUNS times; prints p50/p99/max latency and the result size in tokens.
 * Usage: {@code CrmBenchmark DIR [CUSTOMERS] [INTERACTIONS] [RUNS]}. Prints to stdout.
 */
public final class CrmBenchmark {
  private CrmBenchmark() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "server/target/bench-crm").toAbsolutePath();
    int customers = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int interactions = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    SyntheticWorkspace.Prepared prepared = SyntheticWorkspace.prepare(dir, customers, interactions, Progress.toStderr());
    Workspace workspace = Workspace.open(prepared.root());
    System.out.printf("CRM benchmark: %,d customers, %,d deals, %,d interactions, %d runs per call, %d cores, Java %s%n",
        customers, customers * 2, customers * interactions, runs, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    long t0 = System.nanoTime();
    ToolContext context = new ToolContext(workspace, () -> Index.open(workspace),
        Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
    context.withEnvironment(Map.of());
    context.refreshIndex();
    System.out.printf("index ready in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);

    Map<String, Map.Entry<String, Map<String, Object>>> calls = new LinkedHashMap<>();
    calls.put("crm_query filter+sort", Map.entry("crm_query", Map.of("object", "opportunities", "filters",
        List.of(Map.of("field", "amount", "op", ">=", "value", 100000)), "sort", List.of("-amount"))));
    calls.put("crm_query group_by", Map.entry("crm_query", Map.of("object", "opportunities", "group_by",
        List.of("stage"), "aggregates", List.of("count", "sum:amount"))));
    calls.put("crm_query sql", Map.entry("crm_query", Map.of("sql", "SELECT stage, SUM(amount) AS total "
        + "FROM crm_opportunities GROUP BY stage")));
    calls.put("pipeline_analysis all", Map.entry("pipeline_analysis", Map.of()));
    calls.put("competitor_check", Map.entry("competitor_check", Map.of("competitor", "Stackline")));
    System.out.printf("%-24s %9s %9s %9s %8s%n", "call", "p50 ms", "p99 ms", "max ms", "tokens");
    try {
      // Every tool call first brings the index up to date (a stat of every file without a watcher): its share.
      long[] refresh = new long[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        context.refreshIndex();
        refresh[i] = System.nanoTime() - start;
      }
      LatencyStats r = LatencyStats.ofNanos(refresh);
      System.out.printf("%-24s %9.1f %9.1f %9.1f %8s%n", "(index refresh alone)", r.p50Millis(), r.p99Millis(),
          r.maxMillis(), "-");
      for (Map.Entry<String, Map.Entry<String, Map<String, Object>>> c : calls.entrySet()) {
        WorkspaceTool tool = Inventory.all().stream().filter(t -> t.name().equals(c.getValue().getKey()))
            .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Set<String> known = ((Map<String, Object>) tool.inputSchema().get("properties")).keySet();
        long[] nanos = new long[runs];
        McpSchema.CallToolResult last = null;
        for (int i = -2; i < runs; i++) { // two warm-up calls
          long start = System.nanoTime();
          last = ToolAdapter.call(tool, context, known, c.getValue().getValue());
          if (i >= 0) {
            nanos[i] = System.nanoTime() - start;
          }
        }
        if (Boolean.TRUE.equals(last.isError())) {
          throw new IllegalStateException(c.getKey() + " failed: " + last.content());
        }
        LatencyStats stats = LatencyStats.ofNanos(nanos);
        int tokens = SizeContract.tokens(new ToolResult(last.structuredContent(),
            ((McpSchema.TextContent) last.content().get(0)).text()));
        System.out.printf("%-24s %9.1f %9.1f %9.1f %8d%n", c.getKey(), stats.p50Millis(), stats.p99Millis(),
            stats.maxMillis(), tokens);
      }
    } finally {
      context.close();
    }
  }
}
