package io.github.diplograph.graph;

import org.neo4j.driver.Session;

import java.util.Map;
import java.util.TreeMap;

/** Node counts per label and relationship counts per type, sorted: deterministic for a given graph. */
public record GraphStats(Map<String, Long> nodes, Map<String, Long> relationships) {

    public static GraphStats read(GraphConnection connection) {
        try (Session session = connection.session()) {
            return session.executeRead(tx -> {
                Map<String, Long> nodes = new TreeMap<>();
                tx.run(CypherFiles.statement("admin/stats-nodes"))
                        .forEachRemaining(r -> nodes.put(r.get("label").asString(), r.get("count").asLong()));
                Map<String, Long> rels = new TreeMap<>();
                tx.run(CypherFiles.statement("admin/stats-relationships"))
                        .forEachRemaining(r -> rels.put(r.get("type").asString(), r.get("count").asLong()));
                return new GraphStats(nodes, rels);
            });
        }
    }
}
