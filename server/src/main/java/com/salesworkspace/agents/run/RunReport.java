package com.salesworkspace.agents.run;

import com.salesworkspace.agents.CompletionSource;
import com.salesworkspace.util.Json;
import com.salesworkspace.workspace.AtomicFiles;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The Markdown file a scripted run leaves in reporting/agent-runs/: a header saying how it was made, then the text. */
public final class RunReport {
  public static final String FOLDER = "reporting/agent-runs";

  private RunReport() {}

  /**
   * reporting/agent-runs/&lt;as-of&gt;-&lt;agent&gt;[-&lt;customer or owner&gt;].md in the workspace, so that runs for
   * different customers or owners on the same day do not overwrite each other.
   */
  public static Path defaultPath(Workspace workspace, RunPrompt prompt) {
    String subject = prompt.customer() != null ? prompt.customer() : prompt.agent().arguments().stream()
        .filter(a -> a.completion() == CompletionSource.OWNERS).map(a -> prompt.values().get(a.name()))
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    String name = prompt.asOf() + "-" + prompt.agent().name() + (subject == null ? "" : "-" + subject) + ".md";
    return workspace.guard().resolve(FOLDER + "/" + name);
  }

  public static String render(RunPrompt prompt, RunResult result, Instant generated) {
    StringBuilder sb = new StringBuilder("---\n");
    sb.append("agent: ").append(prompt.agent().name()).append('\n');
    sb.append("customer: ").append(prompt.customer() == null ? "null" : prompt.customer()).append('\n');
    prompt.values().forEach((k, v) -> {
      if (!v.equals(prompt.customer())) {
        sb.append("argument_").append(k).append(": ").append(Json.write(v)).append('\n');
      }
    });
    sb.append("as_of: ").append(prompt.asOf()).append('\n');
    sb.append("model: ").append(Json.write(result.model())).append('\n');
    sb.append("turns: ").append(result.turns()).append('\n');
    sb.append("tools_called: [").append(String.join(", ", result.toolsCalled())).append("]\n");
    sb.append("input_tokens: ").append(result.inputTokens()).append('\n');
    sb.append("output_tokens: ").append(result.outputTokens()).append('\n');
    sb.append("stop_reason: ").append(result.stopReason()).append('\n');
    sb.append("complete: ").append(result.complete()).append('\n');
    sb.append("generated: ").append(generated.truncatedTo(ChronoUnit.SECONDS)).append('\n');
    sb.append("---\n\n");
    sb.append("# ").append(prompt.agent().title());
    if (prompt.customer() != null) {
      sb.append(": ").append(prompt.customer());
    }
    sb.append(" (as of ").append(prompt.asOf()).append(")\n\n");
    if (!result.complete()) {
      sb.append("> The run stopped after ").append(result.turns()).append(" turns before Claude finished; what "
          + "follows is its last text. Run again with a higher --max-turns.\n\n");
    }
    sb.append(result.text().strip()).append('\n');
    return sb.toString();
  }

  public static void write(Path file, String content) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the folder of " + file, e);
    }
    AtomicFiles.write(file, content);
  }
}
