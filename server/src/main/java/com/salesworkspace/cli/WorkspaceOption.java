package com.salesworkspace.cli;

import com.salesworkspace.workspace.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --workspace option every command shares. */
public final class WorkspaceOption {
  @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
      description = "The workspace folder (default: $SALES_WORKSPACE, the current folder if it is a workspace, "
          + "else the demo workspace).")
  Path workspace;

  public Workspace open() {
    return WorkspaceLocator.locate(workspace);
  }
}
