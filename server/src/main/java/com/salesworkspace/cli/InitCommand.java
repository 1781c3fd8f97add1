package com.salesworkspace.cli;

import com.salesworkspace.workspace.WorkspaceInitializer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", description = "Create a new workspace with the full layout, templates and example files.")
final class InitCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The folder to create (it may exist, but must not be a workspace yet).")
  Path dir;

  @Option(names = "--company", paramLabel = "NAME", description = "Our company's name.")
  String company;

  @Option(names = "--domain", paramLabel = "DOMAIN",
      description = "Our own email domain (repeatable); mail from these is outbound or internal.")
  List<String> domains = List.of();

  @Override
  public Integer call() {
    WorkspaceInitializer.Result result = WorkspaceInitializer.create(dir, company, domains);
    Output.out().printf("Created workspace %s: %d folders, %d files.%n", result.root(), result.folders(), result.files());
    Output.out().println("Next: add customers under customers/<slug>/ (see docs/formats.md), then run 'doctor' and 'index'.");
    return 0;
  }
}
