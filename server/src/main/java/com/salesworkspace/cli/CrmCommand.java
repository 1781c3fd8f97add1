package com.salesworkspace.cli;

import com.salesworkspace.crm.CompetitorCheck;
import com.salesworkspace.crm.CompetitorReport;
import com.salesworkspace.crm.CompetitorText;
import com.salesworkspace.crm.CrmAnswer;
import com.salesworkspace.crm.CrmQueries;
import com.salesworkspace.crm.CrmSchema;
import com.salesworkspace.crm.PipelineReport;
import com.salesworkspace.crm.PipelineRequest;
import com.salesworkspace.crm.PipelineText;
import com.salesworkspace.crm.QueryParser;
import com.salesworkspace.index.Index;
import com.salesworkspace.util.Dates;
import com.salesworkspace.util.Json;
import com.salesworkspace.util.Page;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "crm", description = "CRM queries, pipeline analysis and competitor checks (the crm toolset).",
    subcommands = {CrmCommand.Query.class, CrmCommand.Sql.class, CrmCommand.Pipeline.class,
        CrmCommand.Competitors.class, CrmCommand.SchemaDoc.class},
    mixinStandardHelpOptions = true)
final class CrmCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static void checkLimit(int limit) {
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("--limit must be between 1 and 100.");
    }
  }

  /** Opens the workspace's index, brings it up to date, and runs the command's work on it. */
  static void onIndex(WorkspaceOption option, java.util.function.BiConsumer<Workspace, Index> work) {
    Workspace ws = option.open();
    try (Index index = Index.open(ws)) {
      RefreshNotice.refresh(index);
      work.accept(ws, index);
    }
  }

  /** A result as JSON for scripts or as its text for people. */
  static void emit(boolean json, Object value, java.util.function.Supplier<String> text) {
    if (json) {
      Output.json(value);
    } else {
      Output.out().println(text.get());
    }
  }

  static CrmQueries queries(Workspace ws, Index index) {
    return new CrmQueries(index, System.getenv());
  }

  static void print(CrmAnswer answer, boolean json) {
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("source", answer.source());
      out.put("columns", answer.columns());
      Page<Map<String, Object>> page = answer.page();
      out.put("items", page.items());
      out.put("total", page.total());
      out.put("has_more", page.hasMore());
      out.put("next_cursor", page.nextCursor());
      out.put("soql", answer.query());
      out.put("note", answer.note());
      Output.json(out);
      return;
    }
    Page<Map<String, Object>> page = answer.page();
    Output.out().println(page.total() + (page.totalExact() ? "" : "+") + " rows from the " + answer.source()
        + (answer.query() == null ? "" : " (SOQL: " + answer.query() + ")"));
    Output.out().print(answer.table());
    if (page.hasMore()) {
      Output.out().println("More: --cursor " + page.nextCursor());
    }
    if (answer.note() != null) {
      Output.out().println(answer.note());
    }
  }

  @Command(name = "query", description = "Structured query: crm query opportunities --where 'amount >= 100000' "
      + "--sort=-amount. Fields and operators: crm schema.")
  static final class Query implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "OBJECT", description = "accounts, opportunities, contacts, tasks or activities.")
    String object;

    @Option(names = "--where", paramLabel = "COND", description = "'FIELD OP VALUE', e.g. 'stage in negotiation,"
        + "business_case' or 'next_step is_null' (repeatable; all must hold).")
    List<String> where = List.of();

    @Option(names = "--filters-json", paramLabel = "JSON", description = "Filters as JSON, with or/and groups.")
    String filtersJson;

    @Option(names = "--fields", split = ",", paramLabel = "F", description = "Fields to show.")
    List<String> fields = List.of();

    @Option(names = "--sort", split = ",", paramLabel = "F", description = "Sort fields; -F for descending.")
    List<String> sort = List.of();

    @Option(names = "--group-by", split = ",", paramLabel = "F", description = "Group by these fields.")
    List<String> groupBy = List.of();

    @Option(names = "--agg", split = ",", paramLabel = "A", description = "count, sum:F, avg:F, min:F, max:F.")
    List<String> aggregates = List.of();

    @Option(names = "--source", defaultValue = "auto", description = "auto, workspace or live (default ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--limit", defaultValue = "20", description = "Rows per page (1-100, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--cursor", description = "The cursor printed with the previous page.")
    String cursor;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      checkLimit(limit);
      if (!CrmQueries.SOURCES.contains(source)) {
        throw new IllegalArgumentException("--source is auto, workspace or live.");
      }
      List<Object> filters = new ArrayList<>(where.stream().map(CrmCommand::condition).toList());
      if (filtersJson != null) {
        Object parsed = Json.MAPPER.readValue(filtersJson, Object.class);
        filters.addAll(parsed instanceof List<?> l ? l : List.of(parsed));
      }
      String fingerprint = "crm query " + Json.write(List.of(object, filters, fields, sort, groupBy, aggregates, source));
      int offset = com.salesworkspace.util.Cursors.decode(cursor, fingerprint);
      onIndex(workspace, (ws, index) -> print(queries(ws, index).structured(new QueryParser.Spec(object, filters,
          fields, sort, groupBy, aggregates), source, offset, limit, fingerprint), json));
      return 0;
    }
  }

  /**
   * 'FIELD OP VALUE' to the JSON condition form; in, not_in and between split their value on commas. Values may be
   * written the SQL way, quoted and with the list in parentheses: 'stage in ('negotiation', 'discovery')'.
   */
  static Map<String, Object> condition(String text) {
    String[] parts = text.strip().split("\\s+", 3);
    if (parts.length < 2) {
      throw new WorkspaceException("--where takes 'FIELD OP VALUE', e.g. 'amount >= 100000'; got '" + text + "'.");
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("field", parts[0]);
    c.put("op", parts[1]);
    String value = parts.length > 2 ? parts[2].strip() : null;
    if (value != null && (parts[1].equals("in") || parts[1].equals("not_in") || parts[1].equals("between"))) {
      String list = value.startsWith("(") && value.endsWith(")") ? value.substring(1, value.length() - 1) : value;
      c.put("value", Arrays.stream(list.split(",")).map(v -> unquoted(v.strip())).toList());
    } else if (parts[1].equals("is_null")) {
      c.put("value", value == null || Boolean.parseBoolean(value));
    } else {
      c.put("value", value == null ? null : unquoted(value));
    }
    return c;
  }

  private static String unquoted(String value) {
    boolean quoted = value.length() >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"')
        && value.charAt(value.length() - 1) == value.charAt(0);
    return quoted ? value.substring(1, value.length() - 1) : value;
  }

  @Command(name = "sql", description = "One read-only SELECT over the crm_* views (see crm schema).")
  static final class Sql implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "SQL", description = "SELECT ... FROM crm_opportunities ...")
    String sql;

    @Option(names = "--limit", defaultValue = "100", description = "Rows to print (1-100, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
      checkLimit(limit);
      onIndex(workspace, (ws, index) -> print(queries(ws, index).sql(sql, 0, limit, "crm sql " + sql), json));
      return 0;
    }
  }

  @Command(name = "pipeline", description = "Pipeline analysis of an owner, a team or everyone for a period.")
  static final class Pipeline implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Option(names = "--owner", paramLabel = "USER", description = "User id, e.g. john.smith.")
    String owner;

    @Option(names = "--team", paramLabel = "MANAGER", description = "A manager's user id: them and their reports.")
    String team;

    @Option(names = "--period", description = "this_quarter (default) or next_quarter.")
    String period;

    @Option(names = "--from", paramLabel = "DATE", description = "Custom period start (with --to).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Custom period end.")
    String to;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Analyse as of this day (default today).")
    String asOf;

    @Option(names = "--stale-days", defaultValue = "30", description = "Days without activity or stage change "
        + "(default ${DEFAULT-VALUE}).")
    int staleDays;

    @Option(names = "--limit", defaultValue = "20", description = "Deals per risk list (1-100, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
      checkLimit(limit);
      LocalDate day = asOf == null ? LocalDate.now() : Dates.day(asOf, "--as-of");
      PipelineRequest request = new PipelineRequest(owner, team, period, from == null ? null : Dates.day(from, "--from"),
          to == null ? null : Dates.day(to, "--to"), day, staleDays, limit);
      onIndex(workspace, (ws, index) -> {
        PipelineReport report = request.run(ws, index);
        emit(json, report, () -> PipelineText.render(report));
      });
      return 0;
    }
  }

  @Command(name = "competitors", description = "Battlecard, mentions and deals for a competitor or a customer.")
  static final class Competitors implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;

    @Option(names = "--competitor", paramLabel = "NAME", description = "Competitor name, e.g. Stackline.")
    String competitor;

    @Option(names = "--customer", paramLabel = "SLUG", description = "A customer: its competitors, mentions within it.")
    String customer;

    @Option(names = "--limit", defaultValue = "20", description = "Mentions per competitor (1-100, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--cursor", description = "The cursor printed with the previous mentions.")
    String cursor;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
      checkLimit(limit);
      String fingerprint = "crm competitors " + customer + " " + competitor;
      int offset = com.salesworkspace.util.Cursors.decode(cursor, fingerprint);
      onIndex(workspace, (ws, index) -> {
        CompetitorReport report = new CompetitorCheck(ws, index).check(customer, competitor, offset, limit,
            fingerprint);
        emit(json, report, () -> CompetitorText.render(report));
      });
      return 0;
    }
  }

  @Command(name = "schema", description = "The objects, fields, operators and SQL views crm queries use.")
  static final class SchemaDoc implements Callable<Integer> {
    @Override
    public Integer call() {
      Output.out().println(CrmSchema.markdown());
      return 0;
    }
  }
}
