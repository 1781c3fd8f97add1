package com.salesworkspace.testing;

import com.salesworkspace.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Builds small workspaces for tests in a temp folder, or copies the repo's demo workspace. */
public final class TestWorkspace {
  private final Path root;

  private TestWorkspace(Path root) {
    this.root = root;
  }

  public static Path projectRoot() {
    return Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
  }

  /** A minimal valid workspace: company, team, workflow and the two customers of {@link #withAcme()}. */
  public static TestWorkspace minimal(Path dir) {
    TestWorkspace ws = new TestWorkspace(dir);
    for (String folder : com.salesworkspace.doctor.Doctor.REQUIRED_FOLDERS) {
      ws.mkdir(folder);
    }
    ws.write("workspace-setup/company.yaml", "name: Helio Systems\ndomains: [helio.io]\ncurrency: USD\n");
    ws.write("workspace-setup/team.yaml", """
        users:
          - {id: john.smith, name: John Smith, email: john.smith@helio.io, role: ae}
          - {id: priya.patel, name: Priya Patel, email: priya.patel@helio.io, role: csm}
        """);
    ws.copyFromProject("customers/workflows/lead-to-close.yaml");
    for (String t : new String[] {"compact", "standard", "extended"}) {
      ws.copyFromProject("customers/templates/" + t + ".md");
    }
    return ws;
  }

  /** Copies the committed demo workspace (customers, setup, toolkit...) without any index state. */
  public static Path copyDemo(Path dir) {
    Path src = projectRoot();
    for (String top : new String[] {"customers", "workspace-setup", "sales-toolkit", "personal", "reporting",
        "agent-definitions", ".claude"}) {
      copyTree(src.resolve(top), dir.resolve(top));
    }
    return dir;
  }

  public TestWorkspace withAcme() {
    customer("acme", """
        name: Acme Logistics
        domains: [acme.com]
        industry: Logistics
        tier: enterprise
        lifecycle_stage: negotiation
        owner: john.smith
        health: {score: 68, trend: stable, updated: 2026-11-10}
        custom_field: keep me
        """);
    write("customers/acme/contacts.yaml", """
        contacts:
          - name: Maria Chen
            email: maria.chen@acme.com
            role: champion
            sentiment: positive
          - name: Robert Kim
            email: robert.kim@acme.com
            role: economic_buyer
        """);
    write("customers/acme/deals.yaml", """
        deals:
          - id: D-ACME-1
            name: Acme platform
            amount: 180000
            currency: USD
            stage: negotiation
            close_date: 2026-12-15
        """);
    interaction("acme", "2026-10-22-gmail-aa11bb", "email", "2026-10-22T09:15:00-05:00", "gmail",
        "Capital committee outcome", "Robert Kim <robert.kim@acme.com>", "inbound",
        "Good news - budget approved for the Q1 rollout of the zephyrine project.");
    interaction("acme", "2026-11-02-slack-cc22dd", "slack", "2026-11-02T10:00:00-05:00", "slack", null,
        "Maria Chen <maria.chen@acme.com>", "inbound",
        "[2026-11-02 10:00] Maria Chen: Stackline sent a lower quote, can we talk pricing?");
    customer("globex", "name: Globex\ndomains: [globex.com]\nowner: john.smith\n");
    interaction("globex", "2026-09-01-gong-ee33ff", "call", "2026-09-01T16:00:00+02:00", "gong", "Discovery",
        null, "outbound", "## Transcript\n[00:00:05] John Smith: Thanks for joining the discovery call.");
    return this;
  }

  public void customer(String slug, String profileYaml) {
    write("customers/" + slug + "/profile.yaml", profileYaml);
  }

  public Path interaction(String slug, String id, String type, String date, String source, String subject,
      String from, String direction, String body) {
    StringBuilder fm = new StringBuilder("---\n");
    fm.append("id: ").append(id).append('\n');
    fm.append("type: ").append(type).append('\n');
    fm.append("date: ").append(date).append('\n');
    fm.append("source: ").append(source).append('\n');
    if (subject != null) {
      fm.append("subject: \"").append(subject).append("\"\n");
    }
    if (from != null) {
      fm.append("from: ").append(from).append('\n');
    }
    fm.append("direction: ").append(direction).append('\n');
    fm.append("---\n").append(body).append('\n');
    return write("customers/" + slug + "/interactions/" + id + ".md", fm.toString());
  }

  public Path write(String relative, String content) {
    Path file = root.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  public void mkdir(String relative) {
    try {
      Files.createDirectories(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void copyFromProject(String relative) {
    try {
      Path target = root.resolve(relative);
      Files.createDirectories(target.getParent());
      Files.copy(projectRoot().resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path root() {
    return root;
  }

  public Workspace open() {
    return Workspace.open(root);
  }

  public static void copyTree(Path from, Path to) {
    if (!Files.isDirectory(from)) {
      return;
    }
    try {
      Files.walkFileTree(from, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          Files.createDirectories(to.resolve(from.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
