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
                "reload", source.toString(), "--store", store.toString(), "--batch-size", "1", "--threads", "1"));
        Process load = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.log").toFile()).start();
        boolean finished = waitForMidLoad(load);
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

    /**
     * Waits until the load is in the middle of its work, or over: by CPU time, not wall time. On a shared
     * 2-core machine under load the same start (Neo4j, migrations, models) took 25 s on a quiet day and
     * 55 s on a busy one, so a fixed wall-clock wait killed the process before its run had started. The
     * CPU time it uses is about the same either way: its run starts after about 35 CPU-seconds and the
     * whole load of these 19 documents takes about 90, so 55 is mid-load. True if it ended by itself.
     */
    private static boolean waitForMidLoad(Process load) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (load.waitFor(500, TimeUnit.MILLISECONDS)) {
                return true;
            }
            java.time.Duration cpu = load.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
            if (cpu.toSeconds() >= 55) {
                return false;
            }
        }
        return false;
    }

    record Answers(io.github.diplograph.graph.GraphStats stats, List<Records.Meeting> meetings,
                   List<Records.Official> officials) {
        static Answers of(Diplograph dg) {
            return new Answers(dg.stats(), dg.queries().meetings(null, null, null), dg.queries().officials(null));
        }
    }
}
