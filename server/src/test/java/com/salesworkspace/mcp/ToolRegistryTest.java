package com.salesworkspace.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.ToolAdapter;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.util.Tokens;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants every tool must keep, checked in one place. */
class ToolRegistryTest {
  @Test
  void namesAreUniqueSnakeCaseAndVerbFirst() {
    Set<String> seen = new HashSet<>();
    for (WorkspaceTool tool : Inventory.all()) {
      assertThat(tool.name()).matches("^[a-z]+(_[a-z]+)+$");
      assertThat(seen.add(tool.name())).as("unique " + tool.name()).isTrue();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyToolIsFullyDescribed() {
    for (WorkspaceTool tool : Inventory.all()) {
      McpSchema.Tool def = ToolAdapter.definition(tool);
      assertThat(def.description()).as(tool.name()).hasSizeGreaterThan(40);
      assertThat(def.title()).isNotBlank();
      McpSchema.ToolAnnotations a = def.annotations();
      assertThat(List.of(a.readOnlyHint(), a.destructiveHint(), a.idempotentHint(), a.openWorldHint()))
          .as("explicit annotations on " + tool.name()).doesNotContainNull();
      Map<String, Object> input = tool.inputSchema();
      assertThat(input).containsEntry("type", "object").doesNotContainKeys("anyOf", "oneOf", "allOf");
      Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) input.get("properties");
      props.forEach((name, schema) -> {
        assertThat(name).as(tool.name()).matches("^[a-z]+(_[a-z]+)*$");
        assertThat((String) schema.get("description")).as(tool.name() + "." + name).isNotBlank();
      });
      List<String> required = (List<String>) input.getOrDefault("required", List.of());
      assertThat(props.keySet()).containsAll(required);
      assertThat(tool.outputSchema()).as("output schema of " + tool.name()).containsEntry("type", "object");
    }
  }

  @Test
  void listToolsTakeTheSharedPagingArguments() {
    for (String name : List.of("search_customers", "email_search", "slack_search", "crm_query")) {
      WorkspaceTool tool = Inventory.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
      assertThat(tool.inputSchema().get("properties").toString()).contains("limit").contains("cursor");
      assertThat(tool.outputSchema().get("properties").toString()).contains("next_cursor").contains("has_more")
          .contains("total");
    }
  }

  @Test
  void readOnlySelectionKeepsOnlyReadOnlyTools() {
    List<WorkspaceTool> readOnly = Inventory.select(List.of(), List.of(), true);
    assertThat(readOnly).allMatch(t -> t.hints().readOnly());
    assertThat(readOnly).extracting(WorkspaceTool::name).doesNotContain("log_interaction");
    assertThat(Inventory.select(List.of("write"), List.of(), false)).extracting(WorkspaceTool::name)
        .containsExactly("log_interaction");
    assertThat(Inventory.select(List.of(), List.of("get_customer"), false)).extracting(WorkspaceTool::name)
        .containsExactly("get_customer");
    assertThatThrownBy(() -> Inventory.select(List.of("sales"), List.of(), false)).hasMessageContaining("customers");
    assertThatThrownBy(() -> Inventory.select(List.of(), List.of("get_customers"), false))
        .hasMessageContaining("get_customer");
  }

  @Test
  void theDefaultToolListStaysUnderFiveThousandTokens() throws Exception {
    List<McpSchema.Tool> defs = Inventory.select(List.of(), List.of(), false).stream().map(ToolAdapter::definition).toList();
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("tools", defs));
    int tokens = Tokens.count(json);
    System.err.println("tools/list: " + defs.size() + " tools, " + json.length() + " chars, " + tokens + " tokens");
    assertThat(tokens).isLessThan(5000);
  }
}
