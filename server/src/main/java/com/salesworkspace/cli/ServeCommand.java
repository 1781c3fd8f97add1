package com.salesworkspace.cli;

import com.salesworkspace.mcp.SalesWorkspaceServer;
import com.salesworkspace.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", description = "Run the MCP server over stdio (for Claude Desktop and Claude Code).")
final class ServeCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Override
  public Integer call() throws Exception {
    Workspace ws = workspace.open();
    SalesWorkspaceServer.runStdio(ws);
    return 0;
  }
}
