package com.salesworkspace.crm;

import com.salesworkspace.index.Index;
import com.salesworkspace.model.TeamMember;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import java.time.LocalDate;
import java.util.List;

/** The arguments of a pipeline analysis, resolved against the workspace's team, company and workflow. */
public record PipelineRequest(String owner, String team, String period, LocalDate from, LocalDate to, LocalDate asOf,
    int staleDays, int limit) {
  public static final List<String> PERIODS = List.of("this_quarter", "next_quarter");

  public PipelineReport run(Workspace workspace, Index index) {
    if (owner != null && team != null) {
      throw new WorkspaceException("Pass owner or team, not both.");
    }
    List<TeamMember> members = workspace.team();
    PipelineAnalysis.Scope scope = owner != null ? PipelineAnalysis.Scope.owner(member(members, owner, "owner"), members)
        : team != null ? PipelineAnalysis.Scope.team(member(members, team, "team"), members)
        : PipelineAnalysis.Scope.everyone(members);
    return new PipelineAnalysis(workspace.workflow(), scope, period(workspace), asOf, staleDays, limit)
        .run(PipelineData.load(index, asOf));
  }

  private Period period(Workspace workspace) {
    if (from != null || to != null) {
      if (from == null || to == null || period != null) {
        throw new WorkspaceException("Give both from and to (YYYY-MM-DD) for a custom period, without period.");
      }
      return Period.between(from, to);
    }
    String p = period == null ? "this_quarter" : period;
    if (!PERIODS.contains(p)) {
      throw new WorkspaceException("period is this_quarter or next_quarter (or give from and to); got '" + p + "'.");
    }
    return Period.quarter(asOf, workspace.company().fiscalYearStartMonth(), p.equals("next_quarter") ? 1 : 0);
  }

  private static TeamMember member(List<TeamMember> members, String id, String argument) {
    return members.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new WorkspaceException(
        argument + " '" + id + "' is not in workspace-setup/team.yaml" + CrmSchema.didYouMean(id,
            members.stream().map(TeamMember::id).toList()) + "; the team is "
            + String.join(", ", members.stream().map(TeamMember::id).toList()) + "."));
  }
}
