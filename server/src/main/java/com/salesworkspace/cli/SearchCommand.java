package com.salesworkspace.cli;

import com.salesworkspace.index.Index;
import com.salesworkspace.index.SearchHits;
import com.salesworkspace.index.SearchRequest;
import com.salesworkspace.util.Dates;
import com.salesworkspace.workspace.Workspace;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Ranked full-text search over customers, contacts, deals and interactions.")
final class SearchCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Parameters(arity = "0..*", paramLabel = "QUERY",
      description = "Words (all must match), \"quoted phrases\", -excluded words. Empty lists newest first.")
  List<String> words = List.of();

  @Option(names = "--customer", paramLabel = "SLUG", description = "Only this customer (repeatable).")
  List<String> customers = List.of();

  @Option(names = "--type", paramLabel = "TYPE", description = "Interaction type: email, slack, call, meeting, note, task (repeatable).")
  List<String> types = List.of();

  @Option(names = "--kind", paramLabel = "KIND", description = "customer, contact, deal, interaction or note (repeatable).")
  List<String> kinds = List.of();

  @Option(names = "--since", paramLabel = "DATE", description = "Only on or after this day (YYYY-MM-DD).")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Only on or before this day (YYYY-MM-DD).")
  String until;

  @Option(names = "--limit", defaultValue = "10", description = "How many results (1-100, default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--newest", description = "Order by date instead of relevance.")
  boolean newest;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("--limit must be between 1 and 100.");
    }
    Workspace ws = workspace.open();
    customers.forEach(ws::customerDir);
    List<String> wantedKinds = !types.isEmpty() && kinds.isEmpty() ? List.of("interaction") : kinds;
    SearchRequest request = new SearchRequest(String.join(" ", words), customers, wantedKinds, types, null, null, null,
        since == null ? null : Dates.startOfDay(since, "--since"),
        until == null ? null : Dates.endOfDay(until, "--until"), 0, limit, newest);
    try (Index index = Index.open(ws)) {
      RefreshNotice.refresh(index);
      SearchHits hits = index.search(request);
      if (json) {
        Output.json(hits);
      } else {
        print(request, hits, Output.out());
      }
      return 0;
    }
  }

  private static void print(SearchRequest request, SearchHits hits, PrintStream out) {
    String total = hits.total() + (hits.totalExact() ? "" : "+");
    out.printf("%s results%s%n", total, request.hasText() ? " for \"" + request.query() + "\"" : "");
    int n = 1;
    for (SearchHits.Hit h : hits.hits()) {
      String day = h.epochMillis() == 0 ? "" : " · " + Instant.ofEpochMilli(h.epochMillis()).atOffset(ZoneOffset.UTC).toLocalDate();
      String what = h.kind() + (h.type() == null ? "" : " " + h.type());
      out.printf("%2d. [%s] %s%s · %s%n", n++, what, h.customer() == null ? "-" : h.customer(), day, h.title());
      if (h.snippet() != null && !h.snippet().isBlank()) {
        out.println("    " + h.snippet());
      }
      out.println("    " + h.path());
    }
  }
}
