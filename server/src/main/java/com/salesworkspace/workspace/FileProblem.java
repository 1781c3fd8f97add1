package com.salesworkspace.workspace;

/** A problem found in one workspace file, located by its workspace-relative path and (when known) line. */
public record FileProblem(String path, int line, Severity severity, String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public static FileProblem error(String path, int line, String message) {
    return new FileProblem(path, line, Severity.ERROR, message);
  }

  public static FileProblem warning(String path, int line, String message) {
    return new FileProblem(path, line, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return path + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase() + ": " + message;
  }
}
