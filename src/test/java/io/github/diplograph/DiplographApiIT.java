package io.github.diplograph;

import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.GraphStats;
import io.github.diplograph.LoadReport;
import io.github.diplograph.query.Records;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
