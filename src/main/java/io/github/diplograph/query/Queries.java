package io.github.diplograph.query;

import io.github.diplograph.graph.CypherFiles;
import io.github.diplograph.graph.GraphConnection;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query library. Every query is a file in {@code cypher/queries/} — the same text a Neo4j Browser
 * user runs after {@code :params} — executed here with parameters and mapped to typed records.
 */
public final class Queries {

    /** The query library, by name, with the record type of its rows; parameters come from each file's header. */
    private static final Map<String, Class<?>> RECORD_TYPES = orderedMap(
            "meetings", Records.Meeting.class,
            "officials", Records.Official.class,
            "agreements", Records.Agreement.class,
            "supporters", Records.Supporter.class,
            "timeline", Records.TimelineEntry.class,
            "mentions", Records.DocumentMention.class,
            "ties", Records.Tie.class,
            "runs", Records.Run.class);

    /** The parameter of the queries that take any entity; a person or a country given instead stands for it. */
    static final String ENTITY = "entity";

    private static final Map<String, QueryFile> FILES = new ConcurrentHashMap<>();

    private final GraphConnection connection;

    public Queries(GraphConnection connection) {
        this.connection = connection;
    }

    /**
     * Runs the query of a filter and returns its typed rows: {@code find(MeetingFilter.ofYear(2019))},
     * {@code find(OfficialFilter.ofCountry("RUS").year(2019))}, {@code find(SupporterFilter.of("Maduro"))},
     * {@code find(MentionFilter.of("Cuba").page(0, 20))}. A field left null means "any".
     */
    public <T> List<T> find(QueryFilter<T> filter) {
        return typed(run(filter.query(), filter.parameters()), filter.rowType());
    }

    /** Meetings: {@code meetings(MeetingFilter.ofYear(2019))}, {@code meetings(MeetingFilter.any().person("Lavrov").page(0, 100))}. */
    public List<Records.Meeting> meetings(MeetingFilter filter) {
        return find(filter);
    }

    /** Agreements: {@code agreements(AgreementFilter.between("Russia", "VEN"))}. */
    public List<Records.Agreement> agreements(AgreementFilter filter) {
        return find(filter);
    }

    /** Ties between two countries: {@code ties(TieFilter.between("Russia", "Venezuela"))}. */
    public List<Records.Tie> ties(TieFilter filter) {
        return find(filter);
    }

    // The positional forms of the first release: null = any, every row. Kept so existing callers compile;
    // the one-argument ones have no filter overload (officials(null) would no longer compile): use find.

    /**
     * Meetings, optionally of one year, involving a country (ISO3 or name) or a person (name or alias).
     * @deprecated use {@link #meetings(MeetingFilter)}: {@code MeetingFilter.any().year(year).country(country).person(person)}
     */
    @Deprecated
    public List<Records.Meeting> meetings(Integer year, String country, String person) {
        return find(MeetingFilter.any().year(year).country(country).person(person));
    }

    /** @deprecated use {@link #find(QueryFilter)}: {@code OfficialFilter.ofCountry(country)} */
    @Deprecated
    public List<Records.Official> officials(String country) {
        return find(OfficialFilter.ofCountry(country));
    }

    /**
     * Officials of a country (ISO3 or name; null = any) as stated by articles published in {@code year} (null = any).
     * @deprecated use {@link #find(QueryFilter)}: {@code OfficialFilter.ofCountry(country).year(year)}
     */
    @Deprecated
    public List<Records.Official> officials(String country, Integer year) {
        return find(OfficialFilter.ofCountry(country).year(year));
    }

    /** @deprecated use {@link #agreements(AgreementFilter)}: {@code AgreementFilter.between(country, other)} */
    @Deprecated
    public List<Records.Agreement> agreements(String country, String other) {
        return find(AgreementFilter.between(country, other));
    }

    /** @deprecated use {@link #find(QueryFilter)}: {@code SupporterFilter.of(entity)} */
    @Deprecated
    public List<Records.Supporter> supporters(String entity) {
        return find(SupporterFilter.of(entity));
    }

    /** @deprecated use {@link #find(QueryFilter)}: {@code TimelineFilter.of(person)} */
    @Deprecated
    public List<Records.TimelineEntry> timeline(String person) {
        return find(TimelineFilter.of(person));
    }

    /** @deprecated use {@link #find(QueryFilter)}: {@code MentionFilter.of(entity)} */
    @Deprecated
    public List<Records.DocumentMention> documentsMentioning(String entity) {
        return find(MentionFilter.of(entity));
    }

    /** @deprecated use {@link #ties(TieFilter)}: {@code TieFilter.between(country, other)} */
    @Deprecated
    public List<Records.Tie> ties(String country, String other) {
        return find(TieFilter.between(country, other));
    }

    /**
     * The last load runs, newest first; {@code source} (a path or its end) null = every source.
     * @deprecated use {@link #find(QueryFilter)}: {@code RunFilter.of(source)}
     */
    @Deprecated
    public List<Records.Run> runs(String source) {
        return find(RunFilter.of(source));
    }

    /**
     * Runs a named query. Parameters are checked against the query's {@code :params} header: an unknown
     * name or a value of the wrong type is an {@link IllegalArgumentException} saying what is wrong;
     * parameters not given are passed as null ("any"). For queries about any entity ({@code supporters},
     * {@code mentions}) a {@code person} or {@code country} given instead of {@code entity} stands for it.
     */
    public QueryResults run(String name, Map<String, ?> given) {
        QueryFile query = file(name);
        Map<String, Object> params = bind(query, given);
        String cypher = query.cypher(params);
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

    /** The rows of a result as the typed records of its query ({@link Records}), the stable JSON contract. */
    public static List<?> typed(QueryResults results) {
        return typed(results, RECORD_TYPES.get(results.name()));
    }

    /** The names of the queries, in the order the README lists them. */
    public static Set<String> names() {
        return RECORD_TYPES.keySet();
    }

    /** A query's file: description, parameters with examples, statement. */
    public static QueryFile file(String name) {
        if (!RECORD_TYPES.containsKey(name)) {
            throw new IllegalArgumentException("no query named '" + name + "'; known: " + String.join(", ", names()));
        }
        return FILES.computeIfAbsent(name, n -> QueryFile.parse(n, CypherFiles.text("queries/" + n)));
    }

    /** The parameters the query will run with: every declared one, checked, absent ones null. */
    public static Map<String, Object> bind(QueryFile query, Map<String, ?> given) {
        Map<String, Object> params = new HashMap<>();
        query.parameters().forEach(p -> params.put(p, null));
        for (Map.Entry<String, ?> e : given.entrySet()) {
            String key = e.getKey();
            boolean standsForEntity = params.containsKey(ENTITY) && (key.equals("person") || key.equals("country"));
            if (!params.containsKey(key) && !standsForEntity) {
                throw new IllegalArgumentException("query '" + query.name() + "' takes no parameter '" + key + "'; it takes "
                        + (query.parameters().isEmpty() ? "none" : String.join(", ", query.parameters())));
            }
            if (params.containsKey(key)) {
                params.put(key, checked(query, key, e.getValue()));
            }
        }
        if (params.containsKey(ENTITY) && params.get(ENTITY) == null) {
            Object instead = given.get("person") != null ? given.get("person") : given.get("country");
            params.put(ENTITY, checked(query, ENTITY, instead));
        }
        return params;
    }

    private static Object checked(QueryFile query, String key, Object value) {
        if (value == null) {
            return null;
        }
        Class<?> type = query.type(key);
        boolean ok = type == Long.class ? value instanceof Integer || value instanceof Long || value instanceof Short
                : type.isInstance(value);
        if (!ok) {
            throw new IllegalArgumentException("query '" + query.name() + "': parameter '" + key + "' must be "
                    + (type == Long.class ? "a whole number" : type == Boolean.class ? "true or false" : "text")
                    + ", not the " + value.getClass().getSimpleName() + " " + value);
        }
        // Neo4j refuses a negative SKIP or LIMIT with a message about Cypher; ours names the parameter.
        if (QueryFile.PAGING.contains(key) && ((Number) value).longValue() < 0) {
            throw new IllegalArgumentException("query '" + query.name() + "': parameter '" + key + "' must be 0 or more, not " + value);
        }
        return value;
    }

    private static <T> List<T> typed(QueryResults results, Class<T> type) {
        return results.rows().stream().map(r -> RowMapper.toRecord(r, type)).toList();
    }

    private static Map<String, Class<?>> orderedMap(Object... pairs) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Class<?>) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

}
