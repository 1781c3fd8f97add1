package com.salesworkspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Confines every path to the workspace root: relative paths only, no {@code ..} segments, no NUL bytes, and no
 * symbolic link on the way that resolves outside the root.
 */
public final class PathGuard {
  private final Path root;
  private final Path realRoot;

  public PathGuard(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      this.realRoot = this.root.toRealPath();
    } catch (IOException e) {
      throw new WorkspaceException("The workspace folder " + root + " does not exist or cannot be read.", e);
    }
  }

  public Path root() {
    return root;
  }

  /** Resolves a workspace-relative path, refusing anything that would leave the workspace. */
  public Path resolve(String relative) {
    if (relative == null || relative.isBlank()) {
      throw new WorkspaceException("The path is empty; give a path relative to the workspace root.");
    }
    if (relative.indexOf('\0') >= 0) {
      throw new WorkspaceException("The path contains a NUL byte; give a plain relative path.");
    }
    String unified = relative.replace('\\', '/');
    if (unified.startsWith("/") || unified.matches("^[A-Za-z]:.*")) {
      throw new WorkspaceException(
          "The path '" + relative + "' is absolute; give a path relative to the workspace root.");
    }
    for (String segment : unified.split("/")) {
      if (segment.equals("..")) {
        throw new WorkspaceException(
            "The path '" + relative + "' leaves the workspace ('..' is not allowed); give a path inside it.");
      }
    }
    Path resolved = root.resolve(unified).normalize();
    if (!resolved.startsWith(root)) {
      throw new WorkspaceException("The path '" + relative + "' is outside the workspace.");
    }
    checkNoLinkEscape(resolved, relative);
    return resolved;
  }

  /** Checks an already-built absolute path (e.g. one found by walking the tree) the same way. */
  public Path confine(Path absolute) {
    Path normalized = absolute.toAbsolutePath().normalize();
    if (!normalized.startsWith(root)) {
      throw new WorkspaceException("The path '" + absolute + "' is outside the workspace.");
    }
    checkNoLinkEscape(normalized, root.relativize(normalized).toString());
    return normalized;
  }

  public String relativize(Path absolute) {
    return root.relativize(absolute.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private void checkNoLinkEscape(Path resolved, String shownAs) {
    // The nearest existing ancestor decides: a link anywhere on the way is followed by toRealPath.
    Path existing = resolved;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    try {
      Path real = existing.toRealPath();
      if (!real.startsWith(realRoot)) {
        throw new WorkspaceException(
            "The path '" + shownAs + "' goes through a symbolic link that points outside the workspace.");
      }
    } catch (IOException e) {
      // A dangling link: treat as escaping, since we cannot tell where it points.
      throw new WorkspaceException("The path '" + shownAs + "' goes through a link that cannot be resolved.", e);
    }
  }
}
