package com.salesworkspace.cli;

import picocli.CommandLine.Command;

@Command(name = "sales-workspace", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Sales Workspace: an MCP server and CLI over a folder of customer knowledge.",
    subcommands = {ServeCommand.class, InitCommand.class, IndexCommand.class, SearchCommand.class,
        ShowCommand.class, ContextCommand.class, DoctorCommand.class, TriggersCommand.class})
public final class RootCommand {}
