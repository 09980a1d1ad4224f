package io.github.diplograph.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line registers only the command a run names, and every command when help needs them all. */
class CommandModelTest {

    private static final List<String> ALL = List.of("load", "reload", "watch", "serve", "extract", "query", "stats",
            "eval", "bench", "help", "generate-completion");

    @Test
    void aRunOfOneCommandBuildsThatCommandAlone() {
        assertEquals(List.of("query"), List.copyOf(DiplographCli.commandLine("query", "meetings").getSubcommands().keySet()));
        assertEquals(List.of("load"), List.copyOf(DiplographCli.commandLine("load", "--help").getSubcommands().keySet()));
    }

    @Test
    void helpAndUnknownCommandsSeeEveryCommandInOrder() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help"}, {"qurey"}, {"generate-completion"}}) {
            assertEquals(ALL, List.copyOf(DiplographCli.commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        StringWriter out = new StringWriter();
        CommandLine cli = DiplographCli.commandLine("--help");
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--help"));
        for (String command : ALL) {
            assertTrue(out.toString().contains("  " + command + " "), command + " missing from:\n" + out);
        }
    }

    @Test
    void aMisspeltCommandIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = DiplographCli.commandLine("qurey");
        cli.setErr(new PrintWriter(err));
        assertEquals(DiplographCli.EXIT_USAGE, cli.execute("qurey"));
    }
}
