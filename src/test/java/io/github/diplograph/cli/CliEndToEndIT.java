package io.github.diplograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diplograph.graph.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the real command line (the same entry point as java -jar) against a real store. The seeds are
 * loaded once through the embedded default ({@code --store}); then one Neo4j is started on that store
 * for the whole class and every other command reaches it over Bolt ({@code --uri}), as commands reach a
 * server: one start instead of one per command.
 */
class CliEndToEndIT {

    @TempDir
    static Path store;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedNeo4j server;
    private static String uri;

    @BeforeAll
    static void loadSeedsThenServeTheStore() {
        Run load = run("load", "seeds", "--store", store.toString());
        assertEquals(0, load.code, load.err);
        assertEquals("load: 5 added, 0 changed, 0 unchanged, 0 failed", load.out.strip().replaceAll(" in [0-9.]+ s$", ""));
        server = EmbeddedNeo4j.start(store);
        uri = server.boltUri();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void meetingsOf2019AreOneKremlinMeetingReportedTwice() throws Exception {
        Run r = run("query", "meetings", "--year", "2019", "--format", "json", "--uri", uri);
        assertEquals(0, r.code, r.err);
        JsonNode meetings = JSON.readTree(r.out);
        JsonNode putinMaduro = null;
        for (JsonNode m : meetings) {
            List<String> names = names(m);
            if (names.stream().anyMatch(n -> n.contains("Putin")) && names.stream().anyMatch(n -> n.contains("Maduro"))) {
                assertTrue(putinMaduro == null, "Putin–Maduro must be one meeting: " + r.out);
                putinMaduro = m;
            }
        }
        assertTrue(putinMaduro != null, r.out);
        assertEquals("2019-09-25", putinMaduro.get("date").asText());
        assertEquals("DAY", putinMaduro.get("datePrecision").asText());
        assertEquals("Moscow", putinMaduro.get("place").asText());
        assertEquals(2, putinMaduro.get("sources").size(), r.out);
    }

    @Test
    void meetingsOf2023And2024() throws Exception {
        JsonNode y2023 = JSON.readTree(run("query", "meetings", "--year", "2023", "--format", "json", "--uri", uri).out);
        assertTrue(hasMeeting(y2023, "Gil", "Lavrov", "New York"), y2023.toString());
        JsonNode y2024 = JSON.readTree(run("query", "meetings", "--year", "2024", "--format", "json", "--uri", uri).out);
        assertTrue(hasMeeting(y2024, "Maduro", "Lavrov", "Caracas"), y2024.toString());
        for (JsonNode m : y2024) {
            assertFalse(names(m).stream().anyMatch(n -> n.contains("Trump") || n.contains("Navalny") || n.contains("Smith")),
                    m.toString());
        }
    }

    @Test
    void loadingTwiceChangesNothing() {
        String before = run("stats", "--format", "json", "--uri", uri).out;
        Run again = run("load", "seeds", "--uri", uri);
        assertEquals(0, again.code, again.err);
        assertEquals("load: 0 added, 0 changed, 5 unchanged, 0 failed", again.out.strip().replaceAll(" in [0-9.]+ s$", ""));
        assertEquals(before, run("stats", "--format", "json", "--uri", uri).out);
    }

    @Test
    void unknownQueryIsAUsageErrorOfOneLine() {
        Run r = run("query", "nonsense", "--uri", uri);
        assertEquals(DiplographCli.EXIT_USAGE, r.code);
        assertEquals("diplograph: no query named 'nonsense'; known: meetings, officials, agreements, supporters, timeline, "
                + "mentions, ties, runs\nTry 'diplograph query --help' for more information.", r.err.strip());
    }

    @Test
    void anOptionTheQueryDoesNotTakeIsAUsageError() {
        Run r = run("query", "timeline", "--person", "Lavrov", "--year", "1900", "--uri", uri);
        assertEquals(DiplographCli.EXIT_USAGE, r.code);
        assertTrue(r.err.startsWith("diplograph: query 'timeline' takes no parameter 'year'; it takes person"), r.err);
    }

    @Test
    void aStoreThatDoesNotExistIsAnErrorNotAnEmptyAnswer() {
        Path typo = store.resolveSibling(store.getFileName() + "-typo");
        for (String[] command : List.of(new String[] {"query", "meetings"}, new String[] {"stats"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--store", typo.toString()));
            Run r = run(args.toArray(String[]::new));
            assertEquals(DiplographCli.EXIT_ERROR, r.code, r.out);
            assertEquals("diplograph: no diplograph store at " + typo.toAbsolutePath().normalize()
                    + " (load articles into it first, or give --store PATH or --uri)", r.err.strip());
            assertFalse(java.nio.file.Files.exists(typo), "a read-only command must not create a store");
        }
    }

    @Test
    void rowsForProgramsAsCsvAndNdjson() throws Exception {
        Run csv = run("query", "meetings", "--year", "2019", "--format", "CSV", "--uri", uri);
        assertEquals(0, csv.code, csv.err);
        List<String> lines = csv.out.strip().lines().toList();
        assertEquals("date,datePrecision,year,place,type,participants,sources", lines.get(0));
        assertEquals(2, lines.size(), csv.out);
        assertTrue(lines.get(1).startsWith("2019-09-25,DAY,2019,Moscow,MEETING,"), lines.get(1));
        Run ndjson = run("query", "meetings", "--format", "ndjson", "--uri", uri);
        for (String line : ndjson.out.strip().lines().toList()) {
            assertTrue(JSON.readTree(line).has("participants"), line);
        }
        Run load = run("load", "seeds", "--format", "json", "--uri", uri);
        JsonNode summary = JSON.readTree(load.out);
        assertEquals(5, summary.get("unchanged").asInt(), load.out);
        assertEquals(0, summary.get("failed").asInt(), load.out);
    }

    @Test
    void watchReloadsOnScheduleWithOneLinePerRunAndReloadRetractsWhatIsGone() throws Exception {
        Path folder = store.resolveSibling(store.getFileName() + "-watched");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.copy(Path.of("seeds/004_275cceb7fa634c70.txt"), folder.resolve("004_275cceb7fa634c70.txt"));
        Run watch = run("watch", folder.toString(), "--every", "1s", "--runs", "2", "--uri", uri);
        assertEquals(0, watch.code, watch.err);
        List<String> lines = watch.out.strip().lines().toList();
        assertEquals(2, lines.size(), watch.out);
        assertTrue(lines.get(0).matches("\\S+ watch: 0 added, 0 changed, 0 deleted, 1 unchanged, 0 failed in [0-9.]+ s"), lines.get(0));
        assertTrue(lines.get(1).matches("\\S+ watch: 0 added, 0 changed, 0 deleted, 1 unchanged, 0 failed in [0-9.]+ s"), lines.get(1));
        Run runs = run("query", "runs", "--source", folder.getFileName().toString(), "--format", "json", "--uri", uri);
        JsonNode recorded = JSON.readTree(runs.out);
        assertEquals(2, recorded.size(), runs.out);
        assertEquals("watch", recorded.get(0).get("command").asText());
        assertEquals("OK", recorded.get(0).get("status").asText());
    }

    /**
     * target/diplograph, the launcher for short commands: its first run writes the class-data archive, the
     * next one uses it; both print exactly what java -jar prints (the JVM's CDS notices never reach stdout).
     */
    @Test
    void launcherAnswersAsJavaJarDoesWithAndWithoutItsArchive() throws Exception {
        Path launcher = Path.of("target/diplograph");
        assertTrue(java.nio.file.Files.isExecutable(launcher), "mvn package makes " + launcher + " executable");
        Path archive = store.resolveSibling(store.getFileName() + "-launcher.jsa");
        String expected = run("query", "meetings", "--format", "json", "--uri", uri).out;
        for (int i = 0; i < 2; i++) {
            ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "query", "meetings", "--format", "json", "--uri", uri)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("DIPLOGRAPH_CDS", archive.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            assertEquals(expected.strip(), out.strip(), "run " + (i + 1));
            assertTrue(java.nio.file.Files.size(archive) > 0, "the first run leaves an archive for the next");
        }
        java.nio.file.Files.deleteIfExists(archive);
    }

    @Test
    void unreachableServerGivesOneClearLine() {
        Run r = run("stats", "--uri", "bolt://127.0.0.1:1");
        assertEquals(DiplographCli.EXIT_ERROR, r.code);
        assertTrue(r.err.startsWith("diplograph: cannot connect to Neo4j at bolt://127.0.0.1:1"), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
    }

    @Test
    void extractPrintsTheDocumentMapWithoutADatabase() throws Exception {
        Run r = run("extract", "seeds/004_275cceb7fa634c70.txt");
        assertEquals(0, r.code, r.err);
        JsonNode map = JSON.readTree(r.out);
        assertEquals("2023-09-21", map.at("/document/published/date").asText());
        boolean gilLavrov = false;
        for (JsonNode e : map.get("events")) {
            String ids = e.get("participants").toString();
            gilLavrov |= e.get("type").asText().equals("MEETING") && ids.contains("lavrov") && ids.contains("gil");
            assertTrue(e.get("evidence").get(0).get("quote").asText().length() > 10, e.toString());
        }
        assertTrue(gilLavrov, r.out);
    }

    private static boolean hasMeeting(JsonNode meetings, String a, String b, String place) {
        for (JsonNode m : meetings) {
            List<String> names = names(m);
            if (names.stream().anyMatch(n -> n.contains(a)) && names.stream().anyMatch(n -> n.contains(b))
                    && place.equals(m.path("place").asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(JsonNode meeting) {
        List<String> names = new ArrayList<>();
        meeting.get("participants").forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = DiplographCli.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
