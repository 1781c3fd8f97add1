package com.salesworkspace.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "sales-workspace", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Sales Workspace: an MCP server and CLI over a folder of customer knowledge.")
public final class RootCommand {
  /** Every subcommand, in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("serve", ServeCommand::new);
    SUBCOMMANDS.put("init", InitCommand::new);
    SUBCOMMANDS.put("index", IndexCommand::new);
    SUBCOMMANDS.put("import", ImportCommand::new);
    SUBCOMMANDS.put("search", SearchCommand::new);
    SUBCOMMANDS.put("show", ShowCommand::new);
    SUBCOMMANDS.put("context", ContextCommand::new);
    SUBCOMMANDS.put("doctor", DoctorCommand::new);
    SUBCOMMANDS.put("triggers", TriggersCommand::new);
    SUBCOMMANDS.put("agents", AgentsCommand::new);
    SUBCOMMANDS.put("agent", AgentCommand::new);
    SUBCOMMANDS.put("crm", CrmCommand::new);
  }

  /**
   * The command line for these arguments. When they name a subcommand, only that one is modelled: picocli builds
   * its model by reflection, and doing it for every command would sit on the server's start-up path. Help, no
   * arguments and mistakes get every subcommand, so usage and suggestions stay complete.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new RootCommand());
    Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (named != null) {
      cli.addSubcommand(args[0], named.get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    return cli;
  }
}
