package io.github.diplograph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.diplograph.bench.SyntheticGraph;
import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.CypherFiles;
import io.github.diplograph.graph.GraphConnection;
import io.github.diplograph.query.MeetingFilter;
import io.github.diplograph.query.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the meetings answer reads instead of recomputing it per row: the role shown with a person
 * ({@code Person.shownCountry}, {@code shownTitle}: {@code write/person-summary.cypher}) and the key of
 * each participation in a listed meeting ({@code PARTICIPATED_IN.countryKey}:
 * {@code write/participant-keys.cypher}). They are made by the write path, by the migration that fills
 * them in older stores ({@code migrations/V008__person_summary.cypher}) and by the bench graph; all must
 * agree, also after a reload that deletes, edits and adds documents, and the meetings of a country must be
 * the meetings with a participant shown with it.
 */
class PersonSummaryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aReloadKeepsWhatTheMigrationMakes() throws Exception {
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
            assertCountriesAreTheirParticipants(dg);
            // Two deleted (Lavrov's New York meeting and the Cairo one), one edited: roles, reports and
            // participants go, events change their date and place.
            Files.delete(source.resolve("004_275cceb7fa634c70.txt"));
            Files.delete(source.resolve("e06_erdogan_sisi_cairo.txt"));
            Files.writeString(source.resolve("003_b9abf42fcc1bfcba.txt"),
                    "Russian President Vladimir Putin met Venezuelan President Nicolas Maduro in the Kremlin on Wednesday.");
            LoadReport second = dg.reload(source, m -> { });
            assertEquals(2, second.deleted(), second.summary());
            assertSameAfterTheMigration(dg.connection());
            assertCountriesAreTheirParticipants(dg);
        }
    }

    @Test
    void theBenchGraphAndTheMigrationAgree() throws Exception {
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(dir.resolve("bench")))) {
            new SyntheticGraph(42).write(dg.connection(), 500, message -> { });
            assertSameAfterTheMigration(dg.connection());
            assertCountriesAreTheirParticipants(dg);
        }
    }

    /** The stored summaries and keys equal what the migration's statements compute from the graph. */
    private static void assertSameAfterTheMigration(GraphConnection connection) {
        Map<String, Object> written = summaries(connection);
        assertTrue(written.values().stream().anyMatch(v -> v != null), "some person has a shown role: " + written);
        assertTrue(written.keySet().stream().anyMatch(k -> k.startsWith("edge ")) , "some participation has a key");
        try (Session session = connection.session()) {
            session.run("MATCH (p:Person) REMOVE p.shownCountry, p.shownTitle").consume();
            session.run("MATCH ()-[x:PARTICIPATED_IN]->() REMOVE x.countryKey").consume();
            // The migration's fills (CALL … IN TRANSACTIONS: auto-commit transactions), in its order.
            for (String statement : CypherFiles.statements("migrations/V008__person_summary")) {
                if (statement.contains("IN TRANSACTIONS")) {
                    session.run(statement).consume();
                }
            }
        }
        assertEquals(written, summaries(connection));
    }

    private static Map<String, Object> summaries(GraphConnection connection) {
        Map<String, Object> all = new TreeMap<>();
        try (Session session = connection.session()) {
            session.run("MATCH (p:Person) RETURN p.id AS id, p.shownCountry AS country, p.shownTitle AS title")
                    .forEachRemaining(r -> all.put("person " + r.get("id").asString(),
                            r.get("country").isNull() && r.get("title").isNull() ? null
                                    : r.get("country").asString(null) + " / " + r.get("title").asString(null)));
            session.run("MATCH (a)-[x:PARTICIPATED_IN]->(e) WHERE x.countryKey IS NOT NULL "
                            + "RETURN coalesce(a.id, a.iso3) + ' ' + x.role + ' ' + e.id AS edge, x.countryKey AS key")
                    .forEachRemaining(r -> all.merge("edge " + r.get("edge").asString(), r.get("key").asString(),
                            (a, b) -> a + "," + b));
        }
        return all;
    }

    /**
     * The meetings of a country (by ISO3 code, by name, a page of them) are the meetings with a
     * participant shown with that country: the country itself, or a person whose shown role is of it.
     */
    private static void assertCountriesAreTheirParticipants(Diplograph dg) {
        List<Records.Meeting> all = dg.queries().meetings(MeetingFilter.any());
        assertFalse(all.isEmpty());
        List<Map<String, Object>> countries;
        try (Session session = dg.connection().session()) {
            countries = session.run("MATCH (c:Country) RETURN c.iso3 AS iso3, c.name AS name ORDER BY iso3").list(r -> r.asMap());
        }
        int withMeetings = 0;
        for (Map<String, Object> c : countries) {
            String iso3 = (String) c.get("iso3");
            List<Records.Meeting> expected = all.stream()
                    .filter(m -> m.participants().stream().anyMatch(p -> iso3.equals(p.country()))).toList();
            List<Records.Meeting> byCode = dg.queries().meetings(MeetingFilter.any().country(iso3));
            assertEquals(expected, byCode, iso3);
            assertEquals(expected, dg.queries().meetings(MeetingFilter.any().country((String) c.get("name"))), iso3);
            if (expected.size() > 1) {
                withMeetings++;
                assertEquals(expected.subList(1, Math.min(3, expected.size())),
                        dg.queries().meetings(MeetingFilter.any().country(iso3).page(1, 2)), iso3);
                Integer year = expected.get(0).year();
                if (year != null) {
                    assertEquals(expected.stream().filter(m -> year.equals(m.year())).toList(),
                            dg.queries().meetings(MeetingFilter.any().country(iso3).year(year)), iso3 + " " + year);
                }
            }
        }
        assertTrue(withMeetings > 0, "some country has two meetings or more");
    }
}
