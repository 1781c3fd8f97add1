package com.salesworkspace.agents.run;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import java.time.Duration;
import java.util.Map;

/** The official Anthropic client, configured from the environment: ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL. */
public final class AnthropicClients {
  public static final String KEY = "ANTHROPIC_API_KEY";
  public static final String BASE_URL = "ANTHROPIC_BASE_URL";

  private AnthropicClients() {}

  /** @throws AgentRunException when there is no key */
  public static AnthropicClient fromEnvironment(Map<String, String> env, int maxRetries) {
    String key = env.get(KEY);
    if (key == null || key.isBlank()) {
      throw new AgentRunException(KEY + " is not set, so the agent cannot call the Anthropic API. Set it, or run "
          + "with --print-prompt and pipe the prompt to 'claude -p'.");
    }
    AnthropicOkHttpClient.Builder builder = AnthropicOkHttpClient.builder().apiKey(key.strip())
        .maxRetries(maxRetries).timeout(Duration.ofMinutes(5));
    String base = env.get(BASE_URL);
    if (base != null && !base.isBlank()) {
      builder.baseUrl(base.strip());
    }
    return builder.build();
  }
}
