package com.salesworkspace.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.util.Json;
import com.salesworkspace.workspace.WorkspaceException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs SOQL through the Salesforce REST query resource ({@code /services/data/vXX.X/query?q=}), following
 * {@code nextRecordsUrl} while {@code done} is false until enough records are read. Salesforce error bodies
 * ({@code [{"message", "errorCode"}]}) become errors that say what to do.
 */
public final class SalesforceQueryClient {
  private static final int MAX_BATCHES = 50;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final SalesforceConfig config;

  public SalesforceQueryClient(SalesforceConfig config) {
    this.config = config;
  }

  /** The records read (at least {@code wanted} unless the result is smaller) and the query's total size. */
  public record Result(List<JsonNode> records, long totalSize) {}

  public Result query(String soql, int wanted) {
    String path = "/services/data/" + config.apiVersion() + "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8);
    List<JsonNode> records = new ArrayList<>();
    long total = -1;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      JsonNode page = get(path);
      if (total < 0) {
        total = page.path("totalSize").asLong(0);
      }
      page.path("records").forEach(records::add);
      String next = page.path("nextRecordsUrl").asText(null);
      if (page.path("done").asBoolean(true) || next == null || records.size() >= wanted) {
        break;
      }
      if (!next.startsWith("/services/data/")) {
        throw new WorkspaceException("Salesforce answered with an unexpected nextRecordsUrl (" + next + ").");
      }
      path = next;
    }
    return new Result(records, Math.max(total, records.size()));
  }

  private JsonNode get(String pathAndQuery) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(config.instanceUrl() + pathAndQuery))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + config.accessToken())
        .header("Accept", "application/json")
        .GET().build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new WorkspaceException("Could not reach Salesforce at " + config.instanceUrl() + " (" + e.getMessage()
          + "); check SALESFORCE_INSTANCE_URL, or use source=workspace.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkspaceException("The Salesforce query was interrupted; try again.");
    }
    if (response.statusCode() / 100 != 2) {
      throw error(response.statusCode(), response.body());
    }
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new WorkspaceException("Salesforce answered with a body that is not JSON; check SALESFORCE_INSTANCE_URL.");
    }
  }

  static WorkspaceException error(int status, String body) {
    String code = null;
    String message = null;
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      JsonNode first = node.isArray() && !node.isEmpty() ? node.get(0) : node;
      code = first.path("errorCode").asText(first.path("error").asText(null));
      message = first.path("message").asText(first.path("error_description").asText(null));
    } catch (IOException | RuntimeException e) {
      message = body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
    String what = (code == null ? "HTTP " + status : code) + (message == null ? "" : ": " + message);
    if (status == 401 || "INVALID_SESSION_ID".equals(code)) {
      return new WorkspaceException("Salesforce refused the access token (" + what + "); set a fresh "
          + SalesforceConfig.ACCESS_TOKEN + ", or use source=workspace.");
    }
    if ("MALFORMED_QUERY".equals(code) || "INVALID_FIELD".equals(code) || "INVALID_TYPE".equals(code)) {
      return new WorkspaceException("Salesforce could not run the query (" + what + "); the org may lack a mapped "
          + "field: drop it from the query, or use source=workspace.");
    }
    return new WorkspaceException("Salesforce answered " + status + " (" + what + "); try again later, or use "
        + "source=workspace.");
  }
}
