package io.github.diplograph.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diplograph.graph.CypherFiles;
import io.github.diplograph.graph.GraphConnection;
import io.github.diplograph.util.Rows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query library. Every query is a file in {@code cypher/queries/} — the same text a Neo4j Browser
 * user runs after {@code :params} — executed here with parameters and mapped to typed records.
 */
public final class Queries {

    /** The names of the queries and the parameters each one takes. */
    public static final Map<String, List<String>> PARAMETERS = Map.of(
            "meetings", List.of("year", "country", "person"),
            "officials", List.of("country"),
            "agreements", List.of("country", "other"),
            "supporters", List.of("entity"),
            "timeline", List.of("person"),
            "mentions", List.of("entity"),
            "ties", List.of("country", "other"));

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final GraphConnection connection;

    public Queries(GraphConnection connection) {
        this.connection = connection;
    }

    /** Meetings, optionally of one year, involving a country (ISO3 or name) or a person (name or alias). */
    public List<Records.Meeting> meetings(Integer year, String country, String person) {
        return typed(run("meetings", Rows.of("year", year, "country", country, "person", person)), Records.Meeting.class);
    }

    public List<Records.Official> officials(String country) {
        return typed(run("officials", Rows.of("country", country)), Records.Official.class);
    }

    public List<Records.Agreement> agreements(String country, String other) {
        return typed(run("agreements", Rows.of("country", country, "other", other)), Records.Agreement.class);
    }

    public List<Records.Supporter> supporters(String entity) {
        return typed(run("supporters", Rows.of("entity", entity)), Records.Supporter.class);
    }

    public List<Records.TimelineEntry> timeline(String person) {
        return typed(run("timeline", Rows.of("person", person)), Records.TimelineEntry.class);
    }

    public List<Records.DocumentMention> documentsMentioning(String entity) {
        return typed(run("mentions", Rows.of("entity", entity)), Records.DocumentMention.class);
    }

    public List<Records.Tie> ties(String country, String other) {
        return typed(run("ties", Rows.of("country", country, "other", other)), Records.Tie.class);
    }

    /** Runs a named query with the given parameters; missing ones are passed as null ("any"). */
    public QueryResults run(String name, Map<String, Object> given) {
        List<String> expected = PARAMETERS.get(name);
        if (expected == null) {
            throw new IllegalArgumentException("no query named '" + name + "'; known: " + String.join(", ", names()));
        }
        Map<String, Object> params = new HashMap<>();
        expected.forEach(p -> params.put(p, given.get(p)));
        String cypher = CypherFiles.statement("queries/" + name);
        try (Session session = connection.session()) {
            return session.executeRead(tx -> {
                Result result = tx.run(cypher, params);
                List<String> columns = result.keys();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.hasNext()) {
                    Record r = result.next();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String c : columns) {
                        row.put(c, r.get(c).asObject());
                    }
                    rows.add(row);
                }
                return new QueryResults(name, columns, rows);
            });
        }
    }

    public static Set<String> names() {
        return new java.util.TreeSet<>(PARAMETERS.keySet());
    }

    private static <T> List<T> typed(QueryResults results, Class<T> type) {
        return results.rows().stream().map(r -> MAPPER.convertValue(r, type)).toList();
    }

}
