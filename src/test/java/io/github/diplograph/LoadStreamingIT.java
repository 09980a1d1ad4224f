package io.github.diplograph;

import io.github.diplograph.config.Settings;
import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.GraphConnection;
import io.github.diplograph.graph.GraphStats;
import io.github.diplograph.graph.GraphWriter;
import io.github.diplograph.graph.SchemaMigrator;
import io.github.diplograph.ingest.DocumentReader;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.SourceDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A load reads each text only when the document is extracted, after it hashed every file: what happens to
 * a file that changes, disappears or becomes unreadable in between, against a real in-process Neo4j.
 * The extractor makes bare document maps (no NLP), so these run in seconds; what they check is the loader.
 */
class LoadStreamingIT {

    @TempDir
    Path dir;

    private Path source;
    private GraphConnection graph;

    @BeforeEach
    void open() throws IOException {
        source = dir.resolve("seeds");
        Files.createDirectories(source);
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, source.resolve(f.getFileName()));
            }
        }
        graph = GraphConnection.open(ConnectionSettings.embedded(dir.resolve("store")));
        SchemaMigrator.migrate(graph);
    }

    @AfterEach
    void close() {
        graph.close();
    }

    @Test
    void aFileChangedAfterItsHashIsLoadedAsItIsNowAndARemovedOneIsReported() throws Exception {
        String now = "Russian President Vladimir Putin met Venezuelan President Nicolas Maduro in the Kremlin on Wednesday.";
        // The extractor is asked for once the whole source is hashed and before any text is read: the moment
        // a user's edit would fall between the two passes.
        LoadReport first = loader(() -> {
            write(source.resolve("003_b9abf42fcc1bfcba.txt"), now);
            delete(source.resolve("004_275cceb7fa634c70.txt"));
        }).load(source);
        assertEquals("4 added, 0 changed, 0 unchanged, 1 failed", summary(first));
        assertEquals(List.of(source.resolve("004_275cceb7fa634c70.txt") + ": was removed while the source was being loaded"),
                first.problems().stream().map(Object::toString).toList());
        // The graph records the version of the text its facts come from, so the next load skips it.
        assertEquals(DocumentReader.sha256(now),
                new GraphWriter(graph).storedVersions(List.of("003_b9abf42fcc1bfcba.txt")).get("003_b9abf42fcc1bfcba.txt"));
        assertEquals("0 added, 0 changed, 4 unchanged, 0 failed", summary(loader(() -> { }).load(source)));
    }

    @Test
    void anUnreadableFileInAReloadKeepsItsLastVersionUntilItIsDeleted() throws Exception {
        assertEquals("5 added, 0 changed, 0 deleted, 0 unchanged, 0 failed", summary(reload()));
        Path file = source.resolve("002_42eb3076f0a70173.txt");
        Files.write(file, "Caf\u00e9 in Bogot\u00e1".getBytes(StandardCharsets.ISO_8859_1));
        LoadReport unreadable = reload();
        assertEquals("0 added, 0 changed, 0 deleted, 4 unchanged, 1 failed", summary(unreadable));
        assertEquals(List.of(file + ": is not valid UTF-8 text"), unreadable.problems().stream().map(Object::toString).toList());
        assertEquals(5L, GraphStats.read(graph).nodes().get("Document"), "still in the source: not retracted");
        Files.delete(file);
        assertEquals("0 added, 0 changed, 1 deleted, 4 unchanged, 0 failed", summary(reload()));
        assertEquals(4L, GraphStats.read(graph).nodes().get("Document"));
    }

    @Test
    void aFeedIsReloadedFromItsLinesAsTheyAreNow() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id": "a", "text": "President Ana Lima met Prime Minister Rui Costa in Lisbon.", "published": "2024-01-02"}
                {"id": "b", "text": "President Ana Lima met Prime Minister Rui Costa in Porto."}
                {"id": "c", "text": "President Ana Lima met Prime Minister Rui Costa in Braga."}
                """);
        assertEquals("3 added, 0 changed, 0 deleted, 0 unchanged, 0 failed", summary(reload(feed)));
        assertEquals("0 added, 0 changed, 0 deleted, 3 unchanged, 0 failed", summary(reload(feed)));
        Files.writeString(feed, """
                {"id": "a", "text": "President Ana Lima met Prime Minister Rui Costa in Lisbon.", "published": "2024-01-02"}
                {"id": "c", "text": "President Ana Lima met Prime Minister Rui Costa in Faro."}
                {"id": "d", "text": "President Ana Lima met Prime Minister Rui Costa in Evora."}
                """);
        assertEquals("1 added, 1 changed, 1 deleted, 1 unchanged, 0 failed", summary(reload(feed)));
        assertEquals(DocumentReader.sha256("President Ana Lima met Prime Minister Rui Costa in Faro."),
                new GraphWriter(graph).storedVersions(List.of("c")).get("c"));
    }

    private LoadReport reload() throws IOException {
        return reload(source);
    }

    private LoadReport reload(Path from) throws IOException {
        return loader(() -> { }).load(from, true, false, () -> false, () -> { });
    }

    /** A loader whose extractor, when first asked for, runs {@code beforeExtracting} and then makes bare maps. */
    private Loader loader(Runnable beforeExtracting) {
        return new Loader(new GraphWriter(graph), () -> {
            beforeExtracting.run();
            return LoadStreamingIT::bare;
        }, Settings.defaults(), m -> { });
    }

    private static DocumentMap bare(SourceDocument doc) {
        return new DocumentMap(doc.info(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static String summary(LoadReport report) {
        return report.summary().replaceAll(" in [0-9.]+ s$", "");
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
