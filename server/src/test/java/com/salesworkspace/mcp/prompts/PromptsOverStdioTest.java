package com.salesworkspace.mcp.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.testing.TestWorkspace;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompts of the real server process over stdio, where agents load only after the initialize answer. */
class PromptsOverStdioTest {
  @TempDir Path dir;

  @Test
  void everyAgentIsListedAndRendersForADemoCustomer() {
    Path ws = TestWorkspace.copyDemo(dir.resolve("demo"));
    ServerParameters params = ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString())
        .args("-cp", System.getProperty("java.class.path"), "com.salesworkspace.Main", "serve", "--workspace",
            ws.toString())
        .build();
    StdioClientTransport transport =
        new StdioClientTransport(params, new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()));
    try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60))
        .initializationTimeout(Duration.ofSeconds(30)).build()) {
      McpSchema.InitializeResult init = client.initialize();
      assertThat(init.capabilities().prompts().listChanged()).isTrue();
      var prompts = client.listPrompts().prompts();
      assertThat(prompts).hasSizeGreaterThanOrEqualTo(8);
      for (McpSchema.Prompt p : prompts) {
        boolean takesCustomer = p.arguments().stream().anyMatch(a -> a.name().equals("customer"));
        McpSchema.GetPromptResult r = client.getPrompt(new McpSchema.GetPromptRequest(p.name(),
            takesCustomer ? Map.of("customer", "acme-logistics") : Map.of()));
        String text = ((McpSchema.TextContent) r.messages().get(0).content()).text();
        assertThat(text).as(p.name()).contains("## Tools to use").contains("## Expected output")
            .doesNotContain("{{");
        if (takesCustomer) {
          assertThat(text).as(p.name()).contains("acme-logistics");
          assertThat(r.messages()).as(p.name()).hasSize(2);
          assertThat(((McpSchema.TextResourceContents) ((McpSchema.EmbeddedResource) r.messages().get(1).content())
              .resource()).text()).as(p.name()).startsWith("> Context of Acme Logistics (acme-logistics)");
        }
      }
    }
  }
}
