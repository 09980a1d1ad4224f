package io.github.diplograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diplograph.query.Queries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench} end to end at the smallest sizes: every stage runs on its own embedded store and the
 * JSON report has the stable shape other tools read. Speed is never asserted here (the machine is
 * shared); the figures live in docs/PERFORMANCE.md, measured by {@code bench} itself.
 */
class BenchSmokeIT {

    @Test
    void everyStageRunsAndTheReportHasItsShape(@TempDir Path scratch) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = DiplographCli.run("bench", "--smoke", "--format", "json", "--scratch", scratch.toString());
        } finally {
            System.setOut(out);
        }
        String json = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, json);
        JsonNode report = new ObjectMapper().readTree(json);

        for (String stage : List.of("machine", "extraction", "write", "retract", "reload", "query")) {
            assertTrue(report.has(stage), "report has " + stage + ": " + json);
        }
        assertEquals(Runtime.getRuntime().availableProcessors(), report.at("/machine/cores").asInt());
        for (String figure : List.of("/extraction/docsPerSecond", "/extraction/oneThreadDocsPerSecond",
                "/write/relationshipsPerSecond", "/write/baselineRelationshipsPerSecond", "/write/ratio",
                "/retract/msSmall", "/retract/msLarge", "/retract/growth", "/reload/unchangedDocumentsPerSecond",
                "/reload/peakHeapMb")) {
            assertTrue(report.at(figure).asDouble() > 0, figure + " is a positive figure: " + json);
        }
        double share = report.at("/extraction/nlpShare").asDouble();
        assertTrue(share > 0 && share <= 1, "the NLP share is a fraction: " + share);
        assertTrue(report.at("/write/relationships").asLong() > 0, json);
        assertEquals(30, report.at("/reload/documents").asInt(), "every article of the corpus was found unchanged");
        assertEquals(500, report.at("/query/events").asInt());
        // Every query of cypher/queries/ is measured, and the filtered ones find answers in the generated graph.
        for (String name : Queries.names()) {
            assertTrue(report.get("query").fieldNames().hasNext() && hasScenario(report.get("query"), name),
                    "query " + name + " is measured: " + json);
        }
        for (String scenario : List.of("meetings-by-year", "meetings-by-country", "meetings-by-person",
                "officials-by-country", "ties-between", "timeline-of-person")) {
            JsonNode q = report.at("/query/" + scenario);
            assertTrue(q.at("/rows").asInt() > 0, scenario + " has answers: " + q);
            assertTrue(q.at("/p50Ms").asDouble() <= q.at("/p95Ms").asDouble()
                    && q.at("/p95Ms").asDouble() <= q.at("/p99Ms").asDouble(), "percentiles in order: " + q);
        }
        try (var left = Files.list(scratch)) {
            assertFalse(left.findAny().isPresent(), "the scratch folder is emptied after the run");
        }
    }

    private static boolean hasScenario(JsonNode query, String name) {
        var names = query.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (n.equals(name) || n.startsWith(name + "-")) {
                return true;
            }
        }
        return false;
    }
}
