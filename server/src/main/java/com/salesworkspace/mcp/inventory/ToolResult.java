package com.salesworkspace.mcp.inventory;

/** What a tool returns: structured data (matching its output schema) and a short text rendering for people. */
public record ToolResult(Object structured, String text) {}
