package com.salesworkspace.mcp.tools;

import java.util.List;

public final class SlackSearchTool extends InteractionSearchTool {
  public SlackSearchTool() {
    super("Slack threads", List.of("slack"));
  }

  @Override
  public String name() {
    return "slack_search";
  }

  @Override
  public String title() {
    return "Search Slack";
  }

  @Override
  public String description() {
    return "Search Slack threads from shared customer channels and internal deal channels by words, customer, "
        + "person and date. Returns ranked hits with snippets and ids; read one in full with get_interaction.";
  }
}
