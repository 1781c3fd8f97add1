package com.salesworkspace.cli;

import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the workspace: --workspace, else $SALES_WORKSPACE, else the current folder when it is a workspace, else
 * the demo workspace of the repository this jar was built in (server/target/x.jar -> the repo root).
 */
public final class WorkspaceLocator {
  public static final String ENV = "SALES_WORKSPACE";

  private WorkspaceLocator() {}

  public static Workspace locate(Path explicit) {
    if (explicit != null) {
      return Workspace.open(explicit);
    }
    String fromEnv = System.getenv(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Workspace.open(Path.of(fromEnv));
    }
    Path cwd = Path.of("").toAbsolutePath();
    if (Workspace.isWorkspace(cwd) && Files.isDirectory(cwd.resolve("workspace-setup"))) {
      return Workspace.open(cwd);
    }
    Path demo = demoWorkspace();
    if (demo != null) {
      return Workspace.open(demo);
    }
    throw new WorkspaceException("No workspace found: pass --workspace DIR, set " + ENV
        + ", or run 'init DIR' to create one.");
  }

  static Path demoWorkspace() {
    try {
      Path jar = Path.of(WorkspaceLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
        if (Workspace.isWorkspace(dir) && Files.isDirectory(dir.resolve("workspace-setup"))) {
          return dir;
        }
      }
    } catch (URISyntaxException | SecurityException e) {
      return null;
    }
    return null;
  }
}
