package com.salesworkspace.agents.run;

/** A scripted run that could not complete: no key, the API refused or failed, the turn limit was reached. */
public final class AgentRunException extends RuntimeException {
  public AgentRunException(String message) {
    super(message);
  }

  public AgentRunException(String message, Throwable cause) {
    super(message, cause);
  }
}
