package com.salesworkspace.agents.run;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.JsonValue;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.salesworkspace.mcp.inventory.ToolAdapter;
import com.salesworkspace.mcp.inventory.ToolContext;
import com.salesworkspace.mcp.inventory.WorkspaceTool;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an agent through the Anthropic Messages API: the rendered prompt goes out with the agent's tools; each
 * tool_use Claude asks for is executed in-process by the same handler as over MCP and sent back as a tool_result
 * (is_error for an isError result), until Claude ends its turn or the turn limit is reached.
 */
public final class AgentRunner {
  private static final Logger LOG = LoggerFactory.getLogger(AgentRunner.class);

  /** @param maxTurns the most requests to the API in one run */
  public record Options(String model, int maxTurns, long maxTokens) {
    public Options {
      if (maxTurns < 1) {
        throw new IllegalArgumentException("--max-turns must be at least 1.");
      }
    }
  }

  private final AnthropicClient client;
  private final ToolContext context;
  private final Map<String, WorkspaceTool> tools;

  /** @param tools the server's tools; the run offers the agent's own ones */
  public AgentRunner(AnthropicClient client, ToolContext context, List<WorkspaceTool> tools) {
    this.client = client;
    this.context = context;
    this.tools = tools.stream().collect(Collectors.toMap(WorkspaceTool::name, t -> t, (a, b) -> a,
        LinkedHashMap::new));
  }

  public RunResult run(RunPrompt prompt, Options options) {
    MessageCreateParams.Builder request = MessageCreateParams.builder()
        .model(options.model())
        .maxTokens(options.maxTokens())
        .system(RunPrompt.SYSTEM)
        .addUserMessage(prompt.text());
    for (String name : prompt.agent().tools()) {
      WorkspaceTool tool = tools.get(name);
      if (tool != null) {
        request.addTool(anthropicTool(tool));
      }
    }
    List<String> called = new ArrayList<>();
    long inputTokens = 0;
    long outputTokens = 0;
    String lastText = "";
    String stop = null;
    for (int turn = 1; turn <= options.maxTurns(); turn++) {
      Message message = send(request.build());
      inputTokens += message.usage().inputTokens();
      outputTokens += message.usage().outputTokens();
      stop = message.stopReason().map(StopReason::asString).orElse(null);
      String text = text(message);
      if (!text.isBlank()) {
        lastText = text;
      }
      request.addMessage(message);
      List<ToolUseBlock> uses = message.content().stream().filter(ContentBlock::isToolUse)
          .map(b -> b.toolUse().orElseThrow()).toList();
      if (uses.isEmpty() || !StopReason.TOOL_USE.equals(message.stopReason().orElse(null))) {
        return new RunResult(options.model(), turn, called, inputTokens, outputTokens, stop, true, lastText);
      }
      if (turn == options.maxTurns()) {
        break; // no request is left to carry the results, so the tools are not run
      }
      List<ContentBlockParam> results = new ArrayList<>();
      for (ToolUseBlock use : uses) {
        called.add(use.name());
        results.add(ContentBlockParam.ofToolResult(execute(use, prompt.agent().tools())));
      }
      request.addUserMessageOfContentBlockParams(results);
    }
    LOG.warn("{} stopped after {} turns without finishing", prompt.agent().name(), options.maxTurns());
    return new RunResult(options.model(), options.maxTurns(), called, inputTokens, outputTokens, stop, false,
        lastText);
  }

  private Message send(MessageCreateParams params) {
    try {
      return client.messages().create(params);
    } catch (AnthropicServiceException e) {
      throw new AgentRunException("The Anthropic API refused the request (HTTP " + e.statusCode() + "): "
          + apiMessage(e) + hint(e.statusCode()), e);
    } catch (AnthropicIoException e) {
      throw new AgentRunException("Could not reach the Anthropic API (" + e.getMessage() + "); check the network "
          + "or ANTHROPIC_BASE_URL.", e);
    }
  }

  private static String apiMessage(AnthropicServiceException e) {
    try {
      Object body = e.body().convert(Object.class);
      if (body instanceof Map<?, ?> map && map.get("error") instanceof Map<?, ?> error) {
        return error.get("type") + ": " + error.get("message");
      }
    } catch (RuntimeException ignored) {
      // not JSON: fall back to the exception's own text
    }
    return e.getMessage();
  }

  private static String hint(int status) {
    return switch (status) {
      case 401, 403 -> ". Check ANTHROPIC_API_KEY.";
      case 429, 529 -> ". The API is busy or rate-limited; run again later.";
      default -> status >= 500 ? ". The API failed; run again later." : ".";
    };
  }

  private ToolResultBlockParam execute(ToolUseBlock use, List<String> allowed) {
    ToolResultBlockParam.Builder result = ToolResultBlockParam.builder().toolUseId(use.id());
    WorkspaceTool tool = tools.get(use.name());
    if (tool == null || !allowed.contains(use.name())) {
      return result.content("Tool '" + use.name() + "' is not available to this agent; use one of "
          + String.join(", ", allowed) + ".").isError(true).build();
    }
    Map<String, Object> arguments = arguments(use._input());
    @SuppressWarnings("unchecked")
    Set<String> known = ((Map<String, Object>) tool.inputSchema().get("properties")).keySet();
    McpSchema.CallToolResult out = ToolAdapter.call(tool, context, known, arguments);
    String text = out.content().stream().filter(c -> c instanceof McpSchema.TextContent)
        .map(c -> ((McpSchema.TextContent) c).text()).collect(Collectors.joining("\n"));
    boolean error = Boolean.TRUE.equals(out.isError());
    LOG.info("tool {} {}", use.name(), error ? "answered with an error" : "answered");
    return result.content(text).isError(error).build();
  }

  private static Map<String, Object> arguments(JsonValue input) {
    Object value = input.convert(Object.class);
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> args = new LinkedHashMap<>();
      map.forEach((k, v) -> args.put(String.valueOf(k), v));
      return args;
    }
    return Map.of();
  }

  private static String text(Message message) {
    return message.content().stream().filter(ContentBlock::isText).map(b -> b.text().orElseThrow().text())
        .collect(Collectors.joining("\n\n")).strip();
  }

  /** The agent tool as the Messages API describes tools: name, description, input_schema. */
  static Tool anthropicTool(WorkspaceTool tool) {
    Map<String, Object> schema = tool.inputSchema();
    Tool.InputSchema.Builder input = Tool.InputSchema.builder()
        .properties(JsonValue.from(schema.getOrDefault("properties", Map.of())));
    if (schema.get("required") instanceof List<?> required) {
      input.required(required.stream().map(String::valueOf).toList());
    }
    schema.forEach((key, value) -> {
      if (!key.equals("type") && !key.equals("properties") && !key.equals("required")) {
        input.putAdditionalProperty(key, JsonValue.from(value));
      }
    });
    return Tool.builder().name(tool.name()).description(tool.description()).inputSchema(input.build()).build();
  }
}
