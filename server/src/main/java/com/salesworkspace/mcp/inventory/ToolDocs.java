package com.salesworkspace.mcp.inventory;

/** The README's tables of toolsets and tools, generated from the inventory so they cannot drift from the code. */
public final class ToolDocs {
  public static final String START = "<!-- tools:start (generated from the inventory: UPDATE_TOOLSNAPS=true mvn test) -->";
  public static final String END = "<!-- tools:end -->";

  private ToolDocs() {}

  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("| toolset | what it is for |\n|---|---|\n");
    for (Toolset t : Toolset.values()) {
      long count = Inventory.all().stream().filter(tool -> tool.toolset() == t).count();
      sb.append("| `").append(t.id()).append("` | ").append(t.description())
          .append(count == 0 ? " (tools arrive with a later release)" : "").append(" |\n");
    }
    sb.append("\n| tool | toolset | read-only | what it does |\n|---|---|---|---|\n");
    for (WorkspaceTool tool : Inventory.all()) {
      sb.append("| `").append(tool.name()).append("` | ").append(tool.toolset().id()).append(" | ")
          .append(tool.hints().readOnly() ? "yes" : "no").append(" | ").append(tool.description()).append(" |\n");
    }
    return sb.toString();
  }

  /** Replaces the generated part of a README between the markers. */
  public static String replaceIn(String readme) {
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalStateException("README has no " + START + " ... " + END + " markers");
    }
    return readme.substring(0, start + START.length()) + "\n" + markdown() + readme.substring(end);
  }
}
