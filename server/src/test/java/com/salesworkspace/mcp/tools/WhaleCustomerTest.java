package com.salesworkspace.mcp.tools;

import static com.salesworkspace.mcp.ToolHarness.structured;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.mcp.ToolHarness;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Tokens;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The size contract holds on a customer with thousands of interactions, a 2-hour transcript and a 100 KB email. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhaleCustomerTest {
  @TempDir static Path dir;
  ToolHarness tools;

  @BeforeAll
  void createTheWhale() {
    TestWorkspace ws = TestWorkspace.minimal(dir);
    ws.customer("whale", "name: Whale Corp\ndomains: [whale.com]\nowner: john.smith\n");
    StringBuilder longLine = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      String id = String.format("2026-06-%02d-gmail-%06x", 1 + i % 28, i);
      ws.interaction("whale", id, "email", String.format("2026-06-%02dT10:00:00Z", 1 + i % 28), "gmail",
          "Renewal thread " + i, "Pat Buyer <pat@whale.com>", "inbound",
          "Renewal pricing discussion number " + i + ". " + "We reviewed the renewal terms in detail again. ".repeat(30));
    }
    StringBuilder transcript = new StringBuilder("## Transcript\n");
    for (int minute = 0; minute < 120; minute++) {
      for (int turn = 0; turn < 6; turn++) {
        transcript.append(String.format("[%02d:%02d:%02d] %s: ", minute / 60, minute % 60, turn * 10,
            turn % 2 == 0 ? "Pat Buyer" : "John Smith"))
            .append("we talked about the renewal scope and the rollout plan in some detail. ".repeat(4)).append('\n');
      }
    }
    ws.interaction("whale", "2026-07-01-gong-b1gca1", "call", "2026-07-01T15:00:00Z", "gong", "Two-hour renewal review",
        null, "outbound", transcript.toString());
    longLine.append("renewal ".repeat(12_800));
    ws.interaction("whale", "2026-07-02-gmail-b1ge3a", "email", "2026-07-02T15:00:00Z", "gmail", "Huge email",
        "Pat Buyer <pat@whale.com>", "inbound", longLine.toString());
    tools = new ToolHarness(ws.open());
  }

  @AfterAll
  void close() {
    tools.close();
  }

  private static int tokens(McpSchema.CallToolResult r) {
    return SizeContract.tokens(new ToolResult(r.structuredContent(), ToolHarness.text(r)));
  }

  @Test
  void aFullPageOfACommonTermStaysUnderTheBudget() {
    McpSchema.CallToolResult r = tools.call("email_search", Map.of("query", "renewal", "limit", 100));
    assertThat(r.isError()).isFalse();
    assertThat(tokens(r)).isLessThanOrEqualTo(SizeContract.MAX_RESULT_TOKENS);
    Map<String, Object> s = structured(r);
    assertThat(s).containsEntry("has_more", true);
    assertThat(ToolHarness.number(s, "total")).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void theTwoHourTranscriptAndTheHugeEmailArriveInWindows() {
    for (String id : new String[] {"2026-07-01-gong-b1gca1", "2026-07-02-gmail-b1ge3a"}) {
      int offset = 0;
      int windows = 0;
      Integer next;
      do {
        McpSchema.CallToolResult r = tools.call("get_interaction", Map.of("id", id, "offset", offset, "max_chars", 40000));
        assertThat(r.isError()).isFalse();
        assertThat(tokens(r)).isLessThanOrEqualTo(SizeContract.MAX_RESULT_TOKENS);
        Object nextValue = structured(r).get("next_offset");
        next = nextValue == null ? null : ((Number) nextValue).intValue();
        offset = next == null ? offset : next;
        windows++;
      } while (next != null && windows < 20);
      assertThat(windows).as(id).isGreaterThan(1);
      assertThat(next).isNull();
    }
  }

  @Test
  void customerSearchAndTheProfileStaySmall() {
    McpSchema.CallToolResult search = tools.call("search_customers", Map.of("query", "renewal", "limit", 100));
    assertThat(tokens(search)).isLessThan(2000);
    McpSchema.CallToolResult profile = tools.call("get_customer", Map.of("customer", "whale", "recent", 20));
    assertThat(profile.isError()).isFalse();
    assertThat(tokens(profile)).isLessThan(5000);
    assertThat(Tokens.count("hello world")).isEqualTo(2);
  }
}
