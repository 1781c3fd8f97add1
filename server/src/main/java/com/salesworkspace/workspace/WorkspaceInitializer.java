package com.salesworkspace.workspace;

import com.salesworkspace.doctor.Doctor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates a new workspace: every folder of the layout, the context templates, the workflow and the example
 * trigger and agent files. The starter files are the demo workspace's own, packaged into the jar at build time
 * (listed in init/files.txt), so a new workspace starts from exactly what the demo runs on.
 */
public final class WorkspaceInitializer {
  private static final String RESOURCE_ROOT = "/init/";

  public record Result(Path root, int folders, int files) {}

  private WorkspaceInitializer() {}

  public static Result create(Path dir, String companyName, List<String> domains) {
    Path root = dir.toAbsolutePath().normalize();
    if (Workspace.isWorkspace(root)) {
      throw new WorkspaceException(root + " is already a workspace (it has a customers/ folder); nothing was changed.");
    }
    try {
      Files.createDirectories(root);
      int folders = 0;
      for (String folder : Doctor.REQUIRED_FOLDERS) {
        Files.createDirectories(root.resolve(folder));
        folders++;
      }
      int files = 0;
      for (String file : starterFiles()) {
        Path target = root.resolve(file);
        if (!Files.exists(target)) {
          AtomicFiles.write(target, resource(file));
          files++;
        }
      }
      Map<String, Object> company = new LinkedHashMap<>();
      company.put("name", companyName == null ? "Our Company" : companyName);
      company.put("domains", domains.stream().map(String::toLowerCase).toList());
      company.put("currency", "USD");
      company.put("fiscal_year_start_month", 1);
      AtomicFiles.write(root.resolve(Workspace.COMPANY_FILE),
          "# Our own company: its email domains decide whether a message is inbound, outbound or internal.\n"
              + YamlSupport.dump(company));
      AtomicFiles.write(root.resolve(Workspace.TEAM_FILE),
          "# Our people: id (used as owner/csm in profiles), name, email, role (ae|csm|manager|admin), manager, "
              + "slack_id, quota.\nusers: []\n");
      AtomicFiles.write(root.resolve(".gitignore"), Workspace.STATE_DIR + "/\n");
      return new Result(root, folders, files + 3);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the workspace in " + root + ": " + e.getMessage(), e);
    }
  }

  static List<String> starterFiles() {
    try (InputStream in = WorkspaceInitializer.class.getResourceAsStream(RESOURCE_ROOT + "files.txt")) {
      if (in == null) {
        return List.of();
      }
      List<String> files = new ArrayList<>();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          if (!line.isBlank()) {
            files.add(line.strip());
          }
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String file) throws IOException {
    try (InputStream in = WorkspaceInitializer.class.getResourceAsStream(RESOURCE_ROOT + file)) {
      if (in == null) {
        throw new IOException("the starter file " + file + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }
}
