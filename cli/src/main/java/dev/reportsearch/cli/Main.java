package dev.reportsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reportsearch} command. Each subcommand is its own small class. */
@Command(name = "reportsearch", mixinStandardHelpOptions = true, version = "report-search 0.1.0",
        description = "Search engine for Chinese work reports: index them, search them, serve the page.",
        footer = "Benchmarks: ./reportsearch bench --help (a separate program, kept off the product's classpath).",
        subcommands = {UpCommand.class, IndexCommand.class, ServeCommand.class, EsCommand.class, RemoveCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Expected failures carry a message for people; no stack trace on the terminal.
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
