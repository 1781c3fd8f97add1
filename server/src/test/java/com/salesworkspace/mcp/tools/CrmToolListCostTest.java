package com.salesworkspace.mcp.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.ToolAdapter;
import com.salesworkspace.util.Tokens;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crm toolset's share of the default tools/list, counted the way ToolRegistryTest counts the whole list. */
class CrmToolListCostTest {
  static final int CRM_BUDGET = 1_400;

  @Test
  void theThreeCrmToolsCostAtMostTheirShareOfTheToolList() throws Exception {
    List<McpSchema.Tool> defs = Inventory.select(List.of("crm"), List.of(), false).stream()
        .map(ToolAdapter::definition).toList();
    assertThat(defs).extracting(McpSchema.Tool::name)
        .containsExactly("crm_query", "pipeline_analysis", "competitor_check");
    String json = new ObjectMapper().writeValueAsString(Map.of("tools", defs));
    int tokens = Tokens.count(json);
    System.err.println("crm tools in tools/list: " + json.length() + " chars, " + tokens + " tokens");
    assertThat(tokens).isLessThanOrEqualTo(CRM_BUDGET);
  }
}
