package com.salesworkspace.mcp;

import com.fasterxml.jackson.core.JsonGenerator;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.io.IOException;
import java.util.List;

/**
 * What the server says in its initialize response: name, version, instructions, capabilities and the protocol
 * versions it speaks. One source for both the SDK's configuration and the early handshake, so they cannot differ.
 */
public record HandshakeInfo(String name, String version, String instructions) {
  /** Oldest first; the SDK answers with the client's version when listed here, else with the newest. */
  public static final List<String> PROTOCOL_VERSIONS = List.of(ProtocolVersions.MCP_2024_11_05,
      ProtocolVersions.MCP_2025_03_26, ProtocolVersions.MCP_2025_06_18, ProtocolVersions.MCP_2025_11_25);

  /**
   * The answer for a server exposing {@code tools}. It lives here, not in SalesWorkspaceServer, because loading that
   * class starts the logger (about 25 ms of locale and calendar data for its timestamps) on the early handshake's path.
   */
  public static HandshakeInfo forTools(List<WorkspaceTool> tools) {
    return new HandshakeInfo(SalesWorkspaceServer.NAME, serverVersion(),
        Inventory.instructions(SalesWorkspaceServer.INSTRUCTIONS, tools));
  }

  public static String serverVersion() {
    String v = HandshakeInfo.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  public String negotiate(String requested) {
    return PROTOCOL_VERSIONS.contains(requested) ? requested : PROTOCOL_VERSIONS.get(PROTOCOL_VERSIONS.size() - 1);
  }

  public McpSchema.ServerCapabilities capabilities() {
    return McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).prompts(true).completions()
        .logging().build();
  }

  /** The same capabilities as {@link #capabilities()}, written without the SDK's object model. */
  void writeCapabilities(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("capabilities");
    json.writeObjectFieldStart("completions");
    json.writeEndObject();
    json.writeObjectFieldStart("logging");
    json.writeEndObject();
    json.writeObjectFieldStart("prompts");
    json.writeBooleanField("listChanged", true);
    json.writeEndObject();
    json.writeObjectFieldStart("resources");
    json.writeBooleanField("subscribe", false);
    json.writeBooleanField("listChanged", false);
    json.writeEndObject();
    json.writeObjectFieldStart("tools");
    json.writeBooleanField("listChanged", false);
    json.writeEndObject();
    json.writeEndObject();
  }
}
