package io.github.diplograph.graph;

import io.github.diplograph.Diplograph;
import io.github.diplograph.bench.SyntheticMaps;
import io.github.diplograph.model.DocumentMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer groups a batch's rows by entity and fact and creates a document's own edges (MENTIONS,
 * REPORTED_IN) with CREATE: the graph must not depend on how documents are batched, and writing documents
 * again — even said to be new, or twice in one batch — must leave what writing them once does.
 */
class GraphWriterIT {

    private static final SyntheticMaps MAPS = new SyntheticMaps(42);
    private static final int DOCUMENTS = 60;

    @TempDir
    Path dir;

    @Test
    void theGraphIsTheSameWhateverTheBatchesAndWritingAgainChangesNothing() {
        List<String> inBatches = graph("batches", writer -> batches(20).forEach(b -> writer.write(b, "test", Set.of())));
        List<String> oneByOne = graph("one-by-one", writer -> batches(1).forEach(b -> writer.write(b, "test", Set.of())));
        List<String> again = graph("again", writer -> {
            batches(20).forEach(b -> writer.write(b, "test", Set.of()));
            // Written again, said to be new though the graph holds them: retracted first all the same.
            writer.write(range(10, 35), "test", Set.of());
            // One document twice in a batch (the last map of an id counts), with one not yet written again.
            writer.write(List.of(MAPS.map(5, 0), MAPS.map(40, 0), MAPS.map(5, 0)), "test", Set.of());
            // As stored documents, the way a reload writes changed ones.
            List<DocumentMap> stored = range(0, 15);
            writer.write(stored, "test", Set.copyOf(stored.stream().map(m -> m.document().id()).toList()));
        });
        assertTrue(inBatches.size() > 10 * DOCUMENTS, "a graph of some size: " + inBatches.size());
        assertEquals(List.of(), difference(inBatches, oneByOne), "in batches of 20 against one by one");
        assertEquals(List.of(), difference(inBatches, again), "written once against written again");
    }

    @Test
    void preparingTheWritePathLeavesNothingInTheGraph() {
        List<String> plain = graph("plain", writer -> batches(20).forEach(b -> writer.write(b, "test", Set.of())));
        List<String> prepared = graph("prepared", writer -> {
            writer.prepare(20);   // on an empty graph, as a load does
            batches(20).forEach(b -> writer.write(b, "test", Set.of()));
            writer.prepare(20);   // and on a graph whose persons the made-up ones must not join
        });
        assertEquals(List.of(), difference(plain, prepared), "written plainly against written after preparing");
    }

    @Test
    void preparingDeletesTheMadeUpDocumentsOfAnInterruptedPreparation() {
        List<String> plain = graph("plain", writer -> batches(20).forEach(b -> writer.write(b, "test", Set.of())));
        List<String> leftOver = graph("left-over", writer -> {
            batches(20).forEach(b -> writer.write(b, "test", Set.of()));
            // As if a load had stopped between committing its made-up documents and deleting them.
            writer.write(WarmUpDocument.maps(3, "left-"), "prepare", Set.of());
            writer.prepare(20);
        });
        assertEquals(List.of(), difference(plain, leftOver), "written plainly against prepared after an interrupted preparation");
    }

    /** The lines one dump has more often than the other ('-' the first, '+' the second), at most twenty. */
    private static List<String> difference(List<String> a, List<String> b) {
        Map<String, Integer> count = new TreeMap<>();
        a.forEach(l -> count.merge(l, 1, Integer::sum));
        b.forEach(l -> count.merge(l, -1, Integer::sum));
        List<String> lines = new ArrayList<>();
        count.forEach((l, n) -> {
            if (n != 0) {
                lines.add((n > 0 ? "- " : "+ ") + Math.abs(n) + "× " + l);
            }
        });
        return lines.subList(0, Math.min(20, lines.size()));
    }

    private List<String> graph(String name, Consumer<GraphWriter> writes) {
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve(name)))) {
            writes.accept(new GraphWriter(dg.connection()));
            return dump(dg.connection());
        }
    }

    private static List<List<DocumentMap>> batches(int size) {
        List<List<DocumentMap>> batches = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i += size) {
            batches.add(range(i, Math.min(DOCUMENTS, i + size)));
        }
        return batches;
    }

    private static List<DocumentMap> range(int from, int to) {
        List<DocumentMap> maps = new ArrayList<>();
        for (int i = from; i < to; i++) {
            maps.add(MAPS.map(i, 0));
        }
        return maps;
    }

    /**
     * Every node and relationship with its properties, sorted; but the time a document was loaded, and the
     * order of a fact's {@code sources} (the order its documents were written in).
     */
    private static List<String> dump(GraphConnection connection) {
        try (Session session = connection.session()) {
            List<String> lines = new ArrayList<>(session.run("""
                    MATCH (n) WHERE NOT n:LoadLock AND NOT n:LoadRun AND NOT n:__Neo4jMigration
                      AND NOT n:__Neo4jMigrationsLock
                    RETURN labels(n) AS labels, properties(n) AS props""")
                    .list(r -> r.get("labels").asList().toString() + " " + sorted(r.get("props").asMap())));
            lines.addAll(session.run("""
                    MATCH (a)-[r]->(b) WHERE NOT a:__Neo4jMigration AND NOT b:__Neo4jMigration
                    RETURN coalesce(a.id, a.iso3) AS a, type(r) AS type, coalesce(b.id, b.iso3) AS b, properties(r) AS props""")
                    .list(r -> r.get("a").asString() + " -" + r.get("type").asString() + "-> " + r.get("b").asString()
                            + " " + sorted(r.get("props").asMap())));
            lines.sort(null);
            return lines;
        }
    }

    private static String sorted(Map<String, Object> props) {
        Map<String, Object> sorted = new TreeMap<>(props);
        sorted.remove("loadedAt");
        sorted.computeIfPresent("sources", (k, v) -> ((List<?>) v).stream().map(String::valueOf).sorted().toList());
        return sorted.toString();
    }
}
