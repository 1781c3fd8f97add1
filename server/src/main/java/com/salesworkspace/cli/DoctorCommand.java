package com.salesworkspace.cli;

import com.salesworkspace.doctor.Doctor;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "doctor", description = "Check the workspace layout and every file; exits 1 when there are errors.")
final class DoctorCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Workspace ws = workspace.open();
    Doctor.DoctorReport report = new Doctor(ws).run(Progress.toStderr());
    if (json) {
      Output.json(report);
    } else {
      for (FileProblem p : report.problems()) {
        Output.out().println(p);
      }
      Output.out().printf("%s: %d customers, %d interactions checked; %d errors, %d warnings%n",
          ws.root(), report.customers(), report.interactions(), report.errors(), report.warnings());
    }
    return report.errors() > 0 ? 1 : 0;
  }
}
