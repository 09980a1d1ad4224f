package io.github.diplograph.bench;

import io.github.diplograph.bench.SyntheticWorld.Nation;
import io.github.diplograph.graph.CypherFiles;
import io.github.diplograph.graph.GraphConnection;
import io.github.diplograph.util.Rows;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Writes a graph of N events straight into the database (no documents read, no extraction), in the
 * loader's schema, for measuring queries at sizes no test corpus reaches: one document per event, two
 * officials per event, one official per twenty events, a tenth of the events with an agreement.
 */
public final class SyntheticGraph {

    // Events per transaction. Each chunk's new documents and events sit in the transaction's state, which
    // every index seek of the statement consults: 2,000 a chunk generated 50,000 events in 36 s where
    // 10,000 took 60 s (steady state ~2,500 events/s against ~1,000).
    private static final int CHUNK = 2_000;

    private final SyntheticWorld world;

    public SyntheticGraph(long seed) {
        this.world = new SyntheticWorld(seed, 60);
    }

    /** What the generated graph holds, for choosing query parameters that have answers. */
    public record Contents(int events, int persons, String busyCountry, String otherCountry, String busyPerson, int firstYear) {
    }

    /**
     * Writes the graph, or reuses it when the store already holds this graph of {@code events} events
     * ({@code bench --scratch DIR --keep} run again on the same folder): a million events take minutes
     * to generate, and queries before and after a change compare best on one graph.
     */
    public Contents write(GraphConnection connection, int events, Consumer<String> progress) {
        int persons = Math.max(50, events / 20);
        try (Session session = connection.session()) {
            long stored = session.executeRead(tx -> tx.run(
                    "MATCH (e:Event) WHERE e.id STARTS WITH 'bench-event-' RETURN count(e) AS n").single().get("n").asLong());
            if (stored == events) {
                progress.accept(String.format("graph: reusing the %,d events already in the store", events));
                return contents(session, events, persons);
            }
            if (stored > 0) {
                throw new IllegalStateException("the store holds a graph of " + stored + " events, not " + events
                        + "; give another --scratch folder");
            }
        }
        List<Map<String, Object>> countries = new ArrayList<>();
        for (Nation n : world.nations()) {
            countries.add(Rows.of("iso3", n.iso3(), "name", n.name()));
        }
        try (Session session = connection.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "UNWIND $rows AS row MERGE (c:Country {iso3: row.iso3}) SET c.name = row.name",
                    Map.of("rows", countries)).consume());
            Random random = new Random(7);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int p = 0; p < persons; p++) {
                Nation n = world.nations().get(p % world.nations().size());
                String name = SyntheticWorld.personName(random);
                rows.add(Rows.of("id", "bench-person-" + p, "name", name, "surname", name.substring(name.indexOf(' ') + 1),
                        "iso3", n.iso3(), "title", SyntheticWorld.TITLES.get((p / world.nations().size()) % SyntheticWorld.TITLES.size()),
                        "doc", "bench-doc-" + p));
                if (rows.size() == CHUNK || p == persons - 1) {
                    List<Map<String, Object>> batch = List.copyOf(rows);
                    session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.statement("bench/graph-persons"),
                            Map.of("rows", batch)).consume());
                    rows.clear();
                }
            }
            for (int from = 0; from < events; from += CHUNK) {
                int to = Math.min(events, from + CHUNK);
                Map<String, Object> params = Map.of("from", from, "to", to, "persons", persons);
                session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.statement("bench/graph-events"), params).consume());
                if (to % 20_000 == 0 || to == events) {
                    progress.accept(String.format("graph: %,d of %,d events written", to, events));
                }
            }
            List<Map<String, Object>> support = new ArrayList<>();
            for (int i = 0; i < world.nations().size(); i++) {
                support.add(Rows.of("from", world.nations().get(i).iso3(),
                        "to", world.nations().get((i * 7 + 3) % world.nations().size()).iso3()));
            }
            session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.statement("bench/graph-relations"),
                    Map.of("rows", support)).consume());
            return contents(session, events, persons);
        }
    }

    private Contents contents(Session session, int events, int persons) {
        // Person 0 is the busiest (the skew of graph-events.cypher); its country is the busiest country.
        String busyPerson = session.executeRead(tx -> tx.run(
                "MATCH (p:Person {id: 'bench-person-0'}) RETURN p.name AS name").single().get("name").asString());
        return new Contents(events, persons, world.nations().get(0).iso3(), world.nations().get(1).iso3(), busyPerson, 2000);
    }
}
