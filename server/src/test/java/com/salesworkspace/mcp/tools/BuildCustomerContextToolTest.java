package com.salesworkspace.mcp.tools;

import static com.salesworkspace.mcp.ToolHarness.number;
import static com.salesworkspace.mcp.ToolHarness.structured;
import static com.salesworkspace.mcp.ToolHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.bench.SyntheticAccount;
import com.salesworkspace.mcp.ToolHarness;
import com.salesworkspace.mcp.inventory.SizeContract;
import com.salesworkspace.mcp.inventory.ToolResult;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Tokens;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** build_customer_context as Claude calls it: inline compact, paged standard and extended, mistakes as isError. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildCustomerContextToolTest {
  @TempDir static Path dir;
  ToolHarness tools;

  @BeforeAll
  void openTheDemoWithABigCustomer() {
    Path root = TestWorkspace.copyDemo(dir.resolve("demo"));
    SyntheticAccount.write(root, "big-freight", 600, 11, SyntheticAccount.Style.REALISTIC);
    tools = new ToolHarness(Workspace.open(root));
  }

  @AfterAll
  void close() {
    tools.close();
  }

  private McpSchema.CallToolResult ok(Map<String, Object> args) {
    McpSchema.CallToolResult r = tools.call("build_customer_context", args);
    assertThat(r.isError()).as(args + " -> " + text(r)).isFalse();
    assertThat(SizeContract.tokens(new ToolResult(r.structuredContent(), text(r))))
        .as("the size contract").isLessThanOrEqualTo(SizeContract.MAX_RESULT_TOKENS);
    return r;
  }

  private String error(Map<String, Object> args) {
    McpSchema.CallToolResult r = tools.call("build_customer_context", args);
    assertThat(r.isError()).as(args + " should fail").isTrue();
    return text(r);
  }

  @Test
  void compactArrivesInlineWithItsTokenCount() {
    McpSchema.CallToolResult r = ok(Map.of("customer", "acme-logistics"));
    Map<String, Object> s = structured(r);
    assertThat(s).containsEntry("tier", "compact").containsEntry("encoding", "cl100k_base")
        .containsEntry("as_of", "2026-11-20").containsEntry("resource", "customer://acme-logistics/context/compact")
        .doesNotContainKey("next_page");
    assertThat(number(s, "page")).isEqualTo(1);
    assertThat(number(s, "pages")).isEqualTo(1);
    assertThat(number(s, "budget")).isEqualTo(5000);
    long tokens = number(s, "tokens");
    assertThat(tokens).isBetween(4500L, 4750L).isEqualTo(Tokens.count(text(r)));
    assertThat(s.get("text")).isEqualTo(text(r));
    assertThat(text(r)).startsWith("> Context of Acme Logistics (acme-logistics): compact tier, "
        + String.format(java.util.Locale.ROOT, "%,d", tokens) + " tokens (cl100k_base)");
    @SuppressWarnings("unchecked")
    Map<String, Object> coverage = (Map<String, Object>) s.get("coverage");
    assertThat(number(coverage, "interactions")).isEqualTo(26);
  }

  @Test
  @SuppressWarnings("unchecked")
  void standardAndExtendedArriveInSelfDescribingPagesThatAddUpToTheWhole() {
    for (String tier : List.of("standard", "extended")) {
      Map<String, Object> first = structured(ok(Map.of("customer", "big-freight", "tier", tier)));
      int pages = (int) number(first, "pages");
      long total = number(first, "tokens");
      assertThat(pages).as(tier).isGreaterThan(1);
      Map<String, Object> coverage = (Map<String, Object>) first.get("coverage");
      assertThat(total >= (tier.equals("standard") ? 36_000 : 180_000) || Boolean.TRUE.equals(coverage.get("complete")))
          .as(tier + ": fills 90% or holds everything").isTrue();
      String id = (String) first.get("context_id");
      List<String> sections = new ArrayList<>();
      long sum = 0;
      for (int page = 1; page <= pages; page++) {
        McpSchema.CallToolResult r = ok(Map.of("customer", "big-freight", "tier", tier, "page", page));
        Map<String, Object> s = structured(r);
        assertThat(s).containsEntry("context_id", id);
        assertThat(number(s, "page")).isEqualTo(page);
        assertThat(number(s, "page_tokens")).isLessThanOrEqualTo(BuildCustomerContextTool.PAGE_TOKENS)
            .isEqualTo(Tokens.count(text(r)));
        assertThat(text(r)).startsWith("> Page " + page + " of " + pages + " of the " + tier
            + " context of Big Freight (big-freight), as of 2026-11-20: ").contains("context id " + id)
            .contains(page < pages ? "Next: page " + (page + 1) + "." : "This is the last page.");
        if (page < pages) {
          assertThat(number(s, "next_page")).isEqualTo(page + 1);
        } else {
          assertThat(s).doesNotContainKey("next_page");
        }
        sections.addAll((List<String>) s.get("holds"));
        sum += number(s, "page_tokens");
      }
      assertThat(sections).contains("Account", "Stakeholders", "Open deals",
          "Risks, objections, competitors and buying signals", "Most recent interactions");
      assertThat(sections).contains(tier.equals("standard") ? "Timeline of older history" : "Earlier interactions");
      assertThat(sum).as("pages hold the whole context, plus one header each").isGreaterThan(total);
      assertThat(error(Map.of("customer", "big-freight", "tier", tier, "page", pages + 1)))
          .contains("past the end").contains(pages + " pages");
    }
  }

  @Test
  void focusAndAsOfAreHonouredAndReported() {
    Map<String, Object> s = structured(ok(Map.of("customer", "acme-logistics", "focus", "security review",
        "as_of", "2026-08-01")));
    assertThat(s).containsEntry("focus", "security review").containsEntry("as_of", "2026-08-01");
    assertThat((String) s.get("text")).contains("Most relevant to \"security review\"")
        .doesNotContain("2026-10-22-gmail-26344d");
  }

  @Test
  void mistakesComeBackAsErrorsThatSayWhatToChange() {
    assertThat(error(Map.of("customer", "acme-logistics", "tier", "huge"))).contains("tier")
        .contains("compact, extended, standard");
    assertThat(error(Map.of("customer", "acme-logistic"))).contains("There is no customer 'acme-logistic'")
        .contains("acme-logistics");
    assertThat(error(Map.of("customer", "../../etc"))).contains("not a customer slug");
    assertThat(error(Map.of())).contains("'customer' is required");
    assertThat(error(Map.of("customer", "acme-logistics", "as_of", "last week"))).contains("2026-11-03");
    assertThat(error(Map.of("customer", "acme-logistics", "page", 2))).contains("has 1 page");
    assertThat(error(Map.of("customer", "acme-logistics", "tokens", 10))).contains("Unknown argument 'tokens'");
  }
}
