package io.github.diplograph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diplograph.bench.SyntheticGraph;
import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.CypherFiles;
import io.github.diplograph.graph.GraphConnection;
import io.github.diplograph.query.Queries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keys the ties answer reads its page from ({@code TIE_KEY.pairKey}/{@code sideKey}:
 * {@code write/tie-keys.cypher}, and {@code Person.roleCountries}: {@code write/role-countries.cypher}) are
 * made the same by the write path, by a reload that deletes, edits and adds documents, by the migration
 * that fills older stores ({@code migrations/V009__tie_keys.cypher}) and by the bench graph; and the answer
 * read from them is the first form's ({@code src/test/resources/ties-first-form.cypher}, which read both
 * sides whole): the same rows in the same order for every country alone, every pair of countries with
 * ties, and pages of each.
 */
class TieKeysIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aReloadKeepsWhatTheMigrationMakesAndTheAnswerIsTheFirstForms() throws Exception {
        Path source = dir.resolve("corpus");
        Files.createDirectories(source);
        ObjectNode manifest = JSON.createObjectNode();
        for (Path folder : List.of(Path.of("seeds"), Path.of("src/test/resources/eval/articles"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    Files.copy(f, source.resolve(f.getFileName()));
                }
            }
            Path m = folder.resolve("manifest.json");
            if (Files.exists(m)) {
                manifest.setAll((ObjectNode) JSON.readTree(m.toFile()));
            }
        }
        JSON.writeValue(source.resolve("manifest.json").toFile(), manifest);
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve("store")))) {
            dg.reload(source, m -> { });
            assertSameAfterTheMigration(dg.connection());
            assertTheFirstFormsAnswers(dg, Integer.MAX_VALUE);
            // Two deleted, one edited: roles, reports, participants and parties go, events change their date.
            Files.delete(source.resolve("004_275cceb7fa634c70.txt"));
            Files.delete(source.resolve("e06_erdogan_sisi_cairo.txt"));
            Files.writeString(source.resolve("003_b9abf42fcc1bfcba.txt"),
                    "Russian President Vladimir Putin met Venezuelan President Nicolas Maduro in the Kremlin on Wednesday.");
            LoadReport second = dg.reload(source, m -> { });
            assertEquals(2, second.deleted(), second.summary());
            assertSameAfterTheMigration(dg.connection());
            // The keys are checked whole above; the answers of the countries the edits touched (and a few more).
            assertTheFirstFormsAnswers(dg, 8);
        }
    }

    @Test
    void theBenchGraphAndTheMigrationAgree() throws Exception {
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve("bench")))) {
            new SyntheticGraph(42).write(dg.connection(), 500, message -> { });
            assertSameAfterTheMigration(dg.connection());
            assertTheFirstFormsAnswers(dg, 8);
        }
    }

    /** The stored keys and countries equal what the migration's statements compute from the graph. */
    private static void assertSameAfterTheMigration(GraphConnection connection) {
        Map<String, String> written = keys(connection);
        assertTrue(written.keySet().stream().anyMatch(k -> k.startsWith("edge ")), "some tie has a key: " + written);
        assertTrue(written.values().stream().anyMatch(v -> v.contains("AGREEMENT")), "some agreement has a key");
        assertTrue(written.keySet().stream().anyMatch(k -> k.startsWith("person ")), "some person has a country");
        try (Session session = connection.session()) {
            session.run("MATCH (p:Person) REMOVE p.roleCountries").consume();
            session.run("MATCH ()-[k:TIE_KEY]->() DELETE k").consume();
            // The migration's fills (CALL … IN TRANSACTIONS: auto-commit transactions), in its order.
            for (String statement : CypherFiles.statements("migrations/V009__tie_keys")) {
                if (statement.contains("IN TRANSACTIONS")) {
                    session.run(statement).consume();
                }
            }
        }
        assertEquals(written, keys(connection));
    }

    private static Map<String, String> keys(GraphConnection connection) {
        Map<String, String> all = new TreeMap<>();
        try (Session session = connection.session()) {
            session.run("MATCH (p:Person) WHERE p.roleCountries IS NOT NULL RETURN p.id AS id, p.roleCountries AS countries")
                    .forEachRemaining(r -> all.put("person " + r.get("id").asString(), r.get("countries").asList().toString()));
            session.run("MATCH (x)-[k:TIE_KEY]->(f) RETURN coalesce(x.id, x.iso3) + ' ' + f.id AS edge, "
                            + "k.pairKey + ' / ' + coalesce(k.sideKey, '-') AS key ORDER BY key")
                    .forEachRemaining(r -> all.merge("edge " + r.get("edge").asString(), r.get("key").asString(),
                            (a, b) -> a + ", " + b));
        }
        return all;
    }

    /**
     * The answer read from the keys is the first form's for every country alone (and, for those with ties,
     * by name and paged), every pair of countries with ties (paged where it has two or more), compared row
     * by row (rows alike in date, tie and names, which either form may give in any order, compared as a set).
     */
    private static void assertTheFirstFormsAnswers(Diplograph dg, int countriesCompared) throws Exception {
        String firstForm = Files.readString(Path.of("src/test/resources/ties-first-form.cypher"));
        String keyed = Queries.file("ties").cypher();
        List<Map<String, Object>> countries;
        try (Session session = dg.connection().session()) {
            countries = session.run("MATCH (c:Country) RETURN c.iso3 AS iso3, c.name AS name ORDER BY iso3").list(r -> r.asMap());
        }
        List<Map<String, Object>> sets = new ArrayList<>();
        // Only `other`, or nothing: the first form itself (its branch of the file); once each, for the guards.
        sets.add(params(null, (String) countries.get(0).get("iso3"), null, 2L));
        if (countriesCompared == Integer.MAX_VALUE) {
            sets.add(params(null, null, 1L, 2L));
        }
        List<Map<String, Object>> withTies = new ArrayList<>();
        int rows = 0;
        // Every country, or the first ones in the order of their codes (the bench graph's 60 are alike) and
        // those of the edited and deleted seeds.
        List<Map<String, Object>> compared = countries.stream().filter(c -> countries.indexOf(c) < countriesCompared
                || List.of("RUS", "VEN", "EGY", "TUR", "USA").contains(c.get("iso3"))).toList();
        for (Map<String, Object> c : compared) {
            String iso3 = (String) c.get("iso3");
            Map<String, Object> alone = params(iso3, null, null, null);
            List<String> expected = answer(dg, firstForm, alone);
            assertEquals(expected, answer(dg, keyed, alone), alone.toString());
            rows += expected.size();
            if (!expected.isEmpty()) {
                withTies.add(c);
                sets.add(params(String.valueOf(c.get("name")).toLowerCase(), null, null, null));
                sets.add(params(iso3, null, null, 2L));
                sets.add(params(iso3, null, 1L, 3L));
            }
        }
        // Every pair of those countries with ties, paged where it has two or more.
        int pairsWithTies = 0;
        for (Map<String, Object> c : withTies) {
            for (Map<String, Object> d : withTies) {
                Map<String, Object> pair = params((String) c.get("iso3"), (String) d.get("iso3"), null, null);
                List<String> expected = answer(dg, firstForm, pair);
                assertEquals(expected, answer(dg, keyed, pair), pair.toString());
                rows += expected.size();
                if (expected.size() > 1) {
                    pairsWithTies++;
                    sets.add(params((String) c.get("iso3"), (String) d.get("iso3"), null, 1L));
                    sets.add(params((String) c.get("name"), (String) d.get("iso3"), 2L, 2L));
                }
            }
        }
        assertTrue(pairsWithTies > 0, "some pair has two ties or more");
        for (Map<String, Object> p : sets) {
            List<String> expected = answer(dg, firstForm, p);
            rows += expected.size();
            assertEquals(expected, answer(dg, keyed, p), p.toString());
        }
        assertTrue(rows > 0, "some ties");
    }

    private static Map<String, Object> params(String country, String other, Long skip, Long limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("country", country);
        p.put("other", other);
        p.put("skip", skip);
        p.put("limit", limit);
        return p;
    }

    /** The rows as text, sources sorted, each run of rows alike in date, tie and names sorted. */
    private static List<String> answer(Diplograph dg, String cypher, Map<String, Object> params) {
        List<String[]> rows;
        try (Session session = dg.connection().session()) {
            rows = session.run(cypher, params).list(r -> {
                List<String> sources = r.get("sources").isNull() ? null : new ArrayList<>(r.get("sources").asList(v -> v.asString()));
                if (sources != null) {
                    Collections.sort(sources);
                }
                String key = r.get("date").asString(null) + " | " + r.get("tie").asString(null) + " | " + r.get("between").asString(null);
                return new String[] {key, key + " | " + sources};
            });
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); ) {
            int j = i;
            List<String> run = new ArrayList<>();
            while (j < rows.size() && rows.get(j)[0].equals(rows.get(i)[0])) {
                run.add(rows.get(j++)[1]);
            }
            Collections.sort(run);
            out.addAll(run);
            i = j;
        }
        assertFalse(out.stream().anyMatch(String::isEmpty));
        return out;
    }
}
