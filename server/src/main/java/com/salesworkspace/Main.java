package com.salesworkspace;

import com.salesworkspace.cli.RootCommand;
import com.salesworkspace.index.IndexException;
import com.salesworkspace.mcp.StdioConnection;
import com.salesworkspace.workspace.WorkspaceException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Entry point: the picocli command tree. Results go to stdout, errors and progress to stderr. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    StdioConnection.answerEarlyIfPlainServe(args, System::getenv);
    System.exit(run(args));
  }

  public static int run(String... args) {
    CommandLine cli = RootCommand.commandLine(args);
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      if (e instanceof WorkspaceException || e instanceof IllegalArgumentException || e instanceof IndexException
          || e instanceof UncheckedIOException) {
        commandLine.getErr().println("error: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cli.execute(args);
  }
}
