package com.salesworkspace.agents.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.util.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * A local stand-in for the Anthropic Messages API (POST /v1/messages) on 127.0.0.1: answers with recorded responses
 * in the real JSON shape, in order, and keeps every request it got.
 */
public final class FakeMessagesApi implements AutoCloseable {
  public record Recorded(JsonNode body, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }
  }

  public record Response(int status, String body) {}

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Response> script = new ConcurrentLinkedQueue<>();
  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile Supplier<Response> whenScriptEnds = () -> new Response(500,
      error("api_error", "the fake has no more recorded responses"));

  public FakeMessagesApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/messages", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public FakeMessagesApi then(int status, String body) {
    script.add(new Response(status, body));
    return this;
  }

  public FakeMessagesApi always(Supplier<Response> response) {
    whenScriptEnds = response;
    return this;
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] in = exchange.getRequestBody().readAllBytes();
    requests.add(new Recorded(Json.MAPPER.readTree(in), Map.copyOf(exchange.getRequestHeaders())));
    Response r = script.poll();
    if (r == null) {
      r = whenScriptEnds.get();
    }
    byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("request-id", "req_fake" + requests.size());
    exchange.sendResponseHeaders(r.status(), out.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(out);
    }
  }

  /** A message that asks for one tool, as the API answers with stop_reason tool_use. */
  public static String toolUse(String id, String tool, Map<String, Object> input) {
    return Json.write(Map.of("id", "msg_" + id, "type", "message", "role", "assistant", "model", "claude-sonnet-4-5",
        "content", List.of(Map.of("type", "text", "text", "Let me check the workspace."),
            Map.of("type", "tool_use", "id", id, "name", tool, "input", input)),
        "stop_reason", "tool_use", "stop_sequence", Json.MAPPER.nullNode(),
        "usage", Map.of("input_tokens", 1500, "output_tokens", 60)));
  }

  /** A final answer: text with stop_reason end_turn. */
  public static String endTurn(String text) {
    return Json.write(Map.of("id", "msg_final", "type", "message", "role", "assistant", "model", "claude-sonnet-4-5",
        "content", List.of(Map.of("type", "text", "text", text)),
        "stop_reason", "end_turn", "stop_sequence", Json.MAPPER.nullNode(),
        "usage", Map.of("input_tokens", 2600, "output_tokens", 420)));
  }

  public static String error(String type, String message) {
    return Json.write(Map.of("type", "error", "error", Map.of("type", type, "message", message),
        "request_id", "req_fake"));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
