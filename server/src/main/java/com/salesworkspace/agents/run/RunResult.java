package com.salesworkspace.agents.run;

import java.util.List;

/**
 * What a scripted run produced: the final text and how it got there.
 *
 * @param complete false when the turn limit stopped the run before Claude finished
 */
public record RunResult(String model, int turns, List<String> toolsCalled, long inputTokens, long outputTokens,
    String stopReason, boolean complete, String text) {}
