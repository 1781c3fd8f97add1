package com.salesworkspace.crm.salesforce;

import static com.salesworkspace.mcp.ToolHarness.structured;
import static com.salesworkspace.mcp.ToolHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.mcp.ToolHarness;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm_query in live mode against a fake Salesforce on 127.0.0.1 that answers with the real response shapes. */
class LiveCrmQueryTest {
  @TempDir Path dir;
  FakeSalesforce salesforce;
  ToolHarness tools;

  @BeforeEach
  void setUp() throws Exception {
    salesforce = new FakeSalesforce();
    tools = new ToolHarness(Workspace.open(TestWorkspace.copyDemo(dir)));
    tools.context().withEnvironment(salesforce.env());
  }

  @AfterEach
  void tearDown() {
    tools.close();
    salesforce.close();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> result) {
    return (List<Map<String, Object>>) result.get("items");
  }

  @Test
  void translatesToSoqlAndFollowsNextRecordsUrl() {
    McpSchema.CallToolResult r = tools.call("crm_query", Map.of("object", "opportunities",
        "filters", List.of(Map.of("field", "amount", "op", ">=", "value", 25000),
            Map.of("or", List.of(Map.of("field", "name", "op", "contains", "value", "O'Brien_%"),
                Map.of("field", "close_date", "op", "between", "value", List.of("2026-10-01", "2027-03-31")),
                Map.of("field", "created", "op", ">", "value", "2026-01-01")))),
        "fields", List.of("id", "name", "amount", "close_date", "created"), "sort", List.of("-amount")));
    assertThat(r.isError()).as(text(r)).isFalse();
    assertThat(salesforce.queries).containsExactly("SELECT Id, Name, Amount, CloseDate, CreatedDate FROM Opportunity "
        + "WHERE Amount >= 25000 AND (Name LIKE '%O\\'Brien\\_\\%%' OR (CloseDate >= 2026-10-01 AND CloseDate <= "
        + "2027-03-31) OR DAY_ONLY(CreatedDate) > 2026-01-01) ORDER BY Amount DESC NULLS LAST");
    Map<String, Object> out = structured(r);
    assertThat(out).containsEntry("source", "live").containsEntry("has_more", false);
    assertThat(items(out)).extracting(i -> i.get("id")).containsExactly("006FAKE001", "006FAKE002", "006FAKE003");
    assertThat(items(out).get(0)).containsEntry("amount", 100000L).containsEntry("created", "2026-03-01");
    assertThat(salesforce.paths).hasSize(2).last().isEqualTo("/services/data/v67.0/query/01gFAKE-2");
  }

  @Test
  void stopsPagingOnceTheLimitIsReached() {
    Map<String, Object> out = structured(tools.call("crm_query", Map.of("object", "opportunities", "limit", 2)));
    assertThat(items(out)).hasSize(2);
    assertThat(out).containsEntry("has_more", true);
    assertThat(((Number) out.get("total")).longValue()).isEqualTo(3);
    assertThat(salesforce.paths).hasSize(1);
  }

  @Test
  void groupByBecomesSoqlAggregates() {
    Map<String, Object> out = structured(tools.call("crm_query", Map.of("object", "opportunities",
        "group_by", List.of("stage"), "aggregates", List.of("count", "sum:amount"), "sort", List.of("-sum_amount"))));
    assertThat(salesforce.queries).containsExactly("SELECT StageName, COUNT(Id) a0, SUM(Amount) a1 FROM Opportunity "
        + "GROUP BY StageName ORDER BY SUM(Amount) DESC NULLS LAST");
    assertThat(items(out).get(0)).containsEntry("stage", "Prospecting").containsEntry("count", 2L)
        .containsEntry("sum_amount", 150000L);
  }

  @Test
  void anExpiredTokenIsAClearError() {
    Map<String, String> env = new HashMap<>(salesforce.env());
    env.put(SalesforceConfig.ACCESS_TOKEN, "expired");
    tools.context().withEnvironment(env);
    McpSchema.CallToolResult r = tools.call("crm_query", Map.of("object", "accounts"));
    assertThat(r.isError()).isTrue();
    assertThat(text(r)).contains("INVALID_SESSION_ID: Session expired or invalid")
        .contains("set a fresh SALESFORCE_ACCESS_TOKEN");
  }

  @Test
  void aMalformedQueryIsAClearError() {
    salesforce.malformedMessage = "No such column 'AnnualRevenue' on entity 'Account'";
    McpSchema.CallToolResult r = tools.call("crm_query", Map.of("object", "accounts", "fields", List.of("name", "arr")));
    assertThat(r.isError()).isTrue();
    assertThat(text(r)).contains("MALFORMED_QUERY: No such column 'AnnualRevenue'").contains("source=workspace");
  }

  @Test
  void workspaceOnlyFieldsAndObjectsSaySo() {
    McpSchema.CallToolResult field = tools.call("crm_query", Map.of("object", "accounts",
        "fields", List.of("name", "health_score")));
    assertThat(text(field)).contains("'health_score' has no Salesforce equivalent");
    McpSchema.CallToolResult object = tools.call("crm_query", Map.of("object", "activities"));
    assertThat(text(object)).contains("exist only in the workspace");
    assertThat(salesforce.queries).isEmpty();
  }

  @Test
  void sourceWorkspaceIgnoresSalesforce() {
    Map<String, Object> out = structured(tools.call("crm_query", Map.of("object", "accounts", "source", "workspace",
        "limit", 1)));
    assertThat(out).containsEntry("source", "workspace");
    assertThat(salesforce.queries).isEmpty();
  }

  @Test
  void anUnreachableInstanceIsAClearError() {
    tools.context().withEnvironment(Map.of(SalesforceConfig.INSTANCE_URL, "http://127.0.0.1:1",
        SalesforceConfig.ACCESS_TOKEN, "x"));
    McpSchema.CallToolResult r = tools.call("crm_query", Map.of("object", "accounts"));
    assertThat(text(r)).contains("Could not reach Salesforce").contains("SALESFORCE_INSTANCE_URL");
  }
}
