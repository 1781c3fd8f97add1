package com.salesworkspace.triggers.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkspace.util.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Creates Salesforce Tasks on accounts with the REST API (no official Java SDK: java.net.http and Jackson). */
public final class SalesforceTasks {
  public static final String API_VERSION = "v67.0";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String instanceUrl;
  private final String accessToken;

  public SalesforceTasks(String instanceUrl, String accessToken) {
    this.instanceUrl = instanceUrl.endsWith("/") ? instanceUrl.substring(0, instanceUrl.length() - 1) : instanceUrl;
    this.accessToken = accessToken;
  }

  /** Creates an open Task on the account and returns its Salesforce id. */
  public String create(String accountId, String subject, String description, LocalDate due) throws IOException {
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("WhatId", accountId);
    task.put("Subject", subject.length() > 255 ? subject.substring(0, 255) : subject);
    task.put("Description", description);
    task.put("ActivityDate", due.toString());
    task.put("Status", "Not Started");
    task.put("Priority", "High");
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(instanceUrl + "/services/data/" + API_VERSION + "/sobjects/Task"))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + accessToken)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(task)))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IOException("Salesforce answered " + response.statusCode() + ": " + abbreviate(response.body()));
      }
      JsonNode body = Json.MAPPER.readTree(response.body());
      return body.path("id").asText(null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
