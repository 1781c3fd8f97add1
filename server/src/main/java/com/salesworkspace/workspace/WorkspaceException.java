package com.salesworkspace.workspace;

/**
 * A mistake in the caller's input or in a workspace file that a person or Claude can fix. Its message is one
 * plain sentence that says what is wrong and how to fix it; tools turn it into an {@code isError} result.
 */
public class WorkspaceException extends RuntimeException {
  public WorkspaceException(String message) {
    super(message);
  }

  public WorkspaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
