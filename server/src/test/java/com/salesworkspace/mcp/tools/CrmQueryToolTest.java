package com.salesworkspace.mcp.tools;

import static com.salesworkspace.mcp.ToolHarness.number;
import static com.salesworkspace.mcp.ToolHarness.structured;
import static com.salesworkspace.mcp.ToolHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.mcp.ToolHarness;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm_query in structured mode on the demo workspace, with totals worked out by hand from its deals.yaml files. */
class CrmQueryToolTest {
  @TempDir Path dir;
  ToolHarness tools;

  @BeforeEach
  void setUp() {
    tools = new ToolHarness(Workspace.open(TestWorkspace.copyDemo(dir)));
  }

  @AfterEach
  void tearDown() {
    tools.close();
  }

  private Map<String, Object> ok(Map<String, Object> args) {
    McpSchema.CallToolResult r = tools.call("crm_query", args);
    assertThat(r.isError()).as(args + " -> " + text(r)).isFalse();
    return structured(r);
  }

  private String error(Map<String, Object> args) {
    McpSchema.CallToolResult r = tools.call("crm_query", args);
    assertThat(r.isError()).as(args + " should fail").isTrue();
    return text(r);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> result) {
    return (List<Map<String, Object>>) result.get("items");
  }

  @Test
  void filtersWithAnOrGroupAndSortsDescending() {
    // Open negotiation deals of 100,000 or more: D-ACME-001 180,000, D-KEST-001 380,000, D-MERI-001 210,000,
    // D-FJORD-002 120,000 (D-KEST-002 is 96,000). Sorted by amount descending.
    Map<String, Object> r = ok(Map.of("object", "opportunities",
        "filters", List.of(Map.of("field", "stage", "op", "=", "value", "Negotiation"),
            Map.of("or", List.of(Map.of("field", "amount", "op", ">=", "value", 100000),
                Map.of("field", "competitors", "op", "contains", "value", "nothing-matches")))),
        "fields", List.of("id", "amount", "owner"), "sort", List.of("-amount")));
    assertThat(items(r)).extracting(i -> i.get("id"))
        .containsExactly("D-KEST-001", "D-MERI-001", "D-ACME-001", "D-FJORD-002");
    assertThat(items(r).get(0)).containsEntry("amount", 380000L).containsEntry("owner", "john.smith");
    assertThat(r).containsEntry("source", "workspace");
    assertThat(number(r, "total")).isEqualTo(4);
  }

  @Test
  void groupsWithAggregates() {
    // Closed won by owner: john.smith D-DELTA-001 240,000 + D-GRAN-001 140,000 + D-GRAN-002 20,000 = 400,000 (3);
    // sarah.lee D-EVER-001 410,000 (1); carlos.ruiz D-FJORD-001 120,000 + D-NORD-000 150,000 = 270,000 (2).
    Map<String, Object> r = ok(Map.of("object", "opportunities",
        "filters", List.of(Map.of("field", "is_won", "op", "=", "value", true)),
        "group_by", List.of("owner"), "aggregates", List.of("count", "sum:amount", "max:close_date"),
        "sort", List.of("-sum_amount")));
    assertThat(items(r)).extracting(i -> i.get("owner")).containsExactly("sarah.lee", "john.smith", "carlos.ruiz");
    assertThat(items(r).get(1)).containsEntry("count", 3).containsEntry("sum_amount", 400000L)
        .containsEntry("max_close_date", "2026-09-12");
    assertThat(items(r).get(2)).containsEntry("sum_amount", 270000L);
  }

  @Test
  void pagesWithAnOpaqueCursor() {
    // 19 deals in the demo workspace: pages of 7, 7 and 5.
    Map<String, Object> first = ok(Map.of("object", "opportunities", "limit", 7, "sort", List.of("id")));
    assertThat(number(first, "total")).isEqualTo(19);
    assertThat(first).containsEntry("has_more", true);
    Map<String, Object> second = ok(Map.of("object", "opportunities", "limit", 7, "sort", List.of("id"),
        "cursor", first.get("next_cursor")));
    Map<String, Object> third = ok(Map.of("object", "opportunities", "limit", 7, "sort", List.of("id"),
        "cursor", second.get("next_cursor")));
    assertThat(items(third)).hasSize(5);
    assertThat(third).containsEntry("has_more", false);
    assertThat(items(second).get(0).get("id")).isEqualTo("D-FJORD-001");
    assertThat(error(Map.of("object", "accounts", "cursor", first.get("next_cursor")))).contains("different query");
  }

  @Test
  void wrongNamesListTheValidOnes() {
    assertThat(error(Map.of("object", "opportunities", "filters", List.of(Map.of("field", "ammount", "op", ">",
        "value", 5)))))
        .contains("Unknown field 'ammount'").contains("did you mean 'amount'").contains("close_date")
        .contains("crm://schema");
    assertThat(error(Map.of("object", "deals"))).contains("accounts, opportunities, contacts, tasks, activities");
    assertThat(error(Map.of("object", "opportunities", "filters", List.of(Map.of("field", "amount", "op", "like",
        "value", 5))))).contains("Unknown operator 'like'");
    assertThat(error(Map.of("object", "opportunities", "filters", List.of(Map.of("field", "close_date", "op", ">",
        "value", "next week"))))).contains("date like 2026-12-31");
    assertThat(error(Map.of("object", "opportunities", "filters", List.of(Map.of("field", "competitors", "op", "=",
        "value", "Stackline"))))).contains("use contains");
    assertThat(error(Map.of("object", "opportunities", "aggregates", List.of("sum:amount")))).contains("group_by");
    // An empty or group matches nothing: Claude would read "0 rows" as an answer, so it is a mistake to fix.
    assertThat(error(Map.of("object", "opportunities", "filters", List.of(Map.of("or", List.of())))))
        .contains("filters.or is empty");
    assertThat(error(Map.of("object", "opportunities", "filters", List.of(Map.of("field", "stage", "value",
        "negotiation"), Map.of("and", List.of()))))).contains("filters.and is empty");
  }

  @Test
  void everyPublishedFieldIsReadableFromItsView() {
    for (com.salesworkspace.crm.CrmObject o : com.salesworkspace.crm.CrmSchema.OBJECTS) {
      Map<String, Object> r = ok(Map.of("object", o.name(), "fields", o.fieldNames(), "sort", List.of("-" + o
          .fieldNames().get(0)), "limit", 1));
      // The demo has no tasks; what matters is that every field the schema publishes is a column of the view.
      assertThat(number(r, "total")).as(o.name()).isGreaterThanOrEqualTo(o.name().equals("tasks") ? 0 : 1);
    }
  }

  @Test
  void filtersSentAsJsonTextAreRead() {
    // Closed lost: D-GRAN-003 only.
    Map<String, Object> r = ok(Map.of("object", "opportunities", "filters",
        "[{\"field\": \"stage\", \"op\": \"=\", \"value\": \"closed_lost\"}]"));
    assertThat(items(r)).extracting(i -> i.get("id")).containsExactly("D-GRAN-003");
    assertThat(error(Map.of("object", "opportunities", "filters", "[{\"field\": "))).contains("not valid JSON");
  }

  @Test
  void valuesAreBoundNotSpliced() {
    Map<String, Object> r = ok(Map.of("object", "accounts", "filters",
        List.of(Map.of("field", "name", "op", "=", "value", "x' OR '1'='1"))));
    assertThat(number(r, "total")).isZero();
  }

  @Test
  void readsContactsTasksAndActivities() {
    // acme-logistics has one economic_buyer: Robert Kim.
    Map<String, Object> r = ok(Map.of("object", "contacts", "filters", List.of(
        Map.of("field", "customer", "op", "=", "value", "acme-logistics"),
        Map.of("field", "role", "op", "in", "value", List.of("economic_buyer")))));
    assertThat(items(r)).extracting(i -> i.get("name")).containsExactly("Robert Kim");
    Map<String, Object> activities = ok(Map.of("object", "activities", "group_by", List.of("type")));
    assertThat(items(activities)).extracting(i -> i.get("type")).contains("email", "call");
    assertThat(ok(Map.of("object", "tasks"))).containsKey("total");
  }

  @Test
  void saysWhenSalesforceIsNotConfigured() {
    tools.context().withEnvironment(Map.of());
    McpSchema.CallToolResult r = tools.call("crm_query", Map.of("object", "accounts", "limit", 1));
    assertThat(text(r)).contains("Salesforce is not configured; answered from the workspace");
    assertThat(error(Map.of("object", "accounts", "source", "live"))).contains("SALESFORCE_INSTANCE_URL");
  }
}
