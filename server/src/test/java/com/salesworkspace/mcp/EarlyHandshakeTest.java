package com.salesworkspace.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.testing.TestWorkspace;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The early answer to initialize must be exactly the SDK's, and the SDK must then carry on as if it had answered. */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class EarlyHandshakeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  /** A server on in-memory pipes; with {@code early}, wired exactly as SalesWorkspaceServer.runStdio does it. */
  private final class Harness implements AutoCloseable {
    // java.nio pipes, not java.io piped streams: those fail once the thread that last wrote has ended.
    final OutputStream client;
    final BufferedReader replies;
    final McpSyncServer server;
    final ToolContext context;

    Harness(boolean early) throws Exception {
      Pipe toServer = Pipe.open();
      Pipe fromServer = Pipe.open();
      client = Channels.newOutputStream(toServer.sink());
      java.io.InputStream serverIn = Channels.newInputStream(toServer.source());
      OutputStream serverOut = Channels.newOutputStream(fromServer.sink());
      replies = new BufferedReader(new InputStreamReader(Channels.newInputStream(fromServer.source()),
          StandardCharsets.UTF_8));
      context = new ToolContext(TestWorkspace.minimal(dir).withAcme().open(), () -> null, java.time.Clock.systemUTC());
      List<WorkspaceTool> tools = Inventory.select(List.of(), List.of(), false);
      if (early) {
        EarlyHandshake handshake = new EarlyHandshake(serverIn, serverOut);
        CompletableFuture<McpSyncServer> building = CompletableFuture.supplyAsync(() -> SalesWorkspaceServer.build(
            McpServer.sync(new StdioServerTransportProvider(SalesWorkspaceServer.mapper(), handshake.sdkInput(),
                handshake.sdkOutput())), context, tools));
        CompletableFuture.runAsync(() -> {
          try {
            handshake.answer(SalesWorkspaceServer.handshake(tools));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        server = building.get(30, TimeUnit.SECONDS);
      } else {
        server = SalesWorkspaceServer.build(McpServer.sync(new StdioServerTransportProvider(
            SalesWorkspaceServer.mapper(), serverIn, serverOut)), context, tools);
      }
    }

    void send(String json) throws Exception {
      client.write((json + "\n").getBytes(StandardCharsets.UTF_8));
      client.flush();
    }

    JsonNode reply() throws Exception {
      return JSON.readTree(replies.readLine());
    }

    @Override
    public void close() {
      server.closeGracefully();
    }
  }

  private static String initialize(String id, String version) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{"
        + (version == null ? "" : "\"protocolVersion\":\"" + version + "\",")
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05", "1999-01-01"})
  void theEarlyAnswerIsExactlyTheSdksAnswer(String version) throws Exception {
    for (String id : List.of("1", "\"abc-\\\"quoted\\\"\"", "9007199254740993")) {
      JsonNode sdk;
      try (Harness plain = new Harness(false)) {
        plain.send(initialize(id, version));
        sdk = plain.reply();
      }
      try (Harness early = new Harness(true)) {
        early.send(initialize(id, version));
        assertThat(early.reply()).as("version " + version + ", id " + id).isEqualTo(sdk);
      }
    }
  }

  @Test
  void theSessionCarriesOnWithOneAnswerPerRequest() throws Exception {
    try (Harness early = new Harness(true)) {
      early.send(initialize("1", "2025-11-25"));
      early.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
      early.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
      early.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}");
      List<JsonNode> replies = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        replies.add(early.reply());
      }
      assertThat(replies).extracting(r -> r.get("id").asInt()).containsExactly(1, 2, 3);
      assertThat(replies.get(1).at("/result/tools").size())
          .isEqualTo(com.salesworkspace.mcp.inventory.Inventory.all().size());
      early.send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}");
      assertThat(early.reply().get("id").asInt()).as("the next message is the answer to 4, not a second 1").isEqualTo(4);
    }
  }

  @Test
  void aFirstMessageThatIsNotInitializeGoesStraightToTheSdk() throws Exception {
    List<JsonNode> answers = new ArrayList<>();
    for (boolean early : new boolean[] {false, true}) {
      try (Harness harness = new Harness(early)) {
        harness.send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}");
        harness.send(initialize("8", "2025-11-25"));
        answers.add(harness.reply());
      }
    }
    assertThat(answers.get(1)).as("the same first answer with and without the early handshake")
        .isEqualTo(answers.get(0));
  }

  @Test
  void parsesOnlyWellFormedRequests() {
    assertThat(EarlyHandshake.parse("not json\n".getBytes())).isNull();
    assertThat(EarlyHandshake.parse("[1,2]\n".getBytes())).isNull();
    assertThat(EarlyHandshake.parse("{\"method\":\"initialize\"}\n".getBytes())).isNull();
    assertThat(EarlyHandshake.parse(initialize("5", "2025-11-25").getBytes()))
        .isEqualTo(new EarlyHandshake.Request("initialize", "5", "2025-11-25"));
  }
}
