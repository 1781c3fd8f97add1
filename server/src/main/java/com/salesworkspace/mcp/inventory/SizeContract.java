package com.salesworkspace.mcp.inventory;

import com.salesworkspace.util.Json;
import com.salesworkspace.util.Tokens;
import java.util.function.BiFunction;

/**
 * No tool result exceeds 20,000 tokens (Claude Code refuses results over 25,000 by default, and every token is
 * paid for). List tools build their page through {@link #fitPage}, which shrinks the page until it fits and says so.
 */
public final class SizeContract {
  public static final int MAX_RESULT_TOKENS = 20_000;

  private SizeContract() {}

  public static int tokens(ToolResult result) {
    return Tokens.count(result.text()) + (result.structured() == null ? 0 : Tokens.count(Json.write(result.structured())));
  }

  /** Builds a page of {@code limit} items, halving it while the result is over budget; the note says it was cut. */
  public static ToolResult fitPage(int limit, BiFunction<Integer, String, ToolResult> build) {
    ToolResult result = build.apply(limit, null);
    int size = limit;
    while (tokens(result) > MAX_RESULT_TOKENS && size > 1) {
      size = size / 2;
      result = build.apply(size, "Cut to " + size + " items to stay under " + MAX_RESULT_TOKENS + " tokens; use "
          + "next_cursor for more, or narrow the query with filters.");
    }
    if (tokens(result) > MAX_RESULT_TOKENS) {
      throw new com.salesworkspace.workspace.WorkspaceException("Even one item is too large to return; narrow the "
          + "query or read the item with a smaller window.");
    }
    return result;
  }
}
