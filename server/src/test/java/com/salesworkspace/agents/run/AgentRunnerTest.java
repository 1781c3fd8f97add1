package com.salesworkspace.agents.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.agents.AgentArguments;
import com.salesworkspace.agents.AgentCatalog;
import com.salesworkspace.agents.AgentDefinition;
import com.salesworkspace.agents.AgentLoader;
import com.salesworkspace.index.Index;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The tool-use loop against a local fake of the Messages API, with tools executed on the demo workspace. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentRunnerTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  @TempDir static Path dir;
  Workspace ws;
  Index index;
  ToolContext context;
  AgentCatalog catalog;
  FakeMessagesApi api;
  AnthropicClient client;

  @BeforeAll
  void openWorkspace() {
    ws = Workspace.open(TestWorkspace.copyDemo(dir.resolve("demo")));
    index = Index.open(ws);
    context = new ToolContext(ws, index, Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
    catalog = new AgentLoader(ws, Inventory.all().stream().map(WorkspaceTool::name).toList()).load();
  }

  @AfterAll
  void closeWorkspace() {
    index.close();
  }

  @BeforeEach
  void startApi() throws Exception {
    api = new FakeMessagesApi();
    client = AnthropicOkHttpClient.builder().apiKey("sk-ant-test").baseUrl(api.baseUrl()).maxRetries(0).build();
  }

  @AfterEach
  void stopApi() {
    client.close();
    api.close();
  }

  private RunPrompt prompt(String agentName, Map<String, String> args) {
    AgentDefinition agent = catalog.agent(agentName).orElseThrow();
    return RunPrompt.render(agent, AgentArguments.check(agent, args, ws), AS_OF, context, Inventory.all());
  }

  private RunResult run(RunPrompt prompt, int maxTurns) {
    return new AgentRunner(client, context, Inventory.all())
        .run(prompt, new AgentRunner.Options("claude-sonnet-4-5", maxTurns, 4096));
  }

  private static JsonNode lastUserContent(JsonNode request) {
    JsonNode messages = request.get("messages");
    return messages.get(messages.size() - 1).get("content");
  }

  @Test
  void toolCallsRunOnTheWorkspaceAndTheirResultsGoBackUntilClaudeEndsItsTurn() {
    api.then(200, FakeMessagesApi.toolUse("toolu_01", "get_customer", Map.of("customer", "acme-logistics")))
        .then(200, FakeMessagesApi.toolUse("toolu_02", "email_search",
            Map.of("customer", "acme-logistics", "query", "liability cap", "limit", 3)))
        .then(200, FakeMessagesApi.endTurn("## Acme Logistics\nThe liability cap is the open item."));
    RunPrompt prompt = prompt("customer-context-analyzer", Map.of("customer", "acme-logistics"));

    RunResult result = run(prompt, 5);

    assertThat(result.complete()).isTrue();
    assertThat(result.turns()).isEqualTo(3);
    assertThat(result.toolsCalled()).containsExactly("get_customer", "email_search");
    assertThat(result.inputTokens()).isEqualTo(1500 + 1500 + 2600);
    assertThat(result.outputTokens()).isEqualTo(60 + 60 + 420);
    assertThat(result.stopReason()).isEqualTo("end_turn");
    assertThat(result.text()).isEqualTo("## Acme Logistics\nThe liability cap is the open item.");

    List<FakeMessagesApi.Recorded> requests = api.requests();
    assertThat(requests).hasSize(3);
    FakeMessagesApi.Recorded first = requests.get(0);
    // anthropic-java 3.x sends the API key as a bearer token.
    assertThat(first.header("Authorization")).isEqualTo("Bearer sk-ant-test");
    assertThat(first.header("anthropic-version")).isNotBlank();
    assertThat(first.body().get("model").asText()).isEqualTo("claude-sonnet-4-5");
    assertThat(first.body().get("max_tokens").asInt()).isEqualTo(4096);
    assertThat(first.body().get("system").asText()).contains("running unattended");
    assertThat(first.body().get("messages").get(0).get("content").asText())
        .contains("Analyze customer interactions and provide insights")
        .contains("<customer_context uri=\"customer://acme-logistics/context/standard\">")
        .contains("Maria Chen");
    List<String> offered = StreamSupport.stream(first.body().get("tools").spliterator(), false)
        .map(t -> t.get("name").asText()).toList();
    assertThat(offered).containsExactlyElementsOf(catalog.agent("customer-context-analyzer").orElseThrow().tools());
    JsonNode getCustomer = first.body().get("tools").get(offered.indexOf("get_customer"));
    assertThat(getCustomer.get("description").asText()).startsWith("One customer: profile");
    assertThat(getCustomer.get("input_schema").get("type").asText()).isEqualTo("object");
    assertThat(getCustomer.get("input_schema").get("properties").has("customer")).isTrue();
    assertThat(getCustomer.get("input_schema").get("required").get(0).asText()).isEqualTo("customer");

    // The second request carries the assistant's tool_use and the real result of get_customer on the demo data.
    JsonNode second = requests.get(1).body();
    JsonNode assistant = second.get("messages").get(1);
    assertThat(assistant.get("role").asText()).isEqualTo("assistant");
    assertThat(assistant.get("content").get(1).get("type").asText()).isEqualTo("tool_use");
    JsonNode toolResult = lastUserContent(second).get(0);
    assertThat(toolResult.get("type").asText()).isEqualTo("tool_result");
    assertThat(toolResult.get("tool_use_id").asText()).isEqualTo("toolu_01");
    assertThat(toolResult.get("is_error").asBoolean()).isFalse();
    assertThat(toolResult.get("content").asText()).contains("Acme Logistics").contains("Maria Chen")
        .contains("D-ACME-001");

    JsonNode emailResult = lastUserContent(requests.get(2).body()).get(0);
    assertThat(emailResult.get("tool_use_id").asText()).isEqualTo("toolu_02");
    assertThat(emailResult.get("content").asText()).containsIgnoringCase("liability");
    assertThat(requests.get(2).body().get("messages")).hasSize(5);
  }

  @Test
  void aToolMistakeGoesBackAsAnErrorResultAndTheRunGoesOn() {
    api.then(200, FakeMessagesApi.toolUse("toolu_01", "get_customer", Map.of("customer", "acme-logistic")))
        .then(200, FakeMessagesApi.toolUse("toolu_02", "log_interaction", Map.of("customer", "acme-logistics")))
        .then(200, FakeMessagesApi.endTurn("Done."));
    RunResult result = run(prompt("churn-risk-review", Map.of("customer", "acme-logistics")), 5);
    assertThat(result.complete()).isTrue();

    JsonNode unknownCustomer = lastUserContent(api.requests().get(1).body()).get(0);
    assertThat(unknownCustomer.get("is_error").asBoolean()).isTrue();
    assertThat(unknownCustomer.get("content").asText()).contains("There is no customer 'acme-logistic'")
        .contains("acme-logistics");
    // A tool the agent does not list is refused, not run: nothing was written.
    JsonNode notAllowed = lastUserContent(api.requests().get(2).body()).get(0);
    assertThat(notAllowed.get("is_error").asBoolean()).isTrue();
    assertThat(notAllowed.get("content").asText()).contains("'log_interaction' is not available to this agent");
  }

  @Test
  void theTurnLimitStopsARunThatNeverEnds() {
    api.always(() -> new FakeMessagesApi.Response(200,
        FakeMessagesApi.toolUse("toolu_x", "get_customer", Map.of("customer", "fjord-media"))));
    RunResult result = run(prompt("churn-risk-review", Map.of("customer", "fjord-media")), 3);
    assertThat(result.complete()).isFalse();
    assertThat(result.turns()).isEqualTo(3);
    assertThat(api.requests()).hasSize(3);
    // The third turn's tool is not run: no request is left to send its result.
    assertThat(result.toolsCalled()).containsExactly("get_customer", "get_customer");
    assertThat(api.requests().get(2).body().get("messages")).hasSize(5);
    assertThat(result.text()).isEqualTo("Let me check the workspace.");
  }

  @Test
  void apiErrorsSayWhatHappenedAndWhatToDo() {
    api.then(401, FakeMessagesApi.error("authentication_error", "invalid x-api-key"));
    RunPrompt prompt = prompt("churn-risk-review", Map.of("customer", "fjord-media"));
    assertThatThrownBy(() -> run(prompt, 3)).isInstanceOf(AgentRunException.class)
        .hasMessageContaining("HTTP 401").hasMessageContaining("authentication_error: invalid x-api-key")
        .hasMessageContaining("ANTHROPIC_API_KEY");

    api.then(529, FakeMessagesApi.error("overloaded_error", "Overloaded"));
    assertThatThrownBy(() -> run(prompt, 3)).isInstanceOf(AgentRunException.class)
        .hasMessageContaining("HTTP 529").hasMessageContaining("overloaded_error: Overloaded")
        .hasMessageContaining("run again later");
  }

  @Test
  void withoutAKeyTheErrorPointsToPrintPrompt() {
    assertThatThrownBy(() -> AnthropicClients.fromEnvironment(Map.of(), 0)).isInstanceOf(AgentRunException.class)
        .hasMessageContaining("ANTHROPIC_API_KEY is not set").hasMessageContaining("--print-prompt");
  }

  @Test
  void theReportHasAHeaderSayingHowItWasMade() {
    RunPrompt prompt = prompt("customer-context-analyzer", Map.of("customer", "acme-logistics", "focus", "pricing"));
    RunResult result = new RunResult("claude-sonnet-4-5", 3, List.of("get_customer", "email_search"), 5600, 540,
        "end_turn", true, "## Findings\nAll good.");
    String report = RunReport.render(prompt, result, Instant.parse("2026-11-20T07:00:00Z"));
    assertThat(report).startsWith("---\nagent: customer-context-analyzer\ncustomer: acme-logistics\n")
        .contains("argument_focus: \"pricing\"\n").contains("as_of: 2026-11-20\n")
        .contains("model: \"claude-sonnet-4-5\"\n").contains("turns: 3\n")
        .contains("tools_called: [get_customer, email_search]\n").contains("input_tokens: 5600\n")
        .contains("output_tokens: 540\n").contains("# Customer context analyzer: acme-logistics (as of 2026-11-20)")
        .endsWith("## Findings\nAll good.\n");
    assertThat(RunReport.defaultPath(ws, prompt))
        .isEqualTo(ws.root().resolve("reporting/agent-runs/2026-11-20-customer-context-analyzer-acme-logistics.md"));
    assertThat(RunReport.defaultPath(ws, prompt("morning-brief", Map.of("owner", "sarah.lee"))))
        .isEqualTo(ws.root().resolve("reporting/agent-runs/2026-11-20-morning-brief-sarah.lee.md"));
    assertThat(RunReport.defaultPath(ws, prompt("morning-brief", Map.of())))
        .isEqualTo(ws.root().resolve("reporting/agent-runs/2026-11-20-morning-brief.md"));
  }
}
