package com.salesworkspace.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentLoaderTest {
  @TempDir Path dir;

  static final String GOOD = """
      account-check:
        category: customer-intelligence
        purpose: Check an account
        tools: [get_customer, email_search]
        output: A short status
        context: compact
        arguments:
          - name: customer
            description: The customer
            required: true
            completion: customers
          - name: topic
            description: What to look at
        prompt: |
          Check {{customer}} on {{today}}{{#topic}} about {{topic}}{{/topic}}.
      """;

  static List<String> inventoryNames() {
    return Inventory.all().stream().map(WorkspaceTool::name).toList();
  }

  private AgentCatalog load(TestWorkspace ws) {
    return new AgentLoader(ws.open(), inventoryNames()).load();
  }

  private static List<String> lines(AgentCatalog catalog) {
    return catalog.problems().stream().map(FileProblem::toString).toList();
  }

  @Test
  void theShippedAgentsAllLoadAndCoverEveryCategory() {
    // Needs the crm tools (crm_query, pipeline_analysis, competitor_check) in the inventory.
    AgentCatalog catalog = new AgentLoader(Workspace.open(TestWorkspace.projectRoot()), inventoryNames()).load();
    assertThat(lines(catalog)).isEmpty();
    assertThat(catalog.agents()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(catalog.agents()).extracting(AgentDefinition::category).contains(AgentCategory.values());
    assertThat(catalog.names()).contains("customer-context-analyzer", "deal-progression-agent", "churn-risk-review",
        "meeting-prep", "morning-brief", "pipeline-review", "competitive-deal-strategy", "renewal-prep");
    assertThat(catalog.agent("deal-progression-agent").orElseThrow().tools())
        .contains("crm_query", "pipeline_analysis", "competitor_check");
  }

  @Test
  void aGoodFileLoadsWithItsArgumentsTierAndTemplate() {
    TestWorkspace ws = TestWorkspace.minimal(dir).withAcme();
    ws.write("agent-definitions/account-check.yaml", GOOD);
    AgentCatalog catalog = load(ws);
    assertThat(catalog.problems()).isEmpty();
    AgentDefinition agent = catalog.agent("account-check").orElseThrow();
    assertThat(agent.category()).isEqualTo(AgentCategory.CUSTOMER_INTELLIGENCE);
    assertThat(agent.contextTier().id()).isEqualTo("compact");
    assertThat(agent.customerArgument().orElseThrow().name()).isEqualTo("customer");
    assertThat(agent.argument("topic").orElseThrow().required()).isFalse();
    assertThat(agent.argument("topic").orElseThrow().completion()).isEqualTo(CompletionSource.NONE);
    assertThat(AgentTemplate.render(agent, java.util.Map.of("customer", "acme"), java.time.LocalDate.of(2026, 11, 20)))
        .isEqualTo("Check acme on 2026-11-20.");
    assertThat(AgentTemplate.render(agent, java.util.Map.of("customer", "acme", "topic", "pricing"),
        java.time.LocalDate.of(2026, 11, 20))).isEqualTo("Check acme on 2026-11-20 about pricing.");
  }

  @Test
  void mistakesNameTheFileAndLineAndLeaveTheOtherAgentsLoaded() {
    TestWorkspace ws = TestWorkspace.minimal(dir).withAcme();
    ws.write("agent-definitions/account-check.yaml", GOOD);
    ws.write("agent-definitions/gong-digest.yaml", GOOD.replace("account-check:", "gong-digest:")
        .replace("[get_customer, email_search]", "[get_customer, gong_analysis]"));
    ws.write("agent-definitions/typo.yaml", GOOD.replace("account-check:", "typo:")
        .replace("  output: A short status", "  outptu: A short status"));
    ws.write("agent-definitions/undeclared.yaml", GOOD.replace("account-check:", "undeclared:")
        .replace("{{#topic}} about {{topic}}{{/topic}}.", ".\n    Compare with {{competitor}}."));
    ws.write("agent-definitions/misnamed.yaml", GOOD);
    ws.write("agent-definitions/badcat.yaml", GOOD.replace("account-check:", "badcat:")
        .replace("customer-intelligence", "sales"));
    ws.write("agent-definitions/nocustomer.yaml", GOOD.replace("account-check:", "nocustomer:")
        .replace("completion: customers", "completion: none"));
    ws.write("agent-definitions/badyaml.yaml", "badyaml:\n  tools: [unclosed\n");
    ws.write("agent-definitions/badcompletion.yaml", GOOD.replace("account-check:", "badcompletion:")
        .replace("completion: customers", "completion: accounts"));

    AgentCatalog catalog = load(ws);
    List<String> lines = lines(catalog);
    assertThat(catalog.names()).containsExactly("account-check");
    assertThat(lines).hasSize(8);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/gong-digest.yaml:4: error")
        .contains("unknown tool 'gong_analysis'").contains("get_interaction"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/typo.yaml:5: error")
        .contains("unknown key 'outptu' (did you mean output?)"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/undeclared.yaml:16: error")
        .contains("{{competitor}}").contains("not a declared argument"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/misnamed.yaml:1: error")
        .contains("named 'account-check'").contains("rename"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/badcat.yaml:2: error")
        .contains("category 'sales'").contains("sales-support"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/nocustomer.yaml:6: error")
        .contains("completion: customers"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/badyaml.yaml:2: error").contains("YAML"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/badcompletion.yaml:11: error")
        .contains("completion 'accounts'").contains("customers, owners, competitors, none"));
  }

  @Test
  void anArgumentWithoutDescriptionOrWithAWrongNameIsRefused() {
    TestWorkspace ws = TestWorkspace.minimal(dir).withAcme();
    ws.write("agent-definitions/a.yaml", GOOD.replace("account-check:", "a:")
        .replace("      description: What to look at\n", ""));
    ws.write("agent-definitions/b.yaml", GOOD.replace("account-check:", "b:").replace("name: topic", "name: Topic"));
    ws.write("agent-definitions/c.yaml", GOOD.replace("account-check:", "c:").replace("name: topic", "name: today"));
    List<String> lines = lines(load(ws));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/a.yaml:").contains("needs a description"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/b.yaml:").contains("snake_case"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("agent-definitions/c.yaml:").contains("built-in"));
  }
}
