package com.salesworkspace.mcp.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesworkspace.agents.AgentLoader;
import com.salesworkspace.mcp.HttpServer;
import com.salesworkspace.mcp.ServeOptions;
import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The agent definitions as MCP prompts, driven through the SDK's client over Streamable HTTP on the demo workspace. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentPromptsTest {
  @TempDir static Path dir;
  Path root;
  HttpServer server;
  McpSyncClient client;
  final LinkedBlockingQueue<List<McpSchema.Prompt>> listChanges = new LinkedBlockingQueue<>();

  @BeforeAll
  void start() {
    root = TestWorkspace.copyDemo(dir.resolve("demo"));
    server = HttpServer.start(Workspace.open(root), ServeOptions.defaults(), "127.0.0.1", 0, List.of());
    client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
            .endpoint("/mcp").jsonMapper(new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()))
            .build())
        .requestTimeout(Duration.ofSeconds(60))
        .promptsChangeConsumer(listChanges::add)
        .build();
    client.initialize();
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
  }

  private McpSchema.Prompt listed(String name) {
    return client.listPrompts().prompts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aServerOffersOnlyTheAgentsWhoseToolsItExposes() {
    Path other = TestWorkspace.copyDemo(dir.resolve("read-only"));
    try (HttpServer readOnly = HttpServer.start(Workspace.open(other), new ServeOptions(List.of(), List.of(), true),
        "127.0.0.1", 0, List.of());
        McpSyncClient c = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:"
                + readOnly.port()).endpoint("/mcp")
            .jsonMapper(new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper())).build())
            .requestTimeout(Duration.ofSeconds(60)).build()) {
      c.initialize();
      // run_triggers can write (dry_run false), so a read-only server hides the agents that use it.
      assertThat(c.listPrompts().prompts()).extracting(McpSchema.Prompt::name)
          .contains("meeting-prep", "customer-context-analyzer").doesNotContain("churn-risk-review", "morning-brief");
    }
  }

  @Test
  void theServerDeclaresPromptListChanges() {
    assertThat(client.getServerCapabilities().prompts().listChanged()).isTrue();
  }

  @Test
  void everyShippedAgentIsAPrompt() throws Exception {
    // Needs the crm tools: the deal-progression, pipeline, competitive and renewal agents use them.
    List<String> files;
    try (Stream<Path> list = Files.list(root.resolve(AgentLoader.FOLDER))) {
      files = list.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList();
    }
    assertThat(client.listPrompts().prompts()).extracting(McpSchema.Prompt::name).containsAll(files);
  }

  @Test
  void aPromptListsItsArgumentsAndDescribesItsPurposeAndOutput() {
    McpSchema.Prompt p = listed("meeting-prep");
    assertThat(p.title()).isEqualTo("Meeting prep");
    assertThat(p.description()).contains("Prepare the account team").contains("Output: A one-page meeting brief")
        .contains("standard context");
    assertThat(p.arguments()).extracting(McpSchema.PromptArgument::name).containsExactly("customer", "meeting");
    assertThat(p.arguments().get(0).required()).isTrue();
    assertThat(p.arguments().get(1).required()).isFalse();
  }

  @Test
  void getEmbedsTheCustomerContextAtTheAgentsTier() {
    McpSchema.GetPromptResult r = client.getPrompt(new McpSchema.GetPromptRequest("customer-context-analyzer",
        Map.of("customer", "acme-logistics", "focus", "liability cap")));
    assertThat(r.messages()).hasSize(2);
    String text = ((McpSchema.TextContent) r.messages().get(0).content()).text();
    assertThat(text).contains("Analyze customer interactions and provide insights")
        .contains("picture of acme-logistics").contains("with a focus on liability cap")
        .contains("## Tools to use").contains("`email_search`").contains("`slack_search`")
        .contains("## Expected output\nComprehensive customer context summary")
        .contains("customer://acme-logistics/context/standard");
    McpSchema.EmbeddedResource embedded = (McpSchema.EmbeddedResource) r.messages().get(1).content();
    McpSchema.TextResourceContents contents = (McpSchema.TextResourceContents) embedded.resource();
    assertThat(contents.uri()).isEqualTo("customer://acme-logistics/context/standard");
    assertThat(contents.mimeType()).isEqualTo("text/markdown");
    assertThat(contents.text()).startsWith("> Context of Acme Logistics (acme-logistics): standard tier")
        .contains("## Stakeholders").contains("Maria Chen");
  }

  @Test
  void anAgentWithoutACustomerSendsOnlyItsInstructions() {
    McpSchema.GetPromptResult r = client.getPrompt(new McpSchema.GetPromptRequest("morning-brief",
        Map.of("owner", "john.smith")));
    assertThat(r.messages()).hasSize(1);
    assertThat(((McpSchema.TextContent) r.messages().get(0).content()).text())
        .contains("morning brief for john.smith").contains("among the customers owned by john.smith")
        .contains("`run_triggers`");
    McpSchema.GetPromptResult team = client.getPrompt(new McpSchema.GetPromptRequest("morning-brief", Map.of()));
    assertThat(((McpSchema.TextContent) team.messages().get(0).content()).text())
        .contains("morning brief for the whole sales team").doesNotContain("owned by");
  }

  @Test
  void mistakesAreInvalidParamsWithASentenceOnHowToFixThem() {
    assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("churn-risk-review", Map.of())))
        .isInstanceOfSatisfying(McpError.class, e -> {
          assertThat(e.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
          assertThat(e.getMessage()).contains("needs the argument 'customer'").contains("e.g. acme-logistics");
        });
    assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("churn-risk-review",
        Map.of("customer", "acme-logistic"))))
        .isInstanceOfSatisfying(McpError.class, e -> {
          assertThat(e.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
          assertThat(e.getMessage()).contains("There is no customer 'acme-logistic'").contains("acme-logistics");
        });
    assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("morning-brief",
        Map.of("owner", "nobody"))))
        .isInstanceOf(McpError.class).hasMessageContaining("not a user id").hasMessageContaining("john.smith");
    assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("churn-risk-review",
        Map.of("customer", "acme-logistics", "colour", "red"))))
        .isInstanceOf(McpError.class).hasMessageContaining("has no argument 'colour'");
    // The server still answers.
    assertThat(client.listPrompts().prompts()).isNotEmpty();
  }

  private List<String> complete(String prompt, String argument, String typed) {
    return client.completeCompletion(new McpSchema.CompleteRequest(new McpSchema.PromptReference(prompt),
        new McpSchema.CompleteRequest.CompleteArgument(argument, typed))).completion().values();
  }

  @Test
  void argumentsCompleteFromCustomersOwnersAndCompetitors() {
    assertThat(complete("churn-risk-review", "customer", "acm")).containsExactly("acme-logistics");
    assertThat(complete("churn-risk-review", "customer", "ac")).first().isEqualTo("acme-logistics");
    assertThat(complete("churn-risk-review", "customer", "")).hasSizeGreaterThanOrEqualTo(12);
    assertThat(complete("morning-brief", "owner", "joh")).containsExactly("john.smith");
    assertThat(complete("meeting-prep", "meeting", "pri")).isEmpty();
  }

  @Test
  void competitorsCompleteFromBattlecardsAndProfiles() {
    // competitive-deal-strategy needs the crm tools to load.
    assertThat(complete("competitive-deal-strategy", "competitor", "st")).containsExactly("Stackline");
    assertThat(complete("competitive-deal-strategy", "competitor", "")).contains("Orbitra", "Flowmatic");
  }

  @Test
  void editingTheAgentFilesUpdatesThePromptListAndNotifiesTheClient() throws Exception {
    listChanges.clear();
    Path added = root.resolve("agent-definitions/quick-health-check.yaml");
    Files.writeString(added, """
        quick-health-check:
          category: customer-intelligence
          purpose: Say in three lines how an account is doing
          tools: [get_customer]
          output: Three lines
          context: compact
          arguments:
            - {name: customer, description: The customer, required: true, completion: customers}
          prompt: How is {{customer}} doing?
        """);
    List<McpSchema.Prompt> announced = listChanges.poll(20, TimeUnit.SECONDS);
    assertThat(announced).as("notifications/prompts/list_changed").isNotNull();
    assertThat(client.listPrompts().prompts()).extracting(McpSchema.Prompt::name).contains("quick-health-check");
    McpSchema.GetPromptResult r = client.getPrompt(new McpSchema.GetPromptRequest("quick-health-check",
        Map.of("customer", "fjord-media")));
    assertThat(((McpSchema.TextContent) r.messages().get(0).content()).text()).contains("How is fjord-media doing?");
    assertThat(((McpSchema.TextResourceContents) ((McpSchema.EmbeddedResource) r.messages().get(1).content())
        .resource()).uri()).isEqualTo("customer://fjord-media/context/compact");

    // A mistake takes that agent out of the list; the others stay.
    listChanges.clear();
    Files.writeString(added, Files.readString(added).replace("[get_customer]", "[gong_analysis]"));
    assertThat(listChanges.poll(20, TimeUnit.SECONDS)).isNotNull();
    assertThat(client.listPrompts().prompts()).extracting(McpSchema.Prompt::name)
        .doesNotContain("quick-health-check").contains("meeting-prep", "churn-risk-review");

    listChanges.clear();
    Files.writeString(added, Files.readString(added).replace("[gong_analysis]", "[get_customer]")
        .replace("Say in three lines how an account is doing", "Say in one line how an account is doing"));
    assertThat(listChanges.poll(20, TimeUnit.SECONDS)).isNotNull();
    assertThat(listed("quick-health-check").description()).startsWith("Say in one line how an account is doing.");

    listChanges.clear();
    Files.delete(added);
    assertThat(listChanges.poll(20, TimeUnit.SECONDS)).isNotNull();
    assertThat(client.listPrompts().prompts()).extracting(McpSchema.Prompt::name).doesNotContain("quick-health-check");
  }
}
