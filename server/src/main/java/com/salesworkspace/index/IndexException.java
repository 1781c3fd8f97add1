package com.salesworkspace.index;

/** The index could not do its job (a damaged or locked database); rebuilding from the files always helps. */
public class IndexException extends RuntimeException {
  public IndexException(String message) {
    super(message);
  }

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
