package com.salesworkspace.cli;

import com.salesworkspace.mcp.HttpServer;
import com.salesworkspace.mcp.SalesWorkspaceServer;
import com.salesworkspace.mcp.ServeOptions;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Run the MCP server: over stdio (default, for Claude Desktop and Claude "
    + "Code) or over HTTP (--http: Streamable HTTP at /mcp, legacy SSE at /sse).")
final class ServeCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Option(names = "--toolsets", split = ",", paramLabel = "SET", defaultValue = "${env:" + ServeOptions.TOOLSETS_ENV + "}",
      description = "Toolsets to expose (comma-separated; default all): customers, context, interactions, crm, "
          + "triggers, reports, write. Env: SALES_WORKSPACE_TOOLSETS.")
  List<String> toolsets;

  @Option(names = "--tools", split = ",", paramLabel = "TOOL", defaultValue = "${env:" + ServeOptions.TOOLS_ENV + "}",
      description = "Only these tools (comma-separated). Env: SALES_WORKSPACE_TOOLS.")
  List<String> tools;

  @Option(names = "--read-only", defaultValue = "${env:" + ServeOptions.READ_ONLY_ENV + ":-false}",
      description = "Expose only tools that never write. Env: SALES_WORKSPACE_READ_ONLY=true.")
  boolean readOnly;

  @Option(names = "--http", description = "Serve over HTTP instead of stdio.")
  boolean http;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "HTTP address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8765", description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--allowed-origin", paramLabel = "ORIGIN",
      description = "A browser Origin allowed to call the HTTP server (repeatable); local origins are always allowed.")
  List<String> allowedOrigins = List.of();

  @Override
  public Integer call() throws Exception {
    Workspace ws = workspace.open();
    ServeOptions options = new ServeOptions(clean(toolsets), clean(tools), readOnly);
    Inventory.select(options.toolsets(), options.tools(), options.readOnly()); // fail fast on unknown names
    if (!http) {
      SalesWorkspaceServer.runStdio(ws, options);
      return 0;
    }
    try (HttpServer server = HttpServer.start(ws, options, host, port, allowedOrigins)) {
      System.err.printf("MCP server on http://%s:%d%s (SSE: %s)%n", host, server.port(), HttpServer.MCP_ENDPOINT,
          HttpServer.SSE_ENDPOINT);
      server.await();
    }
    return 0;
  }

  private static List<String> clean(List<String> values) {
    return values == null ? List.of() : values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
