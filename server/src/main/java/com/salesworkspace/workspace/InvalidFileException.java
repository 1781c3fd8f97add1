package com.salesworkspace.workspace;

/** A workspace file that cannot be read as its format requires; carries the located problem. */
public class InvalidFileException extends WorkspaceException {
  private final FileProblem problem;

  public InvalidFileException(FileProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public FileProblem problem() {
    return problem;
  }
}
