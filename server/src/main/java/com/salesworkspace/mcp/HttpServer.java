package com.salesworkspace.mcp;

import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletSseServerTransportProvider;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP over HTTP on embedded Tomcat: Streamable HTTP at /mcp and the legacy SSE transport at /sse (+ /message).
 * Binds 127.0.0.1 by default and checks Host and Origin against DNS rebinding. Authentication slots in as a
 * servlet filter in front of both endpoints.
 */
public final class HttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  public static final String MCP_ENDPOINT = "/mcp";
  public static final String SSE_ENDPOINT = "/sse";
  public static final String MESSAGE_ENDPOINT = "/message";

  private final Tomcat tomcat;
  private final List<McpSyncServer> servers;
  private final ToolContext context;
  private final int port;

  private HttpServer(Tomcat tomcat, List<McpSyncServer> servers, ToolContext context, int port) {
    this.tomcat = tomcat;
    this.servers = servers;
    this.context = context;
    this.port = port;
  }

  /** Starts the server; port 0 picks a free one (see {@link #port()}). */
  public static HttpServer start(Workspace workspace, ServeOptions options, String host, int port,
      List<String> allowedOrigins) {
    try {
      Path base = Files.createTempDirectory("sales-workspace-tomcat");
      Tomcat tomcat = new Tomcat();
      tomcat.setBaseDir(base.toString());
      Connector connector = new Connector();
      connector.setPort(port);
      connector.setProperty("address", host);
      // An MCP client sends every request as a POST on one kept-alive connection. Tomcat closes a connection after
      // 100 requests by default, and a client that sends its next POST at that moment gets no answer
      // (POSTs are not retried): keep connections as long as the client does.
      connector.setProperty("maxKeepAliveRequests", "-1");
      connector.setProperty("keepAliveTimeout", "300000");
      tomcat.setConnector(connector);
      Context web = tomcat.addContext("", base.toString());

      // The port is known only after start when it is 0, so the validator is built from the bound port below.
      ToolContext context = SalesWorkspaceServer.context(workspace);
      List<McpSyncServer> servers = new ArrayList<>();
      tomcat.start();
      int bound = connector.getLocalPort();
      DefaultServerTransportSecurityValidator validator = validator(host, bound, allowedOrigins);

      HttpServletStreamableServerTransportProvider streamable = HttpServletStreamableServerTransportProvider.builder()
          .jsonMapper(SalesWorkspaceServer.mapper()).mcpEndpoint(MCP_ENDPOINT).securityValidator(validator).build();
      servers.add(SalesWorkspaceServer.build(McpServer.sync(streamable), context, options));
      Tomcat.addServlet(web, "mcp", streamable).setAsyncSupported(true);
      web.addServletMappingDecoded(MCP_ENDPOINT, "mcp");

      HttpServletSseServerTransportProvider sse = HttpServletSseServerTransportProvider.builder()
          .jsonMapper(SalesWorkspaceServer.mapper()).sseEndpoint(SSE_ENDPOINT).messageEndpoint(MESSAGE_ENDPOINT)
          .securityValidator(validator).build();
      servers.add(SalesWorkspaceServer.build(McpServer.sync(sse), context, options));
      Tomcat.addServlet(web, "sse", sse).setAsyncSupported(true);
      web.addServletMappingDecoded(SSE_ENDPOINT, "sse");
      web.addServletMappingDecoded(MESSAGE_ENDPOINT, "sse");

      LOG.info("serving workspace {} over HTTP at http://{}:{}{} (SSE at {})", workspace.root(), host, bound,
          MCP_ENDPOINT, SSE_ENDPOINT);
      return new HttpServer(tomcat, servers, context, bound);
    } catch (LifecycleException e) {
      throw new IllegalStateException("Could not start the HTTP server on " + host + ":" + port + ": "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DefaultServerTransportSecurityValidator validator(String host, int port, List<String> origins) {
    List<String> hosts = new ArrayList<>(List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
    if (!hosts.contains(host + ":" + port)) {
      hosts.add(host + ":" + port);
    }
    List<String> allowedOrigins = new ArrayList<>(origins);
    allowedOrigins.addAll(List.of("http://127.0.0.1:" + port, "http://localhost:" + port));
    return DefaultServerTransportSecurityValidator.builder().allowedHosts(hosts).allowedOrigins(allowedOrigins).build();
  }

  public int port() {
    return port;
  }

  public void await() {
    tomcat.getServer().await();
  }

  @Override
  public void close() {
    servers.forEach(McpSyncServer::closeGracefully);
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      LOG.warn("stopping Tomcat failed", e);
    }
    context.close();
  }
}
