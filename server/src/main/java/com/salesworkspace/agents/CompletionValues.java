package com.salesworkspace.agents;

import com.salesworkspace.context.Competitors;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.TeamMember;
import com.salesworkspace.workspace.CustomerFiles;
import com.salesworkspace.workspace.InvalidFileException;
import com.salesworkspace.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The values a completion source offers, narrowed to those that start with (or contain) what was typed. */
public final class CompletionValues {
  private CompletionValues() {}

  public static List<String> of(CompletionSource source, Workspace workspace, String typed) {
    String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    List<String> all = switch (source) {
      case CUSTOMERS -> workspace.customerSlugs();
      case OWNERS -> workspace.team().stream().map(TeamMember::id).filter(id -> id != null).sorted().toList();
      case COMPETITORS -> competitors(workspace);
      case NONE -> List.of();
    };
    List<String> starting = all.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
    List<String> containing = all.stream().filter(v -> !v.toLowerCase(Locale.ROOT).startsWith(prefix)
        && v.toLowerCase(Locale.ROOT).contains(prefix)).toList();
    return java.util.stream.Stream.concat(starting.stream(), containing.stream()).toList();
  }

  /** Battlecard competitors and the competitors named in customer profiles, by canonical name. */
  static List<String> competitors(Workspace workspace) {
    TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(Competitors.names(workspace, null, List.of()).values());
    for (String slug : workspace.customerSlugs()) {
      Path profile = workspace.customersDir().resolve(slug).resolve(CustomerFiles.PROFILE);
      if (!Files.isRegularFile(profile)) {
        continue;
      }
      String path = "customers/" + slug + "/" + CustomerFiles.PROFILE;
      try {
        CustomerProfile p = CustomerFiles.parseProfile(CustomerFiles.readText(profile, path), path);
        p.competitors().stream().filter(c -> c != null && !c.isBlank()).forEach(names::add);
      } catch (InvalidFileException | UncheckedIOException e) {
        // a broken profile is doctor's business; completion offers what it could read
      }
    }
    return List.copyOf(names);
  }
}
