package com.salesworkspace.triggers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Local fakes of the Slack Web API (chat.postMessage) and the Salesforce REST API (create Task) on 127.0.0.1:0.
 * They check the bearer token, record what was posted, and answer like the real services.
 */
final class FakeApis implements AutoCloseable {
  static final String SLACK_TOKEN = "xoxb-test-token";
  static final String SALESFORCE_TOKEN = "00Dtest!token";

  private final HttpServer server;
  final List<Map<String, String>> slackMessages = Collections.synchronizedList(new ArrayList<>());
  final List<String> salesforceTasks = Collections.synchronizedList(new ArrayList<>());
  volatile String slackError;

  FakeApis() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/chat.postMessage", this::slack);
    server.createContext("/services/data/", this::salesforce);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  Map<String, String> env() {
    return Map.of("SLACK_BOT_TOKEN", SLACK_TOKEN, "SLACK_API_URL", url() + "/api/",
        "SALESFORCE_INSTANCE_URL", url(), "SALESFORCE_ACCESS_TOKEN", SALESFORCE_TOKEN);
  }

  private void slack(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!("Bearer " + SLACK_TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
      reply(ex, 200, "{\"ok\":false,\"error\":\"invalid_auth\"}");
      return;
    }
    if (slackError != null) {
      reply(ex, 200, "{\"ok\":false,\"error\":\"" + slackError + "\"}");
      return;
    }
    Map<String, String> form = new LinkedHashMap<>();
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type != null && type.startsWith("application/json")) {
      form.put("json", body);
    } else {
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    slackMessages.add(form);
    reply(ex, 200, "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"1763640000.00010"
        + slackMessages.size() + "\"}");
  }

  private void salesforce(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!("Bearer " + SALESFORCE_TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
      reply(ex, 401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
      return;
    }
    if (!ex.getRequestURI().getPath().equals("/services/data/v67.0/sobjects/Task")
        || !"POST".equals(ex.getRequestMethod())) {
      reply(ex, 404, "[{\"errorCode\":\"NOT_FOUND\"}]");
      return;
    }
    salesforceTasks.add(body);
    reply(ex, 201, "{\"id\":\"00T5g00000Task" + salesforceTasks.size() + "\",\"success\":true,\"errors\":[]}");
  }

  private static void reply(HttpExchange ex, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
