package com.salesworkspace.crm.salesforce;

import com.salesworkspace.workspace.WorkspaceException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Where and how to reach Salesforce, from the environment only (secrets never live in workspace files). */
public record SalesforceConfig(URI instanceUrl, String accessToken, String apiVersion) {
  public static final String INSTANCE_URL = "SALESFORCE_INSTANCE_URL";
  public static final String ACCESS_TOKEN = "SALESFORCE_ACCESS_TOKEN";
  public static final String API_VERSION = "SALESFORCE_API_VERSION";
  public static final String DEFAULT_API_VERSION = "v67.0";

  @Override
  public String toString() {
    return "SalesforceConfig[" + instanceUrl + ", " + apiVersion + "]";
  }

  /** The configuration when both the instance URL and the token are set; empty otherwise. */
  public static Optional<SalesforceConfig> fromEnvironment(Map<String, String> env) {
    String url = blankToNull(env.get(INSTANCE_URL));
    String token = blankToNull(env.get(ACCESS_TOKEN));
    if (url == null || token == null) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    } catch (IllegalArgumentException e) {
      throw new WorkspaceException(INSTANCE_URL + " is not a URL (" + url + "); set it to e.g. "
          + "https://yourcompany.my.salesforce.com.");
    }
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new WorkspaceException(INSTANCE_URL + " must be an http(s) URL like https://yourcompany.my.salesforce.com; "
          + "got " + url + ".");
    }
    String version = blankToNull(env.get(API_VERSION));
    if (version == null) {
      version = DEFAULT_API_VERSION;
    } else if (!version.startsWith("v")) {
      version = "v" + version;
    }
    if (!version.matches("v\\d{2,3}\\.\\d")) {
      throw new WorkspaceException(API_VERSION + " must look like v67.0; got " + env.get(API_VERSION) + ".");
    }
    return Optional.of(new SalesforceConfig(uri, token, version));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
