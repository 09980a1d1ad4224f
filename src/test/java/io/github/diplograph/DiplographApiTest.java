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
class DiplographApiTest {

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
    void meetingsFilterByYearCountryAndPerson() {
        List<Records.Meeting> all = dg.queries().meetings(null, null, null);
        List<Records.Meeting> y2019 = dg.queries().meetings(2019, null, null);
        assertTrue(all.size() > y2019.size(), all.toString());
        assertTrue(y2019.stream().allMatch(m -> m.year() == 2019));
        List<Records.Meeting> lavrov = dg.queries().meetings(null, null, "Lavrov");
        assertTrue(lavrov.size() >= 3, lavrov.toString());
        assertTrue(lavrov.stream().allMatch(m -> m.participants().stream().anyMatch(p -> p.name().contains("Lavrov"))));
        List<Records.Meeting> cuba = dg.queries().meetings(null, "CUB", null);
        assertEquals(1, cuba.size(), cuba.toString());
    }

    @Test
    void timelineSupportersAgreementsAndMentions() {
        List<Records.TimelineEntry> timeline = dg.queries().timeline("Sergei Lavrov");
        assertTrue(timeline.size() >= 4, timeline.toString());
        for (int i = 1; i < timeline.size(); i++) {
            assertTrue(timeline.get(i - 1).year() <= timeline.get(i).year(), "timeline is ordered: " + timeline);
        }
        List<Records.Supporter> maduroBackers = dg.queries().supporters("Nicolas Maduro");
        assertTrue(maduroBackers.stream().anyMatch(s -> s.supporter().equals("Russia")), maduroBackers.toString());
        List<Records.Agreement> agreements = dg.queries().agreements("RUS", "Venezuela");
        assertTrue(agreements.stream().anyMatch(a -> "PLANNED".equals(a.status()) && Integer.valueOf(20).equals(a.count())),
                agreements.toString());
        List<Records.DocumentMention> docs = dg.queries().documentsMentioning("Venezuela");
        assertEquals(5, docs.size(), docs.toString());
        List<Records.Tie> ties = dg.queries().ties("Russia", "Venezuela");
        assertTrue(ties.stream().anyMatch(t -> t.tie().equals("MEETING")), ties.toString());
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

    private static boolean hasOfficial(List<Records.Official> officials, String name, String country) {
        return officials.stream().anyMatch(o -> o.name().contains(name)
                && o.roles().stream().anyMatch(r -> country.equals(r.country())));
    }
}
