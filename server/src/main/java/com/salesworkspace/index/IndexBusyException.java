package com.salesworkspace.index;

/** Another process (usually a running server) holds the index for writing; reading it as it stands still works. */
public class IndexBusyException extends IndexException {
  public IndexBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
