package com.salesworkspace.mcp.tools;

import java.util.List;

public final class EmailSearchTool extends InteractionSearchTool {
  public EmailSearchTool() {
    super("emails", List.of("email"));
  }

  @Override
  public String name() {
    return "email_search";
  }

  @Override
  public String title() {
    return "Search emails";
  }

  @Override
  public String description() {
    return "Search customer emails (quoted history and signatures already stripped) by words, customer, person "
        + "and date. Returns ranked hits with snippets and ids; read one in full with get_interaction.";
  }
}
