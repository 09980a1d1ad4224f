package io.github.diplograph;

import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.query.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 in the middle of a load, then run again: the graph equals a fresh load (no document without its
 * facts, no duplicate events, no orphans), and the next run reports the one that never finished.
 */
class KillIT {

    @TempDir
    Path dir;

    @Test
    void aLoadKilledMidwayAndRunAgainEqualsAFreshLoad() throws Exception {
        Path source = dir.resolve("corpus");
        Files.createDirectories(source);
        for (Path folder : List.of(Path.of("seeds"), Path.of("src/test/resources/eval/articles"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    Files.copy(f, source.resolve(f.getFileName()));
                }
            }
        }
        Path store = dir.resolve("killed");
        // The real command line in its own JVM, one document per transaction, killed without warning.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "target/classes" + File.pathSeparator + "target/lib/*", "io.github.diplograph.cli.DiplographCli",
                "reload", source.toString(), "--store", store.toString(), "--batch-size", "1", "--threads", "1",
                // Progress lines although stderr is a file: the signal that documents are being written.
                "--progress", "lines"));
        Process load = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.log").toFile()).start();
        // Killed once it has written its first documents (not after a fixed time: on a loaded machine the
        // JVM, Neo4j and the models may take longer to start than a whole load takes on a quiet one).
        Path log = dir.resolve("killed.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        boolean finished = false;
        while (System.nanoTime() < deadline) {
            if (load.waitFor(200, TimeUnit.MILLISECONDS)) {
                finished = true;
                break;
            }
            if (Files.exists(log) && Files.readString(log).contains("documents processed")) {
                break;
            }
        }
        // Killed mid-load, not after it: 68 articles one per transaction take far longer than the first line.
        assertFalse(finished, "the load ended before it could be killed: " + Files.readString(log));
        if (!finished) {
            load.destroyForcibly();   // SIGKILL: no shutdown hook, no clean close
            load.waitFor();
        }

        List<String> notices = new ArrayList<>();
        Answers again;
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(store))) {
            dg.reload(source, notices::add);
            again = Answers.of(dg);
            if (!finished) {
                assertTrue(notices.stream().anyMatch(n -> n.contains("never finished")), notices.toString());
                assertEquals("INCOMPLETE", dg.queries().runs(null).get(1).status());
            }
        }
        Answers fresh;
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve("fresh")))) {
            dg.load(source, m -> { });
            fresh = Answers.of(dg);
        }
        assertEquals(fresh.stats(), again.stats());
        assertEquals(fresh.meetings(), again.meetings());
        assertEquals(fresh.officials(), again.officials());
    }

    record Answers(io.github.diplograph.graph.GraphStats stats, List<Records.Meeting> meetings,
                   List<Records.Official> officials) {
        static Answers of(Diplograph dg) {
            return new Answers(dg.stats(), dg.queries().meetings(null, null, null), dg.queries().officials(null));
        }
    }
}
