package com.salesworkspace.cli;

import com.salesworkspace.context.ContextBuilder;
import com.salesworkspace.context.ContextPages;
import com.salesworkspace.context.ContextRequest;
import com.salesworkspace.context.CustomerContext;
import com.salesworkspace.context.Tier;
import com.salesworkspace.index.Index;
import com.salesworkspace.mcp.tools.BuildCustomerContextTool;
import com.salesworkspace.util.Dates;
import com.salesworkspace.workspace.Workspace;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "context", description = "Build a customer's context within a token budget: compact (5,000 tokens), "
    + "standard (40,000) or extended (200,000). The context goes to stdout; its token count also to stderr.")
final class ContextCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Parameters(paramLabel = "CUSTOMER", description = "The customer slug, e.g. acme-logistics.")
  String customer;

  @Option(names = {"-t", "--tier"}, defaultValue = "compact", paramLabel = "TIER",
      description = "compact, standard or extended (default ${DEFAULT-VALUE}).")
  String tier;

  @Option(names = "--focus", paramLabel = "TOPIC", description = "Lean the selection towards a topic, e.g. renewal.")
  String focus;

  @Option(names = "--as-of", paramLabel = "DATE", description = "See the account as of this day (YYYY-MM-DD); default today.")
  String asOf;

  @Option(names = "--page", paramLabel = "N", description = "Print only page N, as the MCP tool pages it.")
  Integer page;

  @Option(names = "--json", description = "Print the context and its figures as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Tier t = Tier.parse(tier);
    Workspace ws = workspace.open();
    ws.customerDir(customer);
    LocalDate day = asOf == null ? LocalDate.now() : Dates.day(asOf, "--as-of");
    try (Index index = Index.open(ws)) {
      RefreshNotice.refresh(index);
      long started = System.nanoTime();
      CustomerContext context = new ContextBuilder(ws, index).build(new ContextRequest(customer, t, focus, day));
      long millis = (System.nanoTime() - started) / 1_000_000;
      String text = context.text();
      if (page != null) {
        ContextPages.Page p = ContextPages.page(context, page, BuildCustomerContextTool.PAGE_TOKENS);
        text = p.text();
        System.err.printf(Locale.ROOT, "page %d of %d, %,d tokens%n", p.number(), p.count(), p.tokens());
      }
      if (json) {
        Output.json(page == null ? context : java.util.Map.of("context", context, "page_text", text));
      } else {
        Output.out().print(text);
      }
      System.err.printf(Locale.ROOT, "%s context of %s: %,d tokens (%s) of a %,d-token budget, built in %d ms%n",
          t.id(), context.customer(), context.tokens(), context.encoding(), context.budget(), millis);
      return 0;
    }
  }
}
