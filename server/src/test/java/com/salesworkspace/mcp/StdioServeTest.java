package com.salesworkspace.mcp;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real server process and talks to it with the SDK's own stdio client. */
class StdioServeTest {
  @TempDir Path dir;

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void answersInitializeOverStdio() {
    Path ws = TestWorkspace.minimal(dir).withAcme().root();
    ServerParameters params = ServerParameters.builder(java())
        .args("-cp", System.getProperty("java.class.path"), "com.salesworkspace.Main", "serve", "--workspace",
            ws.toString())
        .build();
    StdioClientTransport transport =
        new StdioClientTransport(params, new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()));
    try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
        .initializationTimeout(Duration.ofSeconds(30)).build()) {
      McpSchema.InitializeResult init = client.initialize();
      assertThat(init.serverInfo().name()).isEqualTo("sales-workspace");
      assertThat(init.instructions()).contains("customer");
      client.ping();
    }
  }

  @Test
  void theEarlyAnswerAndTheToolsFollowTheEnvironmentsSelection() {
    Path ws = TestWorkspace.minimal(dir).withAcme().root();
    ServerParameters params = ServerParameters.builder(java())
        .args("-cp", System.getProperty("java.class.path"), "com.salesworkspace.Main", "serve", "--workspace",
            ws.toString())
        .addEnvVar(ServeOptions.TOOLSETS_ENV, "customers, write")
        .addEnvVar(ServeOptions.READ_ONLY_ENV, "TRUE")
        .build();
    assertThat(StdioConnection.isPlainServe(new String[] {"serve", "--workspace", ws.toString()})).isTrue();
    StdioClientTransport transport =
        new StdioClientTransport(params, new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()));
    try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
        .initializationTimeout(Duration.ofSeconds(30)).build()) {
      McpSchema.InitializeResult init = client.initialize();
      assertThat(init.instructions()).contains("- customers:").doesNotContain("- write:").doesNotContain("- triggers:");
      assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name)
          .containsExactly("search_customers", "get_customer");
    }
  }

  @Test
  void exitsPromptlyWhenStdinCloses() throws Exception {
    Path ws = TestWorkspace.minimal(dir).withAcme().root();
    Process server = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
        "com.salesworkspace.Main", "serve", "--workspace", ws.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    server.getOutputStream().write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
        + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n")
        .getBytes());
    server.getOutputStream().flush();
    byte[] firstLine = readLine(server);
    server.getOutputStream().close();
    assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("server exited after stdin closed").isTrue();
    String response = new String(firstLine);
    assertThat(response).startsWith("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\"");
    assertThat(new String(server.getInputStream().readAllBytes())).as("nothing but protocol on stdout").isEmpty();
  }

  @Test
  void aLineThatIsNotAMessageIsDroppedAndTheNextRequestAnswered() throws Exception {
    // The SDK's stdio transport stops reading stdin for good at a line it cannot read: the server went deaf and
    // never exited.
    Path ws = TestWorkspace.minimal(dir).withAcme().root();
    Process server = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
        "com.salesworkspace.Main", "serve", "--workspace", ws.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    server.getOutputStream().write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
        + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
        + "this is not json\n\n{\"jsonrpc\":\"2.0\",\"id\":2}\n[1, 2]\n"
        + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}\n").getBytes());
    server.getOutputStream().flush();
    try {
      java.util.concurrent.CompletableFuture<String> answers = java.util.concurrent.CompletableFuture.supplyAsync(
          () -> {
            try {
              return new String(readLine(server)) + "\n" + new String(readLine(server));
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
      String[] lines = answers.get(30, TimeUnit.SECONDS).split("\n");
      assertThat(lines[0]).startsWith("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\"");
      assertThat(lines[1]).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{}}");
      server.getOutputStream().close();
      assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("server exited after stdin closed").isTrue();
    } finally {
      server.destroyForcibly();
    }
  }

  private static byte[] readLine(Process p) throws Exception {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    for (int b; (b = p.getInputStream().read()) != -1 && b != '\n'; ) {
      line.write(b);
    }
    return line.toByteArray();
  }
}
