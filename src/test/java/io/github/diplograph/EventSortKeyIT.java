package io.github.diplograph;

import io.github.diplograph.bench.SyntheticGraph;
import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.CypherFiles;
import io.github.diplograph.graph.GraphConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Event.sortKey}, the order of the meetings answer in one indexed property, is made in three
 * places: the write path ({@code write/event-summary.cypher}), the migration that fills it in older
 * stores ({@code migrations/V007__event_sort_key.cypher}) and the bench graph
 * ({@code bench/graph-events.cypher}). They must agree, and the key must sort as the fields it stands for.
 */
class EventSortKeyIT {

    @Test
    void theWritePathAndTheMigrationMakeTheSameKey(@TempDir Path store) throws Exception {
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(store))) {
            assertEquals(0, dg.load(Path.of("seeds")).failed());
            assertSameKeyAfterTheMigration(dg.connection());
        }
    }

    /** Neo4j Browser's {@code :params {year: 2019}} sends 2019.0: the year's prefix of the key is the same. */
    @Test
    void aYearSentAsAFloatFindsTheSameMeetings(@TempDir Path store) throws Exception {
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(store))) {
            assertEquals(0, dg.load(Path.of("seeds")).failed());
            String meetings = CypherFiles.statement("queries/meetings");
            try (Session session = dg.connection().session()) {
                java.util.function.Function<Object, java.util.List<Object>> run = year -> {
                    Map<String, Object> params = new java.util.HashMap<>();
                    params.put("year", year);
                    params.put("country", null);
                    params.put("person", null);
                    params.put("skip", null);
                    params.put("limit", null);
                    return session.run(meetings, params).list(r -> r.get("sources").asObject());
                };
                java.util.List<Object> asInteger = run.apply(2019L);
                assertFalse(asInteger.isEmpty());
                assertEquals(asInteger, run.apply(2019.0));
            }
        }
    }

    @Test
    void theBenchGraphAndTheMigrationMakeTheSameKey(@TempDir Path store) throws Exception {
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(store))) {
            new SyntheticGraph(42).write(dg.connection(), 500, message -> { });
            assertSameKeyAfterTheMigration(dg.connection());
        }
    }

    private static void assertSameKeyAfterTheMigration(GraphConnection connection) {
        Map<String, String> written = keys(connection);
        assertFalse(written.isEmpty());
        // Meetings and visits have a key (the types the meetings answer lists), other events none.
        try (Session session = connection.session()) {
            assertTrue(session.run("MATCH (e:Event) RETURN count(e) > 0 AND all(x IN collect(e) WHERE "
                    + "(x.sortKey IS NOT NULL) = (x.type IN ['MEETING', 'VISIT'])) AS ok").single().get("ok").asBoolean());
        }
        try (Session session = connection.session()) {
            session.run("MATCH (e:Event) REMOVE e.sortKey").consume();
            // The migration's backfill (CALL … IN TRANSACTIONS: an auto-commit transaction).
            String backfill = CypherFiles.statements("migrations/V007__event_sort_key").stream()
                    .filter(s -> s.contains("IN TRANSACTIONS")).findFirst().orElseThrow();
            session.run(backfill).consume();
        }
        assertEquals(written, keys(connection));
        // The key sorts as the tuple of the answer's order.
        try (Session session = connection.session()) {
            assertTrue(session.run("""
                    MATCH (e:Event) WHERE e.sortKey IS NOT NULL
                    WITH e ORDER BY e.year, e.date, e.place, e.type, e.signature, e.id
                    WITH collect(e.id) AS byFields
                    CALL () {
                      MATCH (e:Event) WHERE e.sortKey IS NOT NULL
                      WITH e ORDER BY e.sortKey
                      RETURN collect(e.id) AS byKey
                    }
                    RETURN byFields = byKey AS same""").single().get("same").asBoolean());
        }
    }

    private static Map<String, String> keys(GraphConnection connection) {
        Map<String, String> keys = new TreeMap<>();
        try (Session session = connection.session()) {
            session.run("MATCH (e:Event) RETURN e.id AS id, e.sortKey AS key")
                    .forEachRemaining(r -> keys.put(r.get("id").asString(), r.get("key").asString(null)));
        }
        return keys;
    }
}
