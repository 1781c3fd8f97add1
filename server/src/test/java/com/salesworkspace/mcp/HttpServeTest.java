package com.salesworkspace.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.testing.TestWorkspace;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP transports, driven by the SDK's own clients; and the DNS-rebinding checks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpServeTest {
  @TempDir static Path dir;
  HttpServer server;
  String base;

  @BeforeAll
  void start() {
    server = HttpServer.start(TestWorkspace.minimal(dir).withAcme().open(), ServeOptions.defaults(), "127.0.0.1", 0,
        List.of());
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static JacksonMcpJsonMapper mapper() {
    return new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());
  }

  private void exercise(McpClientTransport transport) {
    try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build()) {
      assertThat(client.initialize().serverInfo().name()).isEqualTo("sales-workspace");
      assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).contains("search_customers",
          "get_customer", "email_search", "slack_search", "log_interaction");
      McpSchema.CallToolResult found = client.callTool(new McpSchema.CallToolRequest("search_customers",
          Map.of("query", "budget approved")));
      assertThat(found.isError()).isFalse();
      assertThat(found.structuredContent().toString()).contains("acme");
      McpSchema.CallToolResult wrong = client.callTool(new McpSchema.CallToolRequest("get_customer",
          Map.of("customer", "nope")));
      assertThat(wrong.isError()).isTrue();
      McpSchema.ReadResourceResult profile = client.readResource(new McpSchema.ReadResourceRequest("customer://acme"));
      assertThat(((McpSchema.TextResourceContents) profile.contents().get(0)).text()).contains("Acme Logistics");
    }
  }

  @Test
  void streamableHttpServesTheTools() {
    exercise(HttpClientStreamableHttpTransport.builder(base).endpoint("/mcp").jsonMapper(mapper()).build());
  }

  @Test
  void legacySseServesTheTools() {
    exercise(HttpClientSseClientTransport.builder(base).sseEndpoint("/sse").jsonMapper(mapper()).build());
  }

  @Test
  void requestsFromForeignOriginsOrHostsAreRefused() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String init = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
        + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/mcp"))
        .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(init));
    HttpResponse<String> evil = http.send(request.copy().header("Origin", "http://evil.example").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(evil.statusCode()).isEqualTo(403);
    HttpResponse<String> local = http.send(request.copy().header("Origin", base).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(local.statusCode()).isEqualTo(200);
    assertThat(rawStatus("evil.example:" + server.port(), init)).as("DNS rebinding: foreign Host").isEqualTo(421);
    assertThat(rawStatus("127.0.0.1:" + server.port(), init)).isEqualTo(200);
  }

  /** HttpClient will not send a Host header of our choosing, so speak HTTP/1.1 over a socket. */
  private int rawStatus(String host, String body) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      String head = "POST /mcp HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
          + "Accept: application/json, text/event-stream\r\nContent-Length: " + bytes.length
          + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().write(bytes);
      socket.getOutputStream().flush();
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }
}
