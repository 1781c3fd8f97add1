package com.salesworkspace.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.testing.TestWorkspace;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs after 'package': starts the shaded jar as Claude Desktop would and drives it with the SDK's own client. */
class PackagedJarTest {
  @TempDir Path dir;

  static Path jar() {
    return TestWorkspace.projectRoot().resolve("server/target/sales-workspace.jar");
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static JacksonMcpJsonMapper mapper() {
    return new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());
  }

  @Test
  void everyToolAnswersOverStdioOnTheDemoWorkspace() {
    Path demo = TestWorkspace.copyDemo(dir.resolve("demo"));
    ServerParameters params = ServerParameters.builder(java())
        .args("-jar", jar().toString(), "serve", "--workspace", demo.toString()).build();
    try (McpSyncClient client = McpClient.sync(new StdioClientTransport(params, mapper()))
        .requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build()) {
      client.initialize();
      assertThat(client.listTools().tools()).hasSize(com.salesworkspace.mcp.inventory.Inventory.all().size());
      Map<String, Map<String, Object>> calls = Map.of(
          "search_customers", Map.of("query", "security questionnaire"),
          "get_customer", Map.of("customer", "fjord-media", "as_of", "2026-11-20"),
          "email_search", Map.of("query", "\"budget approved\"", "direction", "inbound"),
          "slack_search", Map.of("customer", "acme-logistics", "limit", 3),
          "get_interaction", Map.of("id", "2026-10-22-gmail-26344d"),
          "run_triggers", Map.of("as_of", "2026-11-20"),
          "list_alerts", Map.of("rule", "churn_risk"),
          "build_customer_context", Map.of("customer", "nordhavn-shipping", "as_of", "2026-11-20"),
          "log_interaction", Map.of("customer", "cedar-financial", "type", "note", "text", "Packaged test note."));
      calls.forEach((tool, args) -> {
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest(tool, args));
        assertThat(r.isError()).as(tool + ": " + r.content()).isFalse();
        assertThat(r.structuredContent()).as(tool).isNotNull();
      });
      McpSchema.CallToolResult gone = client.callTool(new McpSchema.CallToolRequest("get_customer",
          Map.of("customer", "fjord")));
      assertThat(gone.isError()).isTrue();
      assertThat(((McpSchema.TextContent) gone.content().get(0)).text()).contains("fjord-media");
      assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
          .contains("workspace://customers");
      assertThat(client.listResourceTemplates().resourceTemplates()).extracting(McpSchema.ResourceTemplate::uriTemplate)
          .contains("customer://{slug}", "customer://{slug}/interactions/{id}");
      McpSchema.CompleteResult complete = client.completeCompletion(new McpSchema.CompleteRequest(
          new McpSchema.ResourceReference("customer://{slug}"), new McpSchema.CompleteRequest.CompleteArgument("slug", "nor")));
      assertThat(complete.completion().values()).containsExactly("nordhavn-shipping");
      McpSchema.ReadResourceResult email = client.readResource(new McpSchema.ReadResourceRequest(
          "customer://acme-logistics/interactions/2026-10-22-gmail-26344d"));
      assertThat(((McpSchema.TextResourceContents) email.contents().get(0)).text()).contains("budget approved");
      McpSchema.ReadResourceResult context = client.readResource(new McpSchema.ReadResourceRequest(
          "customer://acme-logistics/context/standard?as_of=2026-11-20"));
      assertThat(((McpSchema.TextResourceContents) context.contents().get(0)).text())
          .startsWith("> Context of Acme Logistics (acme-logistics): standard tier").contains("## Stakeholders");
    }
  }

  @Test
  void servesOverHttpWithThePortItPrints() throws Exception {
    Path demo = TestWorkspace.copyDemo(dir.resolve("demo"));
    Process server = new ProcessBuilder(java(), "-jar", jar().toString(), "serve", "--http", "--port", "0",
        "--workspace", demo.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream()));
      Pattern ready = Pattern.compile("MCP server on (http://127\\.0\\.0\\.1:\\d+)/mcp");
      String base = null;
      for (String line; base == null && (line = err.readLine()) != null; ) {
        Matcher m = ready.matcher(line);
        if (m.find()) {
          base = m.group(1);
        }
      }
      assertThat(base).as("the server printed its address").isNotNull();
      try (McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(base).endpoint("/mcp")
          .jsonMapper(mapper()).build()).requestTimeout(Duration.ofSeconds(60)).build()) {
        client.initialize();
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("search_customers",
            Map.of("lifecycle_stage", "renewal")));
        assertThat(r.isError()).isFalse();
        assertThat(r.structuredContent().toString()).contains("fjord-media", "meridian-hotels", "kestrel-aerospace");
      }
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(List.of(server.exitValue())).isNotEmpty();
  }
}
