package io.github.diplograph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.GraphStats;
import io.github.diplograph.graph.LoadLock;
import io.github.diplograph.graph.LoadLockedException;
import io.github.diplograph.query.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reload invariant: after any sequence of loads, edits and deletions, the graph equals a fresh load
 * of the source as it is now — same stats, same meetings, same officials (event ids may differ).
 */
class ReloadIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** What the analyst sees, and the graph's counts: equal answers for equal sources. */
    record Answers(GraphStats stats, List<Records.Meeting> meetings, List<Records.Official> officials) {
        static Answers of(Diplograph dg) {
            return new Answers(dg.stats(), dg.queries().meetings(null, null, null), dg.queries().officials(null));
        }
    }

    @Test
    void aReloadedStoreEqualsAFreshLoadOfTheSourceAsItIsNow() throws Exception {
        Path source = dir.resolve("corpus");
        copyCorpus(source, Path.of("seeds"), Path.of("src/test/resources/eval/articles"),
                Path.of("src/test/resources/eval/heldout"), Path.of("src/test/resources/eval/real-dev"));
        long documents;
        try (Stream<Path> files = Files.list(source)) {
            documents = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertTrue(documents >= 50, "the invariant is checked on at least 50 documents, not " + documents);

        Answers reloaded;
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve("reloaded")))) {
            LoadReport first = dg.reload(source, m -> { });
            assertEquals(documents, first.added(), first.summary());
            // Two deleted, one edited, one added.
            Files.delete(source.resolve("004_275cceb7fa634c70.txt"));
            Files.delete(source.resolve("e06_erdogan_sisi_cairo.txt"));
            Files.writeString(source.resolve("003_b9abf42fcc1bfcba.txt"),
                    "Russian President Vladimir Putin met Venezuelan President Nicolas Maduro in the Kremlin on Wednesday.");
            copyOne(Path.of("src/test/resources/eval/real-test"), source);
            LoadReport second = dg.reload(source, m -> { });
            assertEquals("1 added, 1 changed, 2 deleted, " + (documents - 3) + " unchanged, 0 failed",
                    second.summary().replaceAll(" in [0-9.]+ s$", ""));
            reloaded = Answers.of(dg);
        }
        Answers fresh;
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve("fresh")))) {
            dg.load(source, m -> { });
            fresh = Answers.of(dg);
        }
        assertEquals(fresh.stats(), reloaded.stats());
        assertSameRows(fresh.meetings(), reloaded.meetings());
        assertSameRows(fresh.officials(), reloaded.officials());
    }

    @Test
    void aDeletedSeedTakesItsMeetingAndNothingElse() throws Exception {
        Path source = dir.resolve("seeds");
        copyCorpus(source, Path.of("seeds"));
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve("store")))) {
            dg.reload(source, m -> { });
            assertTrue(dg.queries().meetings(2023, null, null).stream().anyMatch(m -> "New York".equals(m.place())));
            List<String> before2019 = shapes(dg.queries().meetings(2019, null, null));
            List<String> before2024 = shapes(dg.queries().meetings(2024, null, null));
            Files.delete(source.resolve("004_275cceb7fa634c70.txt"));
            LoadReport report = dg.reload(source, m -> { });
            assertEquals(1, report.deleted(), report.summary());
            assertTrue(dg.queries().meetings(2023, null, null).stream().noneMatch(m -> "New York".equals(m.place())));
            // What the other seeds report stays (a display name may change: "Yván Gil" was 004's spelling).
            assertEquals(before2019, shapes(dg.queries().meetings(2019, null, null)));
            assertEquals(before2024, shapes(dg.queries().meetings(2024, null, null)));
            assertEquals(List.of(), dg.queries().documentsMentioning("Yván Gil"));
        }
    }

    @Test
    void anEmptiedOrVanishedSourceNeverWipesTheGraph() throws Exception {
        Path source = dir.resolve("seeds");
        copyCorpus(source, Path.of("seeds"));
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve("store")))) {
            dg.reload(source, m -> { });
            GraphStats loaded = dg.stats();
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            IOException empty = assertThrows(IOException.class, () -> dg.reload(source, m -> { }));
            assertTrue(empty.getMessage().contains("holds no documents; refusing to retract the 5 documents"), empty.getMessage());
            Files.delete(source);
            IOException vanished = assertThrows(IOException.class, () -> dg.reload(source, m -> { }));
            assertTrue(vanished.getMessage().contains("no such file or directory"), vanished.getMessage());
            assertEquals(loaded, dg.stats());
            // Both refusals are recorded as failed runs; nothing is left RUNNING.
            List<Records.Run> runs = dg.queries().runs(null);
            assertEquals(List.of("FAILED", "FAILED", "OK"), runs.stream().map(Records.Run::status).toList());
            // Loading a second folder never deletes the first one's documents.
            Files.createDirectories(source);
            Path other = dir.resolve("other");
            copyOne(Path.of("src/test/resources/eval/real-test"), other);
            LoadReport second = dg.reload(other, m -> { });
            assertEquals(0, second.deleted(), second.summary());
            assertEquals(loaded.nodes().get("Document") + 1, dg.stats().nodes().get("Document"));
        }
    }

    @Test
    void aSecondLoadWhileTheLockIsHeldWaitsOrGivesUp() throws Exception {
        Path source = dir.resolve("seeds");
        copyCorpus(source, Path.of("seeds"));
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve("store")))) {
            try (LoadLock held = LoadLock.acquire(dg.connection(), "another-host", Duration.ofMinutes(5), Duration.ZERO)) {
                LoadLockedException e = assertThrows(LoadLockedException.class,
                        () -> dg.run(source, LoadOptions.reload().withLockWait(Duration.ofMillis(300)), m -> { }));
                assertTrue(e.getMessage().startsWith("another load holds the graph's load lock: another-host"), e.getMessage());
            }
            // Released: the next run goes through, and the refused one wrote nothing.
            assertEquals(0, dg.stats().nodes().getOrDefault("Document", 0L));
            assertEquals(5, dg.reload(source, m -> { }).added());
            // A crashed holder's lease runs out.
            LoadLock.acquire(dg.connection(), "crashed-host", Duration.ofMillis(1), Duration.ZERO);
            Thread.sleep(20);
            assertEquals(5, dg.reload(source, m -> { }).unchanged());
        }
    }

    @Test
    void aRunKilledMidwayIsReportedByTheNextOne() throws Exception {
        Path source = dir.resolve("seeds");
        copyCorpus(source, Path.of("seeds"));
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve("store")))) {
            new io.github.diplograph.graph.LoadRuns(dg.connection())
                    .start("killed-run", source.toAbsolutePath().normalize().toString(), "reload", "gone@host");
            List<String> notices = new java.util.ArrayList<>();
            dg.reload(source, notices::add);
            assertTrue(notices.stream().anyMatch(n -> n.startsWith("the run killed-run of this source started at")
                    && n.contains("never finished")), notices.toString());
            assertEquals(List.of("OK", "INCOMPLETE"), dg.queries().runs(null).stream().map(Records.Run::status).toList());
            assertFalse(dg.stats().nodes().containsKey("LoadRun"), "operational nodes are not part of stats");
        }
    }

    @Test
    void aDocumentWhoseExtractionThrowsIsReportedAndTheRestLoad() throws Exception {
        Path source = dir.resolve("seeds");
        copyCorpus(source, Path.of("seeds"));
        try (io.github.diplograph.graph.GraphConnection graph = io.github.diplograph.graph.GraphConnection.open(
                ConnectionSettings.embedded(dir.resolve("store")))) {
            io.github.diplograph.graph.SchemaMigrator.migrate(graph);
            io.github.diplograph.extract.Extractor real = new io.github.diplograph.extract.Extractor();
            Loader loader = new Loader(new io.github.diplograph.graph.GraphWriter(graph), () -> doc -> {
                if (doc.id().startsWith("002")) {
                    throw new IllegalStateException("the rules choked on it");
                }
                return real.extract(doc);
            }, io.github.diplograph.config.Settings.defaults(), m -> { });
            LoadReport report = loader.load(source);
            assertEquals("4 added, 0 changed, 0 unchanged, 1 failed", report.summary().replaceAll(" in [0-9.]+ s$", ""));
            assertEquals(List.of("002_42eb3076f0a70173.txt: extraction failed: IllegalStateException: the rules choked on it"),
                    report.problems().stream().map(Object::toString).toList());
            // Nothing of it in the graph, nothing lost of the others; the next load retries it.
            assertEquals(4L, io.github.diplograph.graph.GraphStats.read(graph).nodes().get("Document"));
        }
    }

    @Test
    void aDocumentOverItsExtractionBudgetIsSkippedAndTheRestLoad() throws Exception {
        Path source = dir.resolve("seeds");
        copyCorpus(source, Path.of("seeds"));
        try (io.github.diplograph.graph.GraphConnection graph = io.github.diplograph.graph.GraphConnection.open(
                ConnectionSettings.embedded(dir.resolve("store")))) {
            io.github.diplograph.graph.SchemaMigrator.migrate(graph);
            io.github.diplograph.extract.Extractor real = new io.github.diplograph.extract.Extractor();
            Loader loader = new Loader(new io.github.diplograph.graph.GraphWriter(graph), () -> doc -> {
                if (doc.id().startsWith("001")) {
                    try {
                        Thread.sleep(20_000);   // a pathological file: far over the budget
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return real.extract(doc);
            }, io.github.diplograph.config.Settings.defaults().withExtractionBudget(Duration.ofSeconds(2)), m -> { });
            LoadReport report = loader.load(source);
            assertEquals("4 added, 0 changed, 0 unchanged, 1 failed", report.summary().replaceAll(" in [0-9.]+ s$", ""));
            assertEquals(List.of("001_145efd87eeb6d3d9.txt: extraction took longer than 2 s (the budget for one document); skipped"),
                    report.problems().stream().map(Object::toString).toList());
        }
    }

    /** Equal lists, or a message naming the first rows that differ (the lists are long). */
    private static void assertSameRows(List<?> expected, List<?> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "row " + i);
        }
        assertEquals(expected.size(), actual.size(), "number of rows");
    }

    /** A meeting without display names: date, place, how many took part, which documents report it. */
    private static List<String> shapes(List<Records.Meeting> meetings) {
        return meetings.stream().map(m -> m.date() + " " + m.place() + " " + m.participants().size() + " " + m.sources()).toList();
    }

    /** Copies the .txt files of the given folders into {@code target}, merging their manifests. */
    private static void copyCorpus(Path target, Path... folders) throws IOException {
        Files.createDirectories(target);
        ObjectNode manifest = JSON.createObjectNode();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    if (f.getFileName().toString().endsWith(".txt")) {
                        Files.copy(f, target.resolve(f.getFileName()));
                    }
                }
            }
            Path m = folder.resolve("manifest.json");
            if (Files.exists(m)) {
                manifest.setAll((ObjectNode) JSON.readTree(m.toFile()));
            }
        }
        JSON.writeValue(target.resolve("manifest.json").toFile(), manifest);
    }

    /** Adds the first article of {@code folder} (with its manifest entry) to {@code target}. */
    private static void copyOne(Path folder, Path target) throws IOException {
        Files.createDirectories(target);
        Path first;
        try (Stream<Path> files = Files.list(folder)) {
            first = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        Files.copy(first, target.resolve(first.getFileName()));
        Path m = target.resolve("manifest.json");
        ObjectNode manifest = Files.exists(m) ? (ObjectNode) JSON.readTree(m.toFile()) : JSON.createObjectNode();
        manifest.set(first.getFileName().toString(),
                JSON.readTree(folder.resolve("manifest.json").toFile()).get(first.getFileName().toString()));
        JSON.writeValue(m.toFile(), manifest);
    }
}
