package com.salesworkspace.bench;

import java.util.List;
import java.util.Map;

/** Everything one benchmark run measured: what is printed, and what goes to bench/results/<time>.json. */
public record BenchmarkRun(
    String startedAt,
    Map<String, Object> machine,
    Map<String, Object> options,
    String workspaceDir,
    SyntheticWorkspace.Description workspace,
    boolean workspaceReused,
    long generateMillis,
    List<EngineResult> engines,
    String ripgrepVersion,
    String ripgrepSkipped,
    List<Ripgrep.Result> ripgrep,
    List<Verdict> verdicts) {}
