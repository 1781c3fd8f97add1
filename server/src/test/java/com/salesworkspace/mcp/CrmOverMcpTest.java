package com.salesworkspace.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The crm toolset through a real MCP client over HTTP: tools listed, called, and crm://schema readable. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrmOverMcpTest {
  @TempDir static Path dir;
  HttpServer server;
  McpSyncClient client;

  @BeforeAll
  void start() {
    Workspace demo = Workspace.open(TestWorkspace.copyDemo(dir.resolve("demo")));
    server = HttpServer.start(demo, ServeOptions.defaults(), "127.0.0.1", 0, List.of());
    client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
            .endpoint("/mcp").jsonMapper(new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()))
            .build())
        .requestTimeout(Duration.ofSeconds(60)).build();
    client.initialize();
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void theCrmToolsAreListedReadOnlyAndAnswer() {
    List<McpSchema.Tool> tools = client.listTools().tools();
    assertThat(tools).extracting(McpSchema.Tool::name).contains("crm_query", "pipeline_analysis", "competitor_check");
    assertThat(tools.stream().filter(t -> t.name().startsWith("crm_") || t.name().equals("pipeline_analysis")))
        .allSatisfy(t -> assertThat(t.annotations().readOnlyHint()).isTrue());

    McpSchema.CallToolResult query = client.callTool(new McpSchema.CallToolRequest("crm_query", Map.of(
        "sql", "SELECT SUM(amount) AS won FROM crm_opportunities WHERE is_won = 1")));
    // Won deals in the demo: 240,000 + 410,000 + 120,000 + 140,000 + 20,000 + 150,000 = 1,080,000.
    assertThat(query.isError()).isFalse();
    assertThat(query.structuredContent().toString()).contains("won=1080000");
    assertThat(((McpSchema.TextContent) query.content().get(0)).text()).contains("1080000");

    McpSchema.CallToolResult bad = client.callTool(new McpSchema.CallToolRequest("crm_query", Map.of(
        "sql", "DROP TABLE deals")));
    assertThat(bad.isError()).isTrue();

    McpSchema.CallToolResult pipeline = client.callTool(new McpSchema.CallToolRequest("pipeline_analysis", Map.of(
        "as_of", "2026-11-20")));
    assertThat(pipeline.isError()).isFalse();
    assertThat(pipeline.structuredContent().toString()).contains("open_amount=315000");
  }

  @Test
  void theSchemaIsAResource() {
    assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri).contains("crm://schema");
    McpSchema.ReadResourceResult r = client.readResource(new McpSchema.ReadResourceRequest("crm://schema"));
    String text = ((McpSchema.TextResourceContents) r.contents().get(0)).text();
    assertThat(text).contains("## opportunities (view `crm_opportunities`, Salesforce `Opportunity`)",
        "| close_date | date | CloseDate |", "`between`", "crm_opportunity_history");
  }
}
