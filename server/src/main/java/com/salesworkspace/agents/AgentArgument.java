package com.salesworkspace.agents;

/** One argument of an agent: a prompt argument over MCP, a CLI option of {@code agent run}. */
public record AgentArgument(String name, String description, boolean required, CompletionSource completion) {}
