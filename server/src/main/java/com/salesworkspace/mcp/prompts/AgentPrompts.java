package com.salesworkspace.mcp.prompts;

import com.salesworkspace.agents.AgentArgument;
import com.salesworkspace.agents.AgentArguments;
import com.salesworkspace.agents.AgentCatalog;
import com.salesworkspace.agents.AgentDefinition;
import com.salesworkspace.agents.AgentFilesWatcher;
import com.salesworkspace.agents.AgentLoader;
import com.salesworkspace.agents.AgentPrompt;
import com.salesworkspace.agents.CompletionSource;
import com.salesworkspace.agents.CompletionValues;
import com.salesworkspace.context.ContextRequest;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.mcp.inventory.Inventory;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import com.salesworkspace.mcp.resources.WorkspaceResources;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.WorkspaceException;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent definitions as MCP prompts: one prompt per agent, with completions for its arguments, and the
 * customer's context embedded as a resource. Loaded on first use (never before the initialize answer), and reloaded
 * when agent-definitions/ changes, which every attached server announces with notifications/prompts/list_changed.
 * A file that does not load leaves its agent out; the others stay listed (doctor and 'agents validate' name it).
 */
public final class AgentPrompts implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AgentPrompts.class);
  private static final int MAX_COMPLETIONS = 100;

  private final ToolContext context;
  private final List<WorkspaceTool> tools = Inventory.all();
  private final List<Attached> servers = new CopyOnWriteArrayList<>();
  private AgentCatalog catalog;
  private AgentFilesWatcher watcher;
  private boolean closed;

  public AgentPrompts(ToolContext context) {
    this.context = context;
  }

  /** The agents as loaded now (loading them the first time). */
  public synchronized AgentCatalog catalog() {
    if (catalog == null) {
      catalog = load();
    }
    return catalog;
  }

  private AgentCatalog load() {
    AgentCatalog loaded = new AgentLoader(context.workspace(), tools.stream().map(WorkspaceTool::name).toList()).load();
    for (FileProblem p : loaded.problems()) {
      LOG.warn("agent left out: {}", p);
    }
    return loaded;
  }

  /** Loads the agents on a background thread, so that the first prompts/list finds them ready. */
  public void preload() {
    Thread t = new Thread(this::catalog, "agent-definitions-loader");
    t.setDaemon(true);
    t.start();
  }

  /** A server and the tools it exposes: it lists only the agents whose tools it all has. */
  private record Attached(McpSyncServer server, Set<String> tools) {
    boolean shows(AgentDefinition agent) {
      return tools.containsAll(agent.tools());
    }
  }

  /** The prompts of the agents whose tools are all among {@code exposedTools} (--tools, --toolsets, --read-only). */
  public List<McpServerFeatures.SyncPromptSpecification> specifications(Set<String> exposedTools) {
    List<AgentDefinition> agents = catalog().agents();
    agents.stream().filter(a -> !exposedTools.containsAll(a.tools())).forEach(a -> LOG.info(
        "prompt {} not offered: it needs tools this server does not expose", a.name()));
    return agents.stream().filter(a -> exposedTools.containsAll(a.tools())).map(this::specification).toList();
  }

  /** One completion per agent known at start; an agent added later is listed but completes after a restart. */
  public List<McpServerFeatures.SyncCompletionSpecification> completions() {
    return catalog().agents().stream().map(a -> new McpServerFeatures.SyncCompletionSpecification(
        new McpSchema.PromptReference(a.name()), (exchange, request) -> complete(a.name(), request))).toList();
  }

  /** Keeps this server's prompt list in step with the files from now on. */
  public synchronized void attach(McpSyncServer server, Set<String> exposedTools) {
    servers.add(new Attached(server, Set.copyOf(exposedTools)));
    if (watcher == null && !closed) {
      watcher = AgentFilesWatcher.start(context.workspace().root().resolve(AgentLoader.FOLDER), this::reload);
    }
  }

  /** Re-reads the definitions and updates every attached server's prompts (each change is notified). */
  public synchronized void reload() {
    AgentCatalog before = catalog();
    AgentCatalog after = load();
    catalog = after;
    List<String> changed = new ArrayList<>();
    for (AgentDefinition old : before.agents()) {
      var now = after.agent(old.name());
      if (now.isEmpty() || !same(old, now.get())) {
        changed.add(old.name());
        servers.stream().filter(a -> a.shows(old)).forEach(a -> a.server().removePrompt(old.name()));
      }
    }
    for (AgentDefinition agent : after.agents()) {
      var old = before.agent(agent.name());
      if (old.isEmpty() || !same(old.get(), agent)) {
        changed.add(agent.name());
        servers.stream().filter(a -> a.shows(agent)).forEach(a -> a.server().addPrompt(specification(agent)));
      }
    }
    if (!changed.isEmpty()) {
      LOG.info("agent definitions reloaded; changed: {}", String.join(", ", changed.stream().distinct().toList()));
    }
  }

  private static boolean same(AgentDefinition a, AgentDefinition b) {
    return a.category() == b.category() && a.purpose().equals(b.purpose()) && a.tools().equals(b.tools())
        && a.output().equals(b.output()) && a.arguments().equals(b.arguments()) && a.prompt().equals(b.prompt())
        && Objects.equals(a.contextTier(), b.contextTier());
  }

  static McpSchema.Prompt prompt(AgentDefinition agent) {
    List<McpSchema.PromptArgument> arguments = agent.arguments().stream()
        .map(a -> new McpSchema.PromptArgument(a.name(), a.description(), a.required())).toList();
    String description = agent.purpose() + ". Output: " + agent.output() + "."
        + (agent.contextTier() == null ? "" : " Embeds the customer's " + agent.contextTier().id() + " context.");
    return new McpSchema.Prompt(agent.name(), agent.title(), description, arguments);
  }

  private McpServerFeatures.SyncPromptSpecification specification(AgentDefinition agent) {
    return new McpServerFeatures.SyncPromptSpecification(prompt(agent),
        (exchange, request) -> get(request.name(), request.arguments()));
  }

  /** prompts/get: the agent's instructions, and the customer's context when it has a tier and a customer. */
  public McpSchema.GetPromptResult get(String name, Map<String, Object> arguments) {
    AgentDefinition agent = catalog().agent(name).orElseThrow(() -> invalid("There is no prompt '" + name
        + "'; the prompts are " + String.join(", ", catalog().names()) + "."));
    synchronized (context) {
      try {
        Map<String, String> values = AgentArguments.check(agent, arguments, context.workspace());
        LocalDate today = context.today();
        String slug = agent.customerArgument().map(AgentArgument::name).map(values::get).orElse(null);
        boolean embed = slug != null && agent.contextTier() != null;
        String uri = embed ? WorkspaceResources.contextUri(slug, agent.contextTier()) : null;
        List<McpSchema.PromptMessage> messages = new ArrayList<>();
        messages.add(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(
            AgentPrompt.instructions(agent, values, today, tools, uri))));
        if (embed) {
          context.refreshIndex();
          String text = context.contextBuilder().build(new ContextRequest(slug, agent.contextTier(), null, today))
              .text();
          messages.add(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.EmbeddedResource(null,
              new McpSchema.TextResourceContents(uri, "text/markdown", text))));
        }
        return new McpSchema.GetPromptResult(prompt(agent).description(), messages);
      } catch (WorkspaceException e) {
        throw invalid(e.getMessage());
      } catch (IndexException e) {
        LOG.error("prompt {} failed in the index", name, e);
        throw new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INTERNAL_ERROR,
            "The index could not answer (" + e.getMessage() + "). Try again; if it persists, run "
                + "'sales-workspace index --rebuild'.", null));
      }
    }
  }

  private McpSchema.CompleteResult complete(String agentName, McpSchema.CompleteRequest request) {
    CompletionSource source = catalog().agent(agentName).flatMap(a -> a.argument(request.argument().name()))
        .map(AgentArgument::completion).orElse(CompletionSource.NONE);
    List<String> values;
    synchronized (context) {
      values = CompletionValues.of(source, context.workspace(), request.argument().value());
    }
    int total = values.size();
    return new McpSchema.CompleteResult(new McpSchema.CompleteResult.CompleteCompletion(
        List.copyOf(values.subList(0, Math.min(MAX_COMPLETIONS, total))), total, total > MAX_COMPLETIONS));
  }

  private static McpError invalid(String message) {
    return new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INVALID_PARAMS, message,
        null));
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (watcher != null) {
      watcher.close();
      watcher = null;
    }
    servers.clear();
  }
}
