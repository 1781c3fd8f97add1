package com.salesworkspace.crm.salesforce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A local Salesforce REST query endpoint on 127.0.0.1:0 that answers like the real one: totalSize, done,
 * nextRecordsUrl and records with attributes; 401 INVALID_SESSION_ID for a wrong token; error arrays otherwise.
 */
public final class FakeSalesforce implements AutoCloseable {
  public static final String TOKEN = "00DFAKE!session";
  private final HttpServer server;
  /** Every SOQL query received, and every path requested. */
  public final List<String> queries = Collections.synchronizedList(new ArrayList<>());
  public final List<String> paths = Collections.synchronizedList(new ArrayList<>());
  public volatile String malformedMessage;

  public FakeSalesforce() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/services/data/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public Map<String, String> env() {
    return Map.of(SalesforceConfig.INSTANCE_URL, url(), SalesforceConfig.ACCESS_TOKEN, TOKEN);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    paths.add(path + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()));
    if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
      reply(ex, 401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
      return;
    }
    if (path.equals("/services/data/v67.0/query/01gFAKE-2")) {
      reply(ex, 200, page(3, true, null, opportunity("006FAKE003", "Gamma", 30000.0, "Closed Won", "2026-09-30")));
      return;
    }
    if (!path.equals("/services/data/v67.0/query") && !path.equals("/services/data/v67.0/query/")) {
      reply(ex, 404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");
      return;
    }
    String q = URLDecoder.decode(ex.getRequestURI().getRawQuery().replaceFirst("^q=", ""), StandardCharsets.UTF_8);
    queries.add(q);
    if (malformedMessage != null) {
      reply(ex, 400, "[{\"message\":\"" + malformedMessage + "\",\"errorCode\":\"MALFORMED_QUERY\"}]");
      return;
    }
    if (q.contains("GROUP BY")) {
      reply(ex, 200, page(2, true, null,
          "{\"attributes\":{\"type\":\"AggregateResult\"},\"StageName\":\"Prospecting\",\"a0\":2,\"a1\":150000.0}",
          "{\"attributes\":{\"type\":\"AggregateResult\"},\"StageName\":\"Closed Won\",\"a0\":1,\"a1\":30000.0}"));
      return;
    }
    reply(ex, 200, page(3, false, "/services/data/v67.0/query/01gFAKE-2",
        opportunity("006FAKE001", "Alpha", 100000.0, "Prospecting", "2026-12-15"),
        opportunity("006FAKE002", "Beta", 50000.0, "Prospecting", "2027-01-31")));
  }

  private static String opportunity(String id, String name, double amount, String stage, String close) {
    return "{\"attributes\":{\"type\":\"Opportunity\",\"url\":\"/services/data/v67.0/sobjects/Opportunity/" + id
        + "\"},\"Id\":\"" + id + "\",\"AccountId\":\"001FAKE\",\"Name\":\"" + name + "\",\"Amount\":" + amount
        + ",\"StageName\":\"" + stage + "\",\"CloseDate\":\"" + close + "\",\"ForecastCategoryName\":\"Pipeline\","
        + "\"CreatedDate\":\"2026-03-01T10:00:00.000+0000\",\"IsClosed\":false}";
  }

  private static String page(int total, boolean done, String next, String... records) {
    return "{\"totalSize\":" + total + ",\"done\":" + done + (next == null ? "" : ",\"nextRecordsUrl\":\"" + next + "\"")
        + ",\"records\":[" + String.join(",", records) + "]}";
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
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
