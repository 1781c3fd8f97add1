package com.salesworkspace.mcp;

import com.salesworkspace.workspace.Workspace;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the MCP server for a workspace and runs it over a transport. */
public final class SalesWorkspaceServer {
  private static final Logger LOG = LoggerFactory.getLogger(SalesWorkspaceServer.class);

  public static final String NAME = "sales-workspace";
  public static final String INSTRUCTIONS = """
      Sales Workspace: customer knowledge (profiles, contacts, deals, emails, Slack threads, call transcripts, \
      meeting notes) from a folder of files. Find the customer first, then read what you need about it; \
      results are paged, so narrow with filters rather than asking for everything.""";

  private SalesWorkspaceServer() {}

  /** Serves over stdin/stdout until stdin ends. Nothing but protocol is ever written to stdout. */
  public static void runStdio(Workspace workspace) throws InterruptedException {
    OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    EndOfInputSignal in = new EndOfInputSignal(new FileInputStream(FileDescriptor.in));
    StdioServerTransportProvider transport = new StdioServerTransportProvider(mapper(), in, protocolOut);
    McpSyncServer server = McpServer.sync(transport)
        .serverInfo(NAME, version())
        .instructions(INSTRUCTIONS)
        .jsonMapper(mapper())
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).logging().build())
        .build();
    LOG.info("serving workspace {} over stdio", workspace.root());
    in.awaitEnd();
    server.closeGracefully();
  }

  static JacksonMcpJsonMapper mapper() {
    // The protocol's own mapping, untouched by the workspace's snake_case settings.
    return new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());
  }

  public static String version() {
    String v = SalesWorkspaceServer.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }
}
