package com.salesworkspace.mcp.tools;

import static com.salesworkspace.mcp.ToolHarness.number;
import static com.salesworkspace.mcp.ToolHarness.structured;
import static com.salesworkspace.mcp.ToolHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.mcp.ToolHarness;
import com.salesworkspace.testing.TestWorkspace;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolBehaviourTest {
  @TempDir Path dir;
  TestWorkspace ws;
  ToolHarness tools;

  @BeforeEach
  void setUp() {
    ws = TestWorkspace.minimal(dir).withAcme();
    tools = new ToolHarness(ws.open());
  }

  @AfterEach
  void tearDown() {
    tools.close();
  }

  private McpSchema.CallToolResult ok(String tool, Map<String, Object> args) {
    McpSchema.CallToolResult r = tools.call(tool, args);
    assertThat(r.isError()).as(tool + " " + args + " -> " + text(r)).isFalse();
    return r;
  }

  private String error(String tool, Map<String, Object> args) {
    McpSchema.CallToolResult r = tools.call(tool, args);
    assertThat(r.isError()).as(tool + " " + args + " should fail").isTrue();
    return text(r);
  }

  @Test
  @SuppressWarnings("unchecked")
  void searchCustomersRanksByTextAndFiltersByFields() {
    Map<String, Object> byText = structured(ok("search_customers", Map.of("query", "budget approved")));
    List<Map<String, Object>> items = (List<Map<String, Object>>) byText.get("items");
    assertThat(items).extracting(i -> i.get("slug")).containsExactly("acme");
    List<Map<String, Object>> why = (List<Map<String, Object>>) items.get(0).get("matched");
    assertThat(why.get(0)).containsEntry("interaction_id", "2026-10-22-gmail-aa11bb");
    assertThat((String) why.get(0).get("snippet")).contains("[budget]");

    Map<String, Object> filtered = structured(ok("search_customers", Map.of("health_below", 70, "owner", "john.smith")));
    assertThat((List<Map<String, Object>>) filtered.get("items")).extracting(i -> i.get("slug")).containsExactly("acme");
    assertThat(number(structured(ok("search_customers", Map.of("tier", "smb"))), "total")).isEqualTo(0);
    assertThat(error("search_customers", Map.of("tier", "huge"))).contains("tier").contains("enterprise");
    assertThat(error("search_customers", Map.of("renewal_before", "soon"))).contains("2026-11-03");
    assertThat(error("search_customers", Map.of("colour", "red"))).contains("Unknown argument 'colour'");
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsPageWithCursorsThatBelongToTheirQuery() {
    Map<String, Object> first = structured(ok("search_customers", Map.of("limit", 1)));
    assertThat(number(first, "total")).isEqualTo(2);
    assertThat(first).containsEntry("has_more", true);
    String cursor = (String) first.get("next_cursor");
    Map<String, Object> second = structured(ok("search_customers", Map.of("limit", 1, "cursor", cursor)));
    assertThat((List<Map<String, Object>>) second.get("items")).extracting(i -> i.get("slug")).containsExactly("globex");
    assertThat(second).containsEntry("has_more", false).doesNotContainKey("next_cursor");
    assertThat(error("search_customers", Map.of("cursor", cursor, "owner", "john.smith")))
        .contains("different query");
    assertThat(error("search_customers", Map.of("cursor", "garbage!"))).contains("not one this server gave out");
    assertThat(error("email_search", Map.of("limit", 500))).contains("between 1 and 100");
  }

  @Test
  @SuppressWarnings("unchecked")
  void getCustomerShowsStakeholdersGapsDealsAndActivity() {
    Map<String, Object> all = structured(ok("get_customer", Map.of("customer", "acme", "as_of", "2026-12-01")));
    assertThat((Map<String, Object>) all.get("profile")).containsEntry("name", "Acme Logistics");
    List<Map<String, Object>> people = (List<Map<String, Object>>) all.get("stakeholders");
    assertThat(people).filteredOn(p -> p.get("name").equals("Maria Chen")).singleElement()
        .satisfies(p -> assertThat(p).containsEntry("quiet", false).containsEntry("days_silent", 29));
    assertThat(people).filteredOn(p -> p.get("name").equals("Robert Kim")).singleElement()
        .satisfies(p -> assertThat(p).containsEntry("quiet", true));
    assertThat((List<String>) all.get("gaps")).anySatisfy(g -> assertThat(g).contains("economic buyer Robert Kim"));
    assertThat((List<Map<String, Object>>) all.get("deals")).extracting(d -> d.get("id")).containsExactly("D-ACME-1");
    assertThat(number((Map<String, Object>) all.get("activity"), "interaction_count")).isEqualTo(2);

    Map<String, Object> small = structured(ok("get_customer", Map.of("customer", "acme", "fields", List.of("deals"))));
    assertThat(small).containsOnlyKeys("customer", "deals");
    assertThat(error("get_customer", Map.of("customer", "acm"))).contains("Did you mean acme");
    assertThat(error("get_customer", Map.of("customer", "../../etc"))).contains("not a customer slug");
    assertThat(error("get_customer", Map.of())).contains("'customer' is required");
    assertThat(error("get_customer", Map.of("customer", "acme", "fields", List.of("everything")))).contains("profile");
  }

  @Test
  @SuppressWarnings("unchecked")
  void emailAndSlackSearchFilterByKindCustomerPersonAndDate() {
    Map<String, Object> emails = structured(ok("email_search", Map.of("query", "budget")));
    assertThat((List<Map<String, Object>>) emails.get("items")).extracting(i -> i.get("id"))
        .containsExactly("2026-10-22-gmail-aa11bb");
    assertThat(number(structured(ok("slack_search", Map.of("query", "budget"))), "total")).isEqualTo(0);
    assertThat(number(structured(ok("slack_search", Map.of("query", "Stackline quote"))), "total")).isEqualTo(1);
    assertThat(number(structured(ok("email_search", Map.of("person", "robert.kim@acme.com"))), "total")).isEqualTo(1);
    assertThat(number(structured(ok("email_search", Map.of("person", "Maria Chen"))), "total")).isEqualTo(0);
    assertThat(number(structured(ok("slack_search", Map.of("person", "Maria Chen"))), "total")).isEqualTo(1);
    assertThat(number(structured(ok("email_search", Map.of("since", "2026-10-23"))), "total")).isEqualTo(0);
    assertThat(number(structured(ok("email_search", Map.of("until", "2026-10-22", "direction", "inbound"))), "total")).isEqualTo(1);
    assertThat(error("email_search", Map.of("since", "2026-11-01", "until", "2026-10-01"))).contains("swap them");
    assertThat(error("slack_search", Map.of("customer", "nobody"))).contains("There is no customer 'nobody'");
    assertThat(error("email_search", Map.of("direction", "up"))).contains("inbound");
  }

  @Test
  void getInteractionReadsInWindows() {
    String body = "word ".repeat(3000);
    ws.interaction("acme", "2026-11-01-gmail-0f0f0f", "email", "2026-11-01T09:00:00Z", "gmail", "Long", null,
        "inbound", body);
    McpSchema.CallToolResult first = ok("get_interaction", Map.of("id", "2026-11-01-gmail-0f0f0f", "max_chars", 1000));
    Map<String, Object> s = structured(first);
    assertThat(number(s, "total_chars")).isEqualTo(body.strip().length());
    assertThat(number(s, "offset")).isZero();
    int next = (int) number(s, "next_offset");
    assertThat(next).isBetween(500, 1000);
    assertThat(text(first)).contains("offset=" + next);
    Map<String, Object> second = structured(ok("get_interaction",
        Map.of("id", "2026-11-01-gmail-0f0f0f", "offset", next, "max_chars", 40000)));
    assertThat(number(second, "offset")).isEqualTo(next);
    assertThat(second).doesNotContainKey("next_offset");
    assertThat(error("get_interaction", Map.of("id", "2026-01-01-gmail-nothere"))).contains("email_search");
    assertThat(error("get_interaction", Map.of("id", "../../etc/passwd"))).contains("not an interaction id");
    assertThat(error("get_interaction", Map.of("id", "2026-11-01-gmail-0f0f0f", "offset", 99999999)))
        .contains("past the end");
  }

  @Test
  void logInteractionWritesAFileThatIsSearchableAndIdempotent() throws Exception {
    Map<String, Object> args = Map.of("customer", "acme", "type", "call", "subject", "Pricing call",
        "text", "Maria confirmed the okapiline discount is acceptable.", "date", "2026-11-19T15:00:00-05:00",
        "participants", List.of("Maria Chen", "John Smith"));
    Map<String, Object> preview = structured(ok("log_interaction", merge(args, Map.of("dry_run", true))));
    assertThat(preview).containsEntry("dry_run", true).containsEntry("created", true);
    assertThat(ws.root().resolve((String) preview.get("path"))).doesNotExist();

    Map<String, Object> written = structured(ok("log_interaction", args));
    Path file = ws.root().resolve((String) written.get("path"));
    assertThat(file).exists();
    assertThat(Files.readString(file)).startsWith("---\nid: " + written.get("id")).contains("source: manual")
        .contains("okapiline");
    assertThat(number(structured(ok("email_search", Map.of("query", "okapiline"))), "total")).isEqualTo(0);
    assertThat(number(structured(ok("search_customers", Map.of("query", "okapiline"))), "total")).isEqualTo(1);
    assertThat(structured(ok("log_interaction", args))).containsEntry("created", false).containsEntry("id", written.get("id"));

    assertThat(error("log_interaction", Map.of("customer", "acme", "type", "slack", "text", "x")))
        .contains("cannot be logged");
    assertThat(error("log_interaction", Map.of("customer", "acme", "type", "note", "text", "x".repeat(200_001))))
        .contains("200000");
    assertThat(error("log_interaction", Map.of("customer", "../../etc", "type", "note", "text", "x")))
        .contains("not a customer slug");
    assertThat(error("log_interaction", Map.of("customer", "acme", "type", "note", "text", "x", "date", "tomorrow")))
        .contains("2026-11-03T14:30:00-05:00");
    try (var files = Files.list(ws.root().resolve("customers/acme/interactions"))) {
      assertThat(files.count()).as("failed calls wrote nothing").isEqualTo(3);
    }
  }

  @Test
  void anErrorQuotesAHugeArgumentOnlyInPart() {
    // Claude pasting a whole email into the wrong argument must not get 200,000 characters back in the error.
    String pasted = "Hi Maria, following up on the redlines. ".repeat(5_000);
    for (Map<String, Object> args : List.<Map<String, Object>>of(Map.of("customer", pasted),
        Map.of("customer", "acme", "as_of", pasted), Map.of("customer", "acme", "fields", List.of(pasted)))) {
      String message = error("get_customer", args);
      assertThat(message.length()).as(message).isLessThan(1_500);
      assertThat(message).contains("Hi Maria, following up").contains("characters cut");
    }
    assertThat(error("get_customer", Map.of("customer", pasted))).endsWith("like 'acme-logistics'.");
    assertThat(error("get_customer", Map.of("customer", "acme", "as_of", pasted))).startsWith(
        "Argument 'as_of' must be a date like 2026-11-03");
  }

  @Test
  void aSearchOfHundredsOfWordsIsAMistakeToFixNotAFailure() {
    // Lucene refuses queries of over 1,024 clauses (from about 340 words, searched in title, body and people).
    String pasted = String.join(" ", java.util.Collections.nCopies(600, "renewal pricing"));
    assertThat(error("email_search", Map.of("query", pasted))).contains("fewer words");
    assertThat(error("build_customer_context", Map.of("customer", "acme", "focus", pasted))).contains("fewer words");
    assertThat(ok("email_search", Map.of("query", "renewal pricing")).isError()).isFalse();
  }

  private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
    Map<String, Object> m = new java.util.HashMap<>(a);
    m.putAll(b);
    return m;
  }
}
