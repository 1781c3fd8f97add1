package com.salesworkspace.triggers;

import com.salesworkspace.util.Json;
import com.salesworkspace.workspace.AtomicFiles;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The pulse: one Markdown file of alerts per day in reporting/pulse/ ({@code 2026-11-20-triggers.md}), for people,
 * with each alert's record in an HTML comment so that the alerts table can be restored from the files if the
 * index is ever deleted. The outbox (reporting/pulse/outbox/) holds the messages that were not sent.
 */
public final class PulseLog {
  public static final String DIR = "reporting/pulse";
  public static final String OUTBOX_DIR = DIR + "/outbox";
  private static final String SUFFIX = "-triggers.md";
  private static final String RECORD = "<!-- alert ";
  private static final int SHOWN = 5;

  private final Workspace workspace;
  private final Map<String, StringBuilder> pending = new java.util.LinkedHashMap<>();
  private final Map<String, String> headers = new java.util.HashMap<>();

  /** Appends are gathered and written by {@link #flush()}: one write per file per run, whatever the alert count. */
  public PulseLog(Workspace workspace) {
    this.workspace = workspace;
  }

  public static String pulseFile(LocalDate day) {
    return DIR + "/" + day + SUFFIX;
  }

  public static String outboxFile(LocalDate day) {
    return OUTBOX_DIR + "/" + day + ".md";
  }

  public void append(Alert alert) {
    String path = pulseFile(alert.firedOn());
    appendTo(path, "# Trigger alerts, " + alert.firedOn() + "\n", render(alert));
  }

  /** Adds a message that was not sent (or only proposed) to the day's outbox. */
  public void outbox(LocalDate day, String heading, String why, String message) {
    StringBuilder sb = new StringBuilder();
    sb.append("\n## ").append(heading).append("\n\n").append(why).append("\n\n");
    message.lines().forEach(line -> sb.append("> ").append(line).append('\n'));
    appendTo(outboxFile(day), "# Outbox, " + day + "\n\nMessages and CRM writes that trigger actions proposed but did "
        + "not send: send them by hand, or enable the target in workspace-setup/integrations/trigger-actions.yaml.\n",
        sb.toString());
  }

  private void appendTo(String path, String header, String section) {
    headers.putIfAbsent(path, header);
    pending.computeIfAbsent(path, p -> new StringBuilder()).append(section);
  }

  /** Writes what was appended since the last flush, each file atomically. */
  public void flush() {
    for (Map.Entry<String, StringBuilder> e : pending.entrySet()) {
      String path = e.getKey();
      Path file = workspace.guard().resolve(path);
      String current = Files.isRegularFile(file) ? CustomerFiles.readText(file, path) : headers.get(path);
      AtomicFiles.write(file, current + e.getValue());
    }
    pending.clear();
  }

  static String render(Alert a) {
    StringBuilder sb = new StringBuilder();
    sb.append("\n## ").append(a.rule()).append(" · ").append(a.customerName() == null ? a.customer() : a.customerName())
        .append(" (").append(a.customer()).append(")\n\n");
    sb.append("Rule `").append(a.rule()).append("` (").append(a.ruleFile()).append(") fired on ").append(a.firedOn())
        .append(", alert ").append(a.id()).append(".\n\n");
    sb.append(a.summary()).append("\n\n");
    List<Alert.InteractionEvidence> shown = a.evidence().interactions();
    for (Alert.InteractionEvidence e : shown.subList(0, Math.min(SHOWN, shown.size()))) {
      sb.append("- ").append(e.id()).append(" (").append(e.direction()).append(' ').append(e.type()).append(", ")
          .append(e.date(), 0, 10).append(e.from() == null ? "" : ", from " + e.from()).append("): ")
          .append(e.excerpt()).append('\n');
    }
    if (shown.size() > SHOWN) {
      sb.append("- and ").append(shown.size() - SHOWN).append(" more (all in the alert record)\n");
    }
    for (Alert.ConditionResult c : a.evidence().conditions()) {
      sb.append("- `").append(c.condition()).append("`: ").append(c.result()).append('\n');
    }
    if (a.evidence().values() != null && !a.evidence().values().isEmpty()) {
      sb.append("- values: ").append(values(a.evidence().values())).append('\n');
    }
    sb.append("\nActions:\n");
    for (Alert.ActionOutcome o : a.actions()) {
      sb.append("- ").append(o.action()).append(o.target() == null ? "" : " → " + o.target()).append(": ")
          .append(o.status()).append(o.detail() == null ? "" : " (" + o.detail() + ")").append('\n');
    }
    // "--" never occurs in the comment: JSON allows the escaped form inside strings, where alone it can appear.
    sb.append('\n').append(RECORD).append(Json.write(a).replace("--", "-\\u002d")).append(" -->\n");
    return sb.toString();
  }

  static String values(Map<String, Object> values) {
    List<String> parts = new ArrayList<>();
    values.forEach((k, v) -> parts.add(k + " = " + v));
    return String.join(", ", parts);
  }

  /** Every alert recorded in the pulse files, oldest file first. */
  public List<Alert> recorded() {
    Path dir = workspace.root().resolve(DIR);
    List<Alert> alerts = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return alerts;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
        try {
          workspace.guard().confine(f);
        } catch (com.salesworkspace.workspace.WorkspaceException e) {
          continue; // a link out of the workspace is not ours to read
        }
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith(RECORD) && line.endsWith("-->")) {
            try {
              alerts.add(Json.MAPPER.readValue(line.substring(RECORD.length(), line.length() - 3), Alert.class));
            } catch (IOException e) {
              // A hand-edited record: skip it, the Markdown above it still says what happened.
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + DIR + ": " + e.getMessage(), e);
    }
    return alerts;
  }
}
