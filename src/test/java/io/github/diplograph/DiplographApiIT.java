package io.github.diplograph;

import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.GraphStats;
import io.github.diplograph.LoadReport;
import io.github.diplograph.model.DatePrecision;
import io.github.diplograph.model.FuzzyDate;
import io.github.diplograph.query.AgreementFilter;
import io.github.diplograph.query.MeetingFilter;
import io.github.diplograph.query.MentionFilter;
import io.github.diplograph.query.OfficialFilter;
import io.github.diplograph.query.Page;
import io.github.diplograph.query.Records;
import io.github.diplograph.query.SupporterFilter;
import io.github.diplograph.query.TieFilter;
import io.github.diplograph.query.TimelineFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uses the library the way a Java client would: open, load, ask typed questions. */
class DiplographApiIT {

    @TempDir
    static Path store;

    static Diplograph dg;

    @BeforeAll
    static void open() throws Exception {
        dg = Diplograph.open(ConnectionSettings.embedded(store));
        LoadReport report = dg.load(Path.of("seeds"));
        assertEquals(5, report.added(), report.summary());
        assertEquals(0, report.failed(), report.problems().toString());
    }

    @AfterAll
    static void close() {
        dg.close();
    }

    @Test
    void officialsCarryTheirCountries() {
        List<Records.Official> officials = dg.queries().officials(null);
        assertTrue(hasOfficial(officials, "Lavrov", "RUS"), officials.toString());
        assertTrue(hasOfficial(officials, "Maduro", "VEN"), officials.toString());
        assertTrue(hasOfficial(officials, "Putin", "RUS"), officials.toString());
        for (Records.Official o : officials) {
            assertFalse(o.name().contains("Rick Martin") || o.name().contains("Will Smith"), o.toString());
        }
        List<Records.Official> russians = dg.queries().officials("Russia");
        assertTrue(russians.stream().allMatch(o -> o.roles().stream().anyMatch(r -> "RUS".equals(r.country()))), russians.toString());
    }

    @Test
    void officialsOfAYearAreThoseItsArticlesState() {
        // Only seed 004 was published in 2023: the two foreign ministers who met at the UN.
        assertEquals(List.of("Sergei Lavrov Foreign Minister RUS", "Yván Gil Foreign Minister VEN"),
                dg.queries().officials(null, 2023).stream()
                        .flatMap(o -> o.roles().stream().map(r -> o.name() + " " + r.title() + " " + r.country())).toList());
        assertEquals(List.of(), dg.queries().officials(null, 1990));
    }

    @Test
    void meetingsFilterByYearCountryAndPerson() {
        assertEquals(List.of("2019-09-25 Moscow MEETING [Nicolás Maduro, Vladimir Putin] 2 sources"),
                rows(dg.queries().meetings(2019, null, null)));
        assertEquals(List.of(
                "2023 Venezuela VISIT [Nicolás Maduro, Sergei Lavrov] 1 sources",
                "2023-09-20 New York MEETING [Sergei Lavrov, Yván Gil] 1 sources",
                "2024-02 Caracas MEETING [Delcy Rodríguez, Sergei Lavrov, Yván Gil] 1 sources",
                "2024-02 Cuba MEETING [Miguel Diaz-Canel Bermudez, Sergei Lavrov] 1 sources",
                "2024-02-20 Caracas MEETING [Nicolás Maduro, Sergei Lavrov] 1 sources"),
                rows(dg.queries().meetings(null, null, "Lavrov")));
        assertEquals(List.of("2024-02 Cuba MEETING [Miguel Diaz-Canel Bermudez, Sergei Lavrov] 1 sources"),
                rows(dg.queries().meetings(null, "CUB", null)));
        List<Records.Meeting> all = dg.queries().meetings(null, null, null);
        assertTrue(all.containsAll(dg.queries().meetings(2024, null, null)), all.toString());
    }

    @Test
    void timelineSupportersAgreementsAndMentions() {
        assertEquals(List.of(
                "2023 VISIT Venezuela [Nicolás Maduro]",
                "2023-09-20 MEETING New York [Yván Gil]",
                "2024-02 MEETING Caracas [Delcy Rodríguez, Yván Gil]",
                "2024-02 MEETING Cuba [Miguel Diaz-Canel Bermudez]",
                "2024-02 VISIT Cuba []",
                "2024-02 VISIT Venezuela []",
                "2024-02-20 MEETING Caracas [Nicolás Maduro]"),
                dg.queries().timeline("Sergei Lavrov").stream()
                        .map(t -> t.date() + " " + t.type() + " " + t.place() + " " + t.others()).toList());
        assertEquals(List.of("China SUPPORTS", "Russia ALLIED_WITH", "Russia SUPPORTS", "Turkey SUPPORTS", "Vladimir Putin SUPPORTS"),
                dg.queries().supporters("Nicolas Maduro").stream().map(x -> x.supporter() + " " + x.relation()).toList());
        assertEquals(List.of("SIGNED 11 2019-04", "PLANNED 20 2019-04-02", "SIGNED 260 2019-09"),
                dg.queries().agreements("RUS", "Venezuela").stream().map(a -> a.status() + " " + a.count() + " " + a.date()).toList());
        assertEquals(List.of("002_42eb3076f0a70173.txt", "001_145efd87eeb6d3d9.txt", "003_b9abf42fcc1bfcba.txt",
                        "004_275cceb7fa634c70.txt", "000_79626a081704b22f.txt"),
                dg.queries().documentsMentioning("Venezuela").stream().map(Records.DocumentMention::document).toList());
        List<String> ties = dg.queries().ties("Russia", "Venezuela").stream().map(t -> t.tie() + " " + t.date() + " " + t.between()).toList();
        assertTrue(ties.contains("MEETING 2019-09-25 Vladimir Putin – Nicolás Maduro"), ties.toString());
        assertTrue(ties.contains("MEETING 2023-09-20 Sergei Lavrov – Yván Gil"), ties.toString());
        assertTrue(ties.contains("AGREEMENT PLANNED 2019-04-02 Russia – Venezuela"), ties.toString());
    }

    @Test
    void typedFiltersCombineYearCountryAndPerson() {
        assertEquals(List.of("2019-09-25 Moscow MEETING [Nicolás Maduro, Vladimir Putin] 2 sources"),
                rows(dg.queries().meetings(MeetingFilter.ofYear(2019))));
        assertEquals(List.of("2019-09-25 Moscow MEETING [Nicolás Maduro, Vladimir Putin] 2 sources"),
                rows(dg.queries().meetings(MeetingFilter.any().country("RUS").person("Putin"))));
        assertEquals(List.of(
                "2024-02 Caracas MEETING [Delcy Rodríguez, Sergei Lavrov, Yván Gil] 1 sources",
                "2024-02 Cuba MEETING [Miguel Diaz-Canel Bermudez, Sergei Lavrov] 1 sources",
                "2024-02-20 Caracas MEETING [Nicolás Maduro, Sergei Lavrov] 1 sources"),
                rows(dg.queries().meetings(MeetingFilter.any().person("lavrov").year(2024))));
        // Country by name or ISO3, and a filter that matches nothing is an empty answer, not "any".
        assertEquals(rows(dg.queries().meetings(MeetingFilter.any().country("CUB"))),
                rows(dg.queries().meetings(MeetingFilter.any().country("cuba"))));
        assertEquals(List.of(), dg.queries().meetings(MeetingFilter.ofYear(1990)));
        assertEquals(List.of(), dg.queries().meetings(MeetingFilter.any().person("Nobody Atall")));
        assertEquals(List.of("Sergei Lavrov Foreign Minister RUS", "Yván Gil Foreign Minister VEN"),
                dg.queries().find(OfficialFilter.any().year(2023)).stream()
                        .flatMap(o -> o.roles().stream().map(r -> o.name() + " " + r.title() + " " + r.country())).toList());
    }

    @Test
    void anAbsentFilterMeansAnyInEveryQuery() {
        List<Records.Meeting> all = dg.queries().meetings(MeetingFilter.any());
        assertEquals(6, all.size(), all.toString());
        assertEquals(all, dg.queries().meetings(null, null, null));
        for (int year : List.of(2019, 2023, 2024)) {
            assertTrue(all.containsAll(dg.queries().meetings(MeetingFilter.ofYear(year))), year + " " + all);
        }
        List<Records.Official> officials = dg.queries().find(OfficialFilter.any());
        assertTrue(officials.containsAll(dg.queries().find(OfficialFilter.ofCountry("RUS"))), officials.toString());
        assertContainsAll(dg.queries().find(SupporterFilter.any()), dg.queries().find(SupporterFilter.of("Nicolas Maduro")));
        assertContainsAll(dg.queries().find(MentionFilter.any()), dg.queries().find(MentionFilter.of("Venezuela")));
        assertContainsAll(dg.queries().find(TimelineFilter.any()), dg.queries().find(TimelineFilter.of("Lavrov")));
        assertContainsAll(dg.queries().find(AgreementFilter.any()), dg.queries().agreements(AgreementFilter.between("RUS", "Venezuela")));
        List<String> everyTie = dg.queries().ties(TieFilter.any()).stream().map(t -> t.tie() + " " + t.date() + " " + t.between()).toList();
        assertTrue(everyTie.contains("MEETING 2019-09-25 Vladimir Putin – Nicolás Maduro"), everyTie.toString());
        assertContainsAll(dg.queries().ties(TieFilter.any().country("Russia")), dg.queries().ties(TieFilter.between("Russia", "Venezuela")));
    }

    @Test
    void pagesCutTheOrderedAnswerInTheQuery() {
        List<Records.Meeting> all = dg.queries().meetings(MeetingFilter.any());
        List<Records.Meeting> paged = new ArrayList<>();
        for (Page page = Page.first(4); ; page = page.next()) {
            List<Records.Meeting> rows = dg.queries().meetings(MeetingFilter.any().page(page));
            assertTrue(rows.size() <= 4, rows.toString());
            paged.addAll(rows);
            if (rows.size() < 4) {
                break;
            }
        }
        assertEquals(all, paged);
        assertEquals(all.subList(1, 3), dg.queries().meetings(MeetingFilter.any().page(1, 2)));
        assertEquals(List.of(), dg.queries().meetings(MeetingFilter.any().page(all.size(), 10)));
        assertEquals(List.of(), dg.queries().meetings(MeetingFilter.any().page(0, 0)));
        List<Records.Official> officials = dg.queries().find(OfficialFilter.any());
        assertEquals(officials.subList(2, 5), dg.queries().find(OfficialFilter.any().page(2, 3)));
        // The untyped path takes the same parameters, checked.
        assertEquals(1, dg.queries().run("mentions", Map.of("entity", "Cuba", "limit", 1)).rows().size());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> dg.queries().run("meetings", Map.of("limit", -5)));
        assertEquals("query 'meetings': parameter 'limit' must be 0 or more, not -5", e.getMessage());
    }

    @Test
    void datesAreTypedWithTheirPrecision() {
        Records.Meeting kremlin = dg.queries().meetings(MeetingFilter.ofYear(2019)).get(0);
        assertEquals(FuzzyDate.day(LocalDate.of(2019, 9, 25)), kremlin.reportedDate());
        assertEquals(kremlin.datePrecision(), kremlin.reportedDate().precision().name());
        for (Records.Meeting m : dg.queries().meetings(MeetingFilter.any())) {
            assertEquals(m.date(), m.reportedDate().iso(), m.toString());
            assertEquals(m.datePrecision(), m.reportedDate().precision().name(), m.toString());
            assertEquals(m.year(), m.reportedDate().year(), m.toString());
        }
        assertEquals(List.of(DatePrecision.MONTH, DatePrecision.DAY, DatePrecision.MONTH),
                dg.queries().agreements(AgreementFilter.between("RUS", "Venezuela")).stream()
                        .map(a -> a.reportedDate().precision()).toList());
        assertTrue(dg.queries().find(MentionFilter.of("Venezuela")).stream()
                .allMatch(d -> d.publishedDate().precision() == DatePrecision.DAY), "seeds are dated to the day");
    }

    private static <T> void assertContainsAll(List<T> any, List<T> some) {
        assertTrue(!some.isEmpty() && any.containsAll(some), some + " within " + any);
    }

    /** A meeting as one comparable line: date, place, type, participants, number of sources. */
    private static List<String> rows(List<Records.Meeting> meetings) {
        return meetings.stream().map(m -> m.date() + " " + m.place() + " " + m.type() + " "
                + m.participants().stream().map(Records.Participant::name).toList() + " " + m.sources().size() + " sources").toList();
    }

    @Test
    void reloadingUnchangedDocumentsIsANoOp() throws Exception {
        GraphStats before = dg.stats();
        LoadReport again = dg.load(Path.of("seeds"));
        assertEquals(5, again.unchanged());
        assertEquals(before, dg.stats());
    }

    @Test
    void aChangedDocumentReplacesItsFactsAndKeepsSharedOnes() throws Exception {
        Path dir = Files.createTempDirectory(store, "changed");
        Files.writeString(dir.resolve("003_b9abf42fcc1bfcba.txt"),
                "Russian President Vladimir Putin met Venezuelan President Nicolas Maduro in the Kremlin on Wednesday.");
        Files.writeString(dir.resolve("manifest.json"), "{\"003_b9abf42fcc1bfcba.txt\": {\"published\": \"2019-09-26\"}}");
        LoadReport report = dg.load(dir);
        assertEquals(1, report.changed(), report.summary());
        // The shared 2019 meeting survives (document 001 still reports it) and is still one event.
        List<Records.Meeting> y2019 = dg.queries().meetings(2019, null, "Putin");
        assertEquals(1, y2019.size(), y2019.toString());
        assertEquals(2, y2019.get(0).sources().size(), y2019.toString());
        // Facts only the old text stated are gone: it named Guaidó, the new text does not.
        assertTrue(dg.queries().documentsMentioning("Juan Guaidó").stream()
                .noneMatch(d -> d.document().equals("003_b9abf42fcc1bfcba.txt")));
        dg.load(Path.of("seeds"));
    }

    @Test
    void closingTwiceIsFineAndUseAfterCloseIsAClearError() throws Exception {
        Path other = Files.createTempDirectory(store, "closed");
        Diplograph closed = Diplograph.open(ConnectionSettings.embedded(other));
        closed.close();
        closed.close();
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, closed::queries);
        assertTrue(e.getMessage().startsWith("this Diplograph was closed"), e.getMessage());
    }

    private static boolean hasOfficial(List<Records.Official> officials, String name, String country) {
        return officials.stream().anyMatch(o -> o.name().contains(name)
                && o.roles().stream().anyMatch(r -> country.equals(r.country())));
    }
}
