package io.github.diplograph;

import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.query.Queries;
import io.github.diplograph.query.QueryFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query files are anchored on what they filter by (issue 15): each runs with {@code PROFILE} on the
 * seeds, with typical parameters, and its plan is checked. No plan holds an {@code AllNodesScan}; with a
 * filter given, no scan of every Event or Person runs (a guarded branch for "no filter" may stay in the
 * plan but must read nothing), and the expected index serves the filter. Each plan's db hits go to
 * {@code target/query-plans.txt} (the figures of docs/QUERY-PLANS.md).
 */
class QueryPlansIT {

    @TempDir
    static Path store;

    static Diplograph dg;

    static final List<String> REPORT = new ArrayList<>();

    @BeforeAll
    static void open() throws Exception {
        dg = Diplograph.open(ConnectionSettings.embedded(store));
        LoadReport report = dg.load(Path.of("seeds"));
        assertEquals(0, report.failed(), report.problems().toString());
    }

    @AfterAll
    static void close() throws Exception {
        dg.close();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/query-plans.txt"), REPORT);
    }

    /** The query with the parameters, profiled: its rows, its total db hits and every operator run. */
    record Profile(int rows, long dbHits, List<ProfiledPlan> operators) {

        /** Operators of this type (e.g. "NodeByLabelScan") whose details mention {@code text}. */
        List<ProfiledPlan> find(String type, String text) {
            return operators.stream().filter(p -> p.operatorType().startsWith(type)
                    && String.valueOf(p.arguments().get("Details")).contains(text)).toList();
        }

        /** Did an operator of this type over {@code text} run: read something or produce a row? */
        boolean ran(String type, String text) {
            return find(type, text).stream().anyMatch(p -> p.dbHits() > 0 || p.records() > 0);
        }
    }

    private static Profile profile(String name, Map<String, Object> given) {
        QueryFile query = Queries.file(name);
        Map<String, Object> params = Queries.bind(query, given);
        try (Session session = dg.connection().session()) {
            // The text the query library runs: the branches whose guard can pass (GuardedBranches).
            Result result = session.run("PROFILE " + query.cypher(params), params);
            int rows = result.list().size();
            ProfiledPlan plan = result.consume().profile();
            List<ProfiledPlan> operators = new ArrayList<>();
            collect(plan, operators);
            long hits = operators.stream().mapToLong(ProfiledPlan::dbHits).sum();
            REPORT.add(String.format("%-11s %-40s rows=%-3d dbHits=%d", name, given, rows, hits));
            return new Profile(rows, hits, operators);
        }
    }

    private static void collect(ProfiledPlan plan, List<ProfiledPlan> into) {
        into.add(plan);
        plan.children().forEach(c -> collect(c, into));
    }

    /** A plan never scans every node, whatever the parameters (EXPLAIN: every branch, run or not). */
    @Test
    void noPlanScansEveryNode() {
        for (String name : Queries.names()) {
            try (Session session = dg.connection().session()) {
                Plan plan = session.run("EXPLAIN " + Queries.file(name).cypher(), Queries.bind(Queries.file(name), Map.of()))
                        .consume().plan();
                assertFalse(operatorTypes(plan).stream().anyMatch(t -> t.startsWith("AllNodesScan")), name + ": " + operatorTypes(plan));
            }
        }
    }

    /** A skip without a limit is every row after the first ones, in every query (the "no limit" bound once overflowed). */
    @Test
    void aSkipWithoutALimitIsTheRestOfTheAnswer() {
        for (String name : Queries.names()) {
            QueryFile query = Queries.file(name);
            if (!query.parameters().contains("skip")) {
                continue;
            }
            Map<String, Object> all = Queries.bind(query, Map.of());
            if (all.get("limit") != null) {
                continue; // a query with a default page ("runs": 20)
            }
            Map<String, Object> skipped = new java.util.HashMap<>(all);
            skipped.put("skip", 1L);
            try (Session session = dg.connection().session()) {
                List<Map<String, Object>> whole = session.run(query.cypher(all), all).list(r -> r.asMap());
                List<Map<String, Object>> rest = session.run(query.cypher(skipped), skipped).list(r -> r.asMap());
                assertEquals(whole.isEmpty() ? whole : whole.subList(1, whole.size()), rest, name);
            }
        }
    }

    /**
     * The query library runs a query's text without the branches whose guard fails: for every query and
     * every combination of its filters, the answer (rows and their order) is the one of the whole text.
     */
    @Test
    void theBranchesRunGiveTheAnswerOfTheWholeText() {
        Map<String, Object> samples = Map.of("year", 2023L, "country", "RUS", "person", "Lavrov", "other", "Venezuela",
                "entity", "Venezuela", "source", "seeds");
        int pruned = 0;
        for (String name : Queries.names()) {
            QueryFile query = Queries.file(name);
            List<String> filters = query.parameters().stream().filter(p -> !QueryFile.PAGING.contains(p)).toList();
            for (int mask = 0; mask < 1 << filters.size(); mask++) {
                Map<String, Object> given = new java.util.HashMap<>();
                for (int i = 0; i < filters.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        given.put(filters.get(i), samples.get(filters.get(i)));
                    }
                }
                Map<String, Object> params = Queries.bind(query, given);
                String text = query.cypher(params);
                pruned += text.equals(query.cypher()) ? 0 : 1;
                try (Session session = dg.connection().session()) {
                    List<Map<String, Object>> whole = session.run(query.cypher(), params).list(r -> r.asMap());
                    List<Map<String, Object>> run = session.run(text, params).list(r -> r.asMap());
                    assertEquals(whole, run, name + " " + given);
                }
            }
        }
        assertTrue(pruned >= 10, "branches left out in " + pruned + " runs");
    }

    @Test
    void meetingsOfAYearGoThroughTheYearIndex() {
        Profile p = profile("meetings", Map.of("year", 2019));
        assertEquals(1, p.rows());
        // Read in the order of the sortKey index from the year's first key, never sorted.
        assertTrue(p.ran("NodeIndexSeekByRange", "e:Event(sortKey)"), p.operators().toString());
        assertNoScanOfEventsOrPersons(p);
    }

    @Test
    void meetingsOfACountryStartFromTheCountry() {
        Profile p = profile("meetings", Map.of("country", "RUS"));
        assertTrue(p.rows() > 0);
        assertTrue(p.ran("NodeUniqueIndexSeek", "c:Country(iso3)"), p.operators().toString());
        assertNoScanOfEventsOrPersons(p);
        // A name instead of the ISO3 code: the countries are scanned (a few hundred at most), never the events.
        Profile byName = profile("meetings", Map.of("country", "Russia", "year", 2019));
        assertEquals(1, byName.rows());
        assertNoScanOfEventsOrPersons(byName);
        // The country's meetings are read in the answer's order from the countryKey index of the
        // participations, from the country's first key, and never sorted: a page stops after a page.
        assertTrue(p.ran("DirectedRelationshipIndexSeekByRange", "PARTICIPATED_IN(countryKey)"), p.operators().toString());
        Profile page = profile("meetings", Map.of("country", "RUS", "limit", 2));
        assertEquals(2, page.rows());
        List<ProfiledPlan> seek = page.find("DirectedRelationshipIndexSeekByRange", "PARTICIPATED_IN(countryKey)");
        assertEquals(1, seek.size(), page.operators().toString());
        long all = p.find("DirectedRelationshipIndexSeekByRange", "PARTICIPATED_IN(countryKey)").get(0).records();
        assertTrue(seek.get(0).records() < all, "a page of 2 stops early: " + seek.get(0).records() + " of " + all);
        assertTrue(page.find("Sort", "countryKey").isEmpty() && page.find("Top", "key").isEmpty(), page.operators().toString());
        assertNoScanOfEventsOrPersons(page);
        assertEquals(dg.queries().run("meetings", Map.of("country", "RUS")).rows().subList(0, 2),
                dg.queries().run("meetings", Map.of("country", "RUS", "limit", 2)).rows());
    }

    @Test
    void meetingsOfAPersonStartFromThePersonsTheNameFinds() {
        Profile p = profile("meetings", Map.of("person", "Lavrov"));
        assertEquals(5, p.rows());
        assertTrue(p.ran("NodeIndexContainsScan", "Person(searchKey)"), p.operators().toString());
        assertNoScanOfEventsOrPersons(p);
    }

    @Test
    void officialsOfACountryOrAYearAreAnchored() {
        Profile country = profile("officials", Map.of("country", "RUS"));
        assertTrue(country.rows() > 0);
        assertTrue(country.ran("NodeUniqueIndexSeek", "Country(iso3)"), country.operators().toString());
        assertNoScanOfEventsOrPersons(country);
        Profile year = profile("officials", Map.of("year", 2023));
        assertEquals(2, year.rows());
        assertTrue(year.ran("NodeIndexSeekByRange", "Document(published)"), year.operators().toString());
        assertNoScanOfEventsOrPersons(year);
    }

    @Test
    void entitiesAndPersonsAreFoundThroughTheirIndexes() {
        for (Map.Entry<String, Map<String, Object>> e : Map.<String, Map<String, Object>>of(
                "timeline", Map.of("person", "Lavrov"),
                "supporters", Map.of("entity", "Nicolas Maduro"),
                "mentions", Map.of("entity", "Venezuela"),
                "agreements", Map.of("country", "RUS", "other", "Venezuela")).entrySet()) {
            Profile p = profile(e.getKey(), e.getValue());
            assertTrue(p.rows() > 0, e.toString());
            assertNoScanOfEventsOrPersons(p);
            assertFalse(p.ran("NodeByLabelScan", "Agreement"), e + ": " + p.operators());
        }
    }

    @Test
    void tiesStartFromTheTwoCountries() {
        Profile p = profile("ties", Map.of("country", "Russia", "other", "Venezuela"));
        assertTrue(p.rows() > 0);
        assertNoScanOfEventsOrPersons(p);
        assertFalse(p.ran("DirectedRelationshipTypeScan", ""), p.operators().toString());
        assertFalse(p.ran("UndirectedUnionRelationshipTypesScan", ""), p.operators().toString());
        // The pair's ties are read from the pair's first tie key in the answer's order
        // (write/tie-keys.cypher): a page reads fewer keys than the whole answer, and is never sorted on them.
        assertTrue(p.ran("DirectedRelationshipIndexSeekByRange", "TIE_KEY(pairKey)"), p.operators().toString());
        Profile page = profile("ties", Map.of("country", "Russia", "other", "Venezuela", "limit", 2));
        assertEquals(2, page.rows());
        assertEquals(dg.queries().run("ties", Map.of("country", "Russia", "other", "Venezuela")).rows().subList(0, 2),
                dg.queries().run("ties", Map.of("country", "Russia", "other", "Venezuela", "limit", 2)).rows());
        // Without a page every key of the pair is read once (from the pair's first key to its last).
        long all = keysRead(p, "WHERE pairKey >");
        long read = keysRead(page, "WHERE pairKey STARTS WITH");
        assertTrue(read < all, "a page of 2 stops early: " + read + " of " + all);
        assertTrue(page.find("Sort", "pairKey").isEmpty() && page.find("Top", "key").isEmpty(), page.operators().toString());
        // Relations have no date and come last: not read when the dated ties fill the page.
        assertFalse(page.ran("Expand", "SUPPORTS"), page.operators().toString());
        assertNoScanOfEventsOrPersons(page);
    }

    @Test
    void tiesOfOneCountryAreReadFromItsKeys() {
        Profile p = profile("ties", Map.of("country", "RUS"));
        assertTrue(p.rows() > 0);
        assertNoScanOfEventsOrPersons(p);
        assertTrue(p.ran("DirectedRelationshipIndexSeekByRange", "TIE_KEY(sideKey)"), p.operators().toString());
        // No pair of countries is formed: the first form's per-pair walk reads nothing.
        assertFalse(p.ran("NodeHashJoin", ""), p.operators().toString());
        Profile page = profile("ties", Map.of("country", "RUS", "limit", 2));
        assertEquals(2, page.rows());
        assertEquals(dg.queries().run("ties", Map.of("country", "RUS")).rows().subList(0, 2), dg.queries().run("ties",
                Map.of("country", "RUS", "limit", 2)).rows());
        long all = keysRead(p, "WHERE sideKey >");
        long read = keysRead(page, "WHERE sideKey STARTS WITH");
        assertTrue(read < all, "a page of 2 stops early: " + read + " of " + all);
        assertNoScanOfEventsOrPersons(page);
    }

    /** Rows the index seek whose details contain {@code text} produced (0 when it did not run). */
    private static long keysRead(Profile p, String text) {
        return p.find("DirectedRelationshipIndexSeekByRange", text).stream().mapToLong(ProfiledPlan::records).sum();
    }

    @Test
    void aPageIsAppliedInTheQuery() {
        Profile all = profile("meetings", Map.of());
        Profile page = profile("meetings", Map.of("skip", 1, "limit", 2));
        assertEquals(2, page.rows());
        assertEquals(Math.min(2, all.rows() - 1), page.rows());
        assertTrue(page.find("Skip", "").size() + page.find("Limit", "").size() + page.find("Top", "").size() > 0,
                page.operators().toString());
    }

    private static void assertNoScanOfEventsOrPersons(Profile p) {
        for (String label : List.of("Event", "Person")) {
            for (String scan : List.of("NodeByLabelScan", "UnionNodeByLabelsScan", "AllNodesScan")) {
                assertFalse(p.ran(scan, ":" + label), scan + " of " + label + " ran: " + p.operators());
            }
        }
    }

    private static List<String> operatorTypes(Plan plan) {
        List<String> types = new ArrayList<>(List.of(plan.operatorType()));
        plan.children().forEach(c -> types.addAll(operatorTypes(c)));
        return types;
    }
}
