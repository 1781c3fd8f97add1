package com.salesworkspace.mcp.inventory;

import com.salesworkspace.context.ContextBuilder;
import com.salesworkspace.customers.CustomerDirectory;
import com.salesworkspace.customers.CustomerService;
import com.salesworkspace.customers.StakeholderMap;
import com.salesworkspace.index.Index;
import com.salesworkspace.interactions.InteractionLog;
import com.salesworkspace.interactions.InteractionReader;
import com.salesworkspace.interactions.InteractionSearch;
import com.salesworkspace.triggers.TriggerEngine;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;
import java.time.Clock;
import java.time.LocalDate;

/** What tool handlers work with: the workspace, its index, the clock, and the core services over them. */
public final class ToolContext {
  private final Workspace workspace;
  private final java.util.function.Supplier<Index> indexOpener;
  private final Clock clock;
  private java.util.Map<String, String> environment = System.getenv();
  private Index index;
  private com.salesworkspace.mcp.prompts.AgentPrompts prompts;

  /** The index is opened on first use, so that starting the server does nothing but the handshake. */
  public ToolContext(Workspace workspace, java.util.function.Supplier<Index> indexOpener, Clock clock) {
    this.workspace = workspace;
    this.indexOpener = indexOpener;
    this.clock = clock;
  }

  public ToolContext(Workspace workspace, Index index, Clock clock) {
    this(workspace, () -> index, clock);
  }

  public Workspace workspace() {
    return workspace;
  }

  public synchronized Index index() {
    if (index == null) {
      index = indexOpener.get();
    }
    return index;
  }

  /** The agent definitions as prompts, shared by every server over this workspace; nothing loads until used. */
  public synchronized com.salesworkspace.mcp.prompts.AgentPrompts prompts() {
    if (prompts == null) {
      prompts = new com.salesworkspace.mcp.prompts.AgentPrompts(this);
    }
    return prompts;
  }

  /** Closes the index if it was ever opened, and stops following the agent definitions. */
  public synchronized void close() {
    if (prompts != null) {
      prompts.close();
      prompts = null;
    }
    if (index != null) {
      index.close();
      index = null;
    }
  }

  public Clock clock() {
    return clock;
  }

  /** Where secrets and connector settings come from: the process environment, or a test's stand-in. */
  public java.util.Map<String, String> environment() {
    return environment;
  }

  public ToolContext withEnvironment(java.util.Map<String, String> env) {
    this.environment = java.util.Map.copyOf(env);
    return this;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Brings the index up to date with the files, so an edit made a moment ago is visible to this call. */
  public void refreshIndex() {
    index().refresh(Progress.NONE);
  }

  public CustomerService customers() {
    return new CustomerService(workspace, index());
  }

  public CustomerDirectory directory() {
    return new CustomerDirectory(index());
  }

  public StakeholderMap stakeholders() {
    return new StakeholderMap(index());
  }

  public InteractionSearch interactionSearch() {
    return new InteractionSearch(index());
  }

  public InteractionReader interactionReader() {
    return new InteractionReader(workspace, index());
  }

  public ContextBuilder contextBuilder() {
    return new ContextBuilder(workspace, index());
  }

  public InteractionLog interactionLog() {
    return new InteractionLog(workspace);
  }

  /** The trigger engine; secrets for actions (Slack, Salesforce) come from the server's environment only. */
  public TriggerEngine triggers() {
    return new TriggerEngine(workspace, index(), clock, environment);
  }
}
