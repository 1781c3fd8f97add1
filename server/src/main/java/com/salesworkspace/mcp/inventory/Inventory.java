package com.salesworkspace.mcp.inventory;

import com.salesworkspace.mcp.tools.BuildCustomerContextTool;
import com.salesworkspace.mcp.tools.CompetitorCheckTool;
import com.salesworkspace.mcp.tools.CrmQueryTool;
import com.salesworkspace.mcp.tools.EmailSearchTool;
import com.salesworkspace.mcp.tools.GetCustomerTool;
import com.salesworkspace.mcp.tools.GetInteractionTool;
import com.salesworkspace.mcp.tools.ListAlertsTool;
import com.salesworkspace.mcp.tools.LogInteractionTool;
import com.salesworkspace.mcp.tools.PipelineAnalysisTool;
import com.salesworkspace.mcp.tools.RunTriggersTool;
import com.salesworkspace.mcp.tools.SearchCustomersTool;
import com.salesworkspace.mcp.tools.SlackSearchTool;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every tool of the server, listed once, and the selection a server run exposes. */
public final class Inventory {
  private Inventory() {}

  public static List<WorkspaceTool> all() {
    return List.of(
        new SearchCustomersTool(),
        new GetCustomerTool(),
        new BuildCustomerContextTool(),
        new EmailSearchTool(),
        new SlackSearchTool(),
        new GetInteractionTool(),
        new RunTriggersTool(),
        new ListAlertsTool(),
        new CrmQueryTool(),
        new PipelineAnalysisTool(),
        new CompetitorCheckTool(),
        new LogInteractionTool());
  }

  /**
   * The tools to expose: those named in {@code tools} if any, else those of the chosen toolsets (all when none are
   * chosen); with {@code readOnly}, only tools whose readOnlyHint is true.
   */
  public static List<WorkspaceTool> select(List<String> toolsets, List<String> tools, boolean readOnly) {
    List<WorkspaceTool> all = all();
    Set<String> names = all.stream().map(WorkspaceTool::name).collect(Collectors.toCollection(LinkedHashSet::new));
    for (String t : tools) {
      if (!names.contains(t)) {
        throw new IllegalArgumentException("Unknown tool '" + t + "'; the tools are " + String.join(", ", names) + ".");
      }
    }
    Set<Toolset> chosen = toolsets.isEmpty() ? EnumSet.allOf(Toolset.class)
        : toolsets.stream().map(Toolset::parse).collect(Collectors.toCollection(() -> EnumSet.noneOf(Toolset.class)));
    return all.stream()
        .filter(t -> tools.isEmpty() ? chosen.contains(t.toolset()) : tools.contains(t.name()))
        .filter(t -> !readOnly || t.hints().readOnly())
        .toList();
  }

  /** The server instructions: how the tools fit together, plus a line for each toolset in use. */
  public static String instructions(String base, List<WorkspaceTool> selected) {
    StringBuilder sb = new StringBuilder(base);
    selected.stream().map(WorkspaceTool::toolset).distinct().sorted()
        .forEach(ts -> sb.append("\n- ").append(ts.id()).append(": ").append(ts.instructions()));
    return sb.toString();
  }
}
