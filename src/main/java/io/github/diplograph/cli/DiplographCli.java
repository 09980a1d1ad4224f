package io.github.diplograph.cli;

import io.github.diplograph.graph.GraphUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar diplograph.jar}. */
@Command(name = "diplograph", mixinStandardHelpOptions = true, versionProvider = DiplographCli.Version.class,
        description = "Turns news articles about international relations into a Neo4j knowledge graph and answers questions about it.")
public final class DiplographCli {

    /**
     * The subcommands, in the order the help lists them. They are registered in {@link #commandLine}, not in
     * the annotation: picocli builds the model of every registered command by reflection before parsing
     * (a fifth of a short {@code query --uri}), so a run of one command registers that command alone.
     */
    private static final java.util.Map<String, Class<?>> COMMANDS = commands(LoadCommand.class, ReloadCommand.class,
            WatchCommand.class, ServeCommand.class, ExtractCommand.class, QueryCommand.class, StatsCommand.class,
            EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class);

    /** The version Maven wrote into the jar's manifest (a build from an IDE has none). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = DiplographCli.class.getPackage().getImplementationVersion();
            return new String[] {"diplograph " + (v != null ? v : "(development build)")};
        }
    }

    /** Exit code of a usage error: an unknown option or query, a value of the wrong kind. */
    static final int EXIT_USAGE = 2;

    /** Exit code when the JVM ran out of memory. */
    static final int EXIT_OUT_OF_MEMORY = 4;

    /** Exit code when another load holds the graph's load lock (EX_TEMPFAIL: try again later). */
    static final int EXIT_LOCKED = 75;

    /** Exit code when the graph cannot be reached or the input cannot be read. */
    static final int EXIT_ERROR = 3;

    /** Neo4j Migrations reports every migration through java.util.logging; the CLI speaks for itself.
     *  Held in a field because java.util.logging forgets the level of loggers nobody references. */
    private static final java.util.logging.Logger MIGRATIONS_LOG = java.util.logging.Logger.getLogger("ac.simons.neo4j.migrations");

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            // Not exit 1 (that means "some documents skipped") and not a stack trace: one line and a hint.
            System.err.println("diplograph: out of memory (" + e.getMessage() + "); give the JVM more heap, e.g. java -Xmx4g -jar …,"
                    + " or lower --threads / --batch-size");
            code = EXIT_OUT_OF_MEMORY;
        }
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (used by tests to drive the real CLI in-process). */
    public static int run(String... args) {
        MIGRATIONS_LOG.setLevel(java.util.logging.Level.WARNING);
        CommandLine cli = commandLine(args).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof io.github.diplograph.graph.LoadLockedException) {
                commandLine.getErr().println("diplograph: " + firstLine(e.getMessage()));
                return EXIT_LOCKED;
            }
            String message = e instanceof GraphUnavailableException || e instanceof java.io.IOException
                    || e instanceof IllegalArgumentException
                    ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            commandLine.getErr().println("diplograph: " + firstLine(message));
            return EXIT_ERROR;
        });
        // A usage error is one line and a pointer to the help, not the whole help text.
        cli.setParameterExceptionHandler((e, commandArgs) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("diplograph: " + firstLine(e.getMessage()));
            command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli.execute(args);
    }

    /**
     * The command line with the subcommand {@code args} name, or with every subcommand when they name none
     * of ours (top-level help, a misspelt command, {@code help}, {@code generate-completion}: these list or
     * walk them all).
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new DiplographCli());
        Class<?> only = args.length == 0 ? null : COMMANDS.get(args[0]);
        boolean alone = only != null && only != CommandLine.HelpCommand.class
                && only != picocli.AutoComplete.GenerateCompletion.class;
        for (Class<?> command : alone ? java.util.List.<Class<?>>of(only) : COMMANDS.values()) {
            cli.addSubcommand(command);
        }
        return cli;
    }

    private static java.util.Map<String, Class<?>> commands(Class<?>... classes) {
        java.util.Map<String, Class<?>> byName = new java.util.LinkedHashMap<>();
        for (Class<?> c : classes) {
            byName.put(c.getAnnotation(Command.class).name(), c);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }
}
