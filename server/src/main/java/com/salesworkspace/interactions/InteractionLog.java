package com.salesworkspace.interactions;

import com.salesworkspace.model.InteractionHeader;
import com.salesworkspace.workspace.AtomicFiles;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.Workspace;
import com.salesworkspace.workspace.WorkspaceException;
import com.salesworkspace.workspace.YamlSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Records a new interaction as a file in the customer's interactions/ folder. The id is derived from the content,
 * so recording the same thing twice writes one file; the write is atomic.
 */
public final class InteractionLog {
  public static final int MAX_TEXT_CHARS = 200_000;
  public static final Set<String> LOGGABLE_TYPES = Set.of("note", "call", "meeting", "email", "task");

  private final Workspace workspace;

  public record Written(String id, String customer, String path, boolean created) {}

  public InteractionLog(Workspace workspace) {
    this.workspace = workspace;
  }

  public Written preview(NewInteraction in) {
    return write(in, true);
  }

  public Written write(NewInteraction in) {
    return write(in, false);
  }

  private Written write(NewInteraction in, boolean dryRun) {
    Path dir = workspace.customerDir(in.customer()).resolve(CustomerFiles.INTERACTIONS);
    if (!LOGGABLE_TYPES.contains(in.type())) {
      throw new WorkspaceException("type '" + in.type() + "' cannot be logged by hand; use one of "
          + String.join(", ", LOGGABLE_TYPES.stream().sorted().toList()) + ".");
    }
    if (in.text() == null || in.text().isBlank()) {
      throw new WorkspaceException("text is empty; give the note, call summary or meeting notes to record.");
    }
    if (in.text().length() > MAX_TEXT_CHARS) {
      throw new WorkspaceException("text has " + in.text().length() + " characters; the limit is " + MAX_TEXT_CHARS
          + ". Record a summary, or split it into several interactions.");
    }
    if (in.direction() != null && !InteractionHeader.DIRECTIONS.contains(in.direction())) {
      throw new WorkspaceException("direction '" + in.direction() + "' is not one of inbound, outbound, internal.");
    }
    String slug = dir.getParent().getFileName().toString();
    String id = in.date().toLocalDate() + "-manual-" + shortHash(slug + "\n" + in.date() + "\n" + in.type() + "\n"
        + in.subject() + "\n" + in.text());
    Path file = dir.resolve(id + ".md");
    String path = workspace.guard().relativize(file);
    if (Files.exists(file)) {
      return new Written(id, slug, path, false);
    }
    if (!dryRun) {
      AtomicFiles.write(file, render(id, in));
    }
    return new Written(id, slug, path, true);
  }

  static String render(String id, NewInteraction in) {
    Map<String, Object> fm = new LinkedHashMap<>();
    fm.put("id", id);
    fm.put("type", in.type());
    fm.put("date", in.date().toString());
    fm.put("source", "manual");
    if (in.subject() != null && !in.subject().isBlank()) {
      fm.put("subject", in.subject().strip());
    }
    if (!in.participants().isEmpty()) {
      fm.put("participants", in.participants());
    }
    if (in.direction() != null) {
      fm.put("direction", in.direction());
    }
    return "---\n" + YamlSupport.dump(fm) + "---\n" + in.text().strip() + "\n";
  }

  private static String shortHash(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
