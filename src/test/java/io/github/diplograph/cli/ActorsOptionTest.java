package io.github.diplograph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code --actors FILE} on the real command line: a bad list stops the command with one line naming the
 * file and line, before any model or database starts (so these runs are quick and need no Neo4j).
 */
class ActorsOptionTest {

    @TempDir
    Path dir;

    @Test
    void aBadActorListIsOneLineWithFileAndLineAndExitThree() throws IOException {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Minister Ana Torvik met Chancellor Bo Hale in Oslo on Monday.\n");
        Path list = dir.resolve("actors.tsv");
        Files.writeString(list, "name\taliases\tcountry\torganization\ttitle\tstart\tend\nAna Torvik\t\tFreedonia\n");
        Path store = dir.resolve("store");
        for (String[] args : new String[][] {
                {"extract", article.toString(), "--actors", list.toString()},
                {"eval", dir.toString(), dir.toString(), "--actors", list.toString()},
                {"load", article.toString(), "--store", store.toString(), "--actors", list.toString()},
                {"reload", article.toString(), "--store", store.toString(), "--actors", list.toString()}}) {
            String[] result = run(args);
            assertEquals("3", result[0], String.join(" ", args) + ": " + result[1]);
            assertEquals(list + ":2: unknown country \"Freedonia\" (an ISO3 code or a country's name)",
                    result[1].strip().replaceFirst("^diplograph: ", ""), String.join(" ", args));
            assertEquals(1, result[1].strip().lines().count(), result[1]);
        }
        // Refused before the embedded Neo4j started: no store was made.
        assertFalse(Files.exists(store));
    }

    @Test
    void everyCommandThatExtractsTakesTheOption() {
        for (String command : new String[] {"load", "reload", "watch", "serve", "extract", "eval"}) {
            String[] result = run(command, "--help");
            assertEquals("0", result[0]);
            assertEquals(true, result[2].contains("--actors=FILE"), command + ": " + result[2]);
        }
    }

    /** Exit code, stderr and stdout of one in-process run. */
    private static synchronized String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = DiplographCli.run(args);
            return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
