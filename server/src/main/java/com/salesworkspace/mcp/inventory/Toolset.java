package com.salesworkspace.mcp.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Groups of tools that can be switched on and off together; each adds a line to the server instructions. */
public enum Toolset {
  CUSTOMERS("Find customers and read their profile, stakeholders, deals and recent activity.",
      "Start with search_customers to find the slug, then get_customer."),
  CONTEXT("Build a compact, standard or extended context of one customer within a token budget.",
      "Use build_customer_context for a whole-account picture."),
  INTERACTIONS("Search and read emails, Slack threads, call transcripts and meeting notes.",
      "email_search and slack_search return ids; read one in full with get_interaction."),
  CRM("Query accounts, opportunities and pipeline.", "crm_query for numbers and lists (fields: resource "
      + "crm://schema), pipeline_analysis for forecast and deal risks, competitor_check before a competitive call."),
  TRIGGERS("Run trigger rules and list the alerts they raised.", "run_triggers previews by default."),
  REPORTS("Generate reports into reporting/.", "generate_report writes Markdown reports."),
  WRITE("Record notes, calls, meetings and tasks in the workspace.",
      "log_interaction writes a new interaction file; it is searchable at once.");

  private final String description;
  private final String instructions;

  Toolset(String description, String instructions) {
    this.description = description;
    this.instructions = instructions;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }

  public String instructions() {
    return instructions;
  }

  public static Toolset parse(String id) {
    try {
      return valueOf(id.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown toolset '" + id + "'; the toolsets are "
          + Arrays.stream(values()).map(Toolset::id).collect(Collectors.joining(", ")) + ".");
    }
  }
}
