package io.github.diplograph.graph;

import org.neo4j.driver.Session;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code :LoadRun} records: written when a run starts and when it ends, so a killed run stays visible. */
public final class LoadRuns {

    /** A run that never finished (its process was killed), found and marked INCOMPLETE by a later one. */
    public record Unfinished(String id, String startedAt) {
    }

    private final GraphConnection connection;

    public LoadRuns(GraphConnection connection) {
        this.connection = connection;
    }

    public void start(String id, String source, String command, String owner) {
        write("ops/run-start", Map.of("id", id, "source", source, "command", command, "owner", owner,
                "now", Instant.now().toString()));
    }

    /** Earlier runs of {@code source} still RUNNING: marks them INCOMPLETE and returns them. */
    public List<Unfinished> markUnfinished(String source, String currentId) {
        try (Session session = connection.session()) {
            return session.executeWrite(tx -> tx.run(CypherFiles.statement("ops/runs-unfinished"),
                            Map.of("source", source, "id", currentId))
                    .list(r -> new Unfinished(r.get("id").asString(), r.get("startedAt").asString())));
        }
    }

    public void finish(String id, String status, int added, int changed, int deleted, int unchanged, int failed,
                       String message) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("now", Instant.now().toString());
        p.put("status", status);
        p.put("added", added);
        p.put("changed", changed);
        p.put("deleted", deleted);
        p.put("unchanged", unchanged);
        p.put("failed", failed);
        p.put("message", message);
        write("ops/run-finish", p);
    }

    private void write(String file, Map<String, Object> params) {
        try (Session session = connection.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.statement(file), params).consume());
        }
    }
}
