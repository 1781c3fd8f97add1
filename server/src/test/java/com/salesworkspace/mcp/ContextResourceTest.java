package com.salesworkspace.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Tokens;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** customer://{slug}/context/{tier}: the whole context as one resource, with completions, over a real client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextResourceTest {
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

  private String read(String uri) {
    McpSchema.ReadResourceResult r = client.readResource(new McpSchema.ReadResourceRequest(uri));
    McpSchema.TextResourceContents contents = (McpSchema.TextResourceContents) r.contents().get(0);
    assertThat(contents.mimeType()).isEqualTo("text/markdown");
    return contents.text();
  }

  @Test
  void theResourceIsTheWholeContextOfATier() {
    assertThat(client.listResourceTemplates().resourceTemplates()).extracting(McpSchema.ResourceTemplate::uriTemplate)
        .contains("customer://{slug}/context/{tier}", "customer://{slug}");
    for (String tier : List.of("compact", "standard", "extended")) {
      String text = read("customer://acme-logistics/context/" + tier + "?as_of=2026-11-20");
      assertThat(text).startsWith("> Context of Acme Logistics (acme-logistics): " + tier + " tier, ")
          .contains("as of 2026-11-20").contains("## Stakeholders");
      String count = text.substring(text.indexOf(" tier, ") + 7, text.indexOf(" tokens (cl100k_base)"));
      assertThat(Integer.parseInt(count.replace(",", ""))).isEqualTo(Tokens.count(text));
    }
    String focused = read("customer://acme-logistics/context/compact?focus=security%20review&as_of=2026-11-20");
    assertThat(focused).contains("focus \"security review\"").contains("Most relevant to \"security review\"");
    // The profile resource is still the profile.
    assertThat(read("customer://acme-logistics")).contains("Acme Logistics (acme-logistics)");
  }

  @Test
  void unknownTiersAndCustomersAreNotFound() {
    assertThatThrownBy(() -> read("customer://acme-logistics/context/huge")).isInstanceOf(McpError.class)
        .hasMessageContaining("Unknown tier 'huge'");
    assertThatThrownBy(() -> read("customer://nobody/context/compact")).isInstanceOf(McpError.class)
        .hasMessageContaining("There is no customer 'nobody'");
    assertThatThrownBy(() -> read("customer://acme-logistics/context/compact?colour=red"))
        .isInstanceOf(McpError.class).hasMessageContaining("focus and as_of");
  }

  @Test
  void tiersAndSlugsComplete() {
    McpSchema.ResourceReference ref = new McpSchema.ResourceReference("customer://{slug}/context/{tier}");
    assertThat(client.completeCompletion(new McpSchema.CompleteRequest(ref,
        new McpSchema.CompleteRequest.CompleteArgument("tier", "st"))).completion().values())
        .containsExactly("standard");
    assertThat(client.completeCompletion(new McpSchema.CompleteRequest(ref,
        new McpSchema.CompleteRequest.CompleteArgument("slug", "acme"))).completion().values())
        .containsExactly("acme-logistics");
    // What starts with the typed text comes before what only contains it, as in the prompts' completions.
    assertThat(client.completeCompletion(new McpSchema.CompleteRequest(ref,
        new McpSchema.CompleteRequest.CompleteArgument("slug", "F"))).completion().values())
        .containsExactly("fjord-media", "cedar-financial", "delta-manufacturing");
  }
}
