package com.salesworkspace.agents;

import com.salesworkspace.context.Tier;
import com.samskivert.mustache.Template;
import java.util.List;
import java.util.Optional;

/**
 * One agent of agent-definitions/: what it is for, the tools it works with, what it produces, its arguments, its
 * prompt (a Mustache template over the arguments) and, optionally, the context tier of the customer to embed.
 *
 * @param file the workspace-relative path of the definition
 * @param contextTier null when the agent embeds no customer context
 */
public record AgentDefinition(String name, AgentCategory category, String purpose, List<String> tools, String output,
    List<AgentArgument> arguments, String prompt, Template template, Tier contextTier, String file) {

  /** The argument whose values are customer slugs: the customer the context is built for. */
  public Optional<AgentArgument> customerArgument() {
    return arguments.stream().filter(a -> a.completion() == CompletionSource.CUSTOMERS).findFirst();
  }

  public Optional<AgentArgument> argument(String argumentName) {
    return arguments.stream().filter(a -> a.name().equals(argumentName)).findFirst();
  }

  /** A title for people: the name in words, e.g. "Deal progression agent". */
  public String title() {
    String words = name.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
