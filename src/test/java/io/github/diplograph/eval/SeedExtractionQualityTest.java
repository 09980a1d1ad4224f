package io.github.diplograph.eval;

import io.github.diplograph.extract.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quality bar: on the seeds, meetings and officials must stay at F1 ≥ 0.95 against the gold. */
class SeedExtractionQualityTest {

    static EvalReport seeds;
    static EvalReport extra;
    static EvalReport heldout;
    static EvalReport realDev;

    @BeforeAll
    static void evaluate() throws Exception {
        Evaluator evaluator = new Evaluator(new Extractor());
        seeds = evaluator.evaluate(Path.of("src/test/resources/gold/seeds"), Path.of("seeds"));
        extra = evaluator.evaluate(Path.of("src/test/resources/gold/extra"), Path.of("src/test/resources/eval/articles"));
        heldout = evaluator.evaluate(Path.of("src/test/resources/gold/heldout"), Path.of("src/test/resources/eval/heldout"));
        // The development part of the real-news set; its blind test part (real-test) is not scored by the build.
        realDev = evaluator.evaluate(Path.of("src/test/resources/gold/real-dev"), Path.of("src/test/resources/eval/real-dev"));
        System.out.println("seeds\n" + seeds.table() + "\nextra\n" + extra.table() + "\nheldout\n" + heldout.table());
    }

    @Test
    void seedMeetingsF1AtLeast095() {
        assertTrue(seeds.f1("meetings") >= 0.95, seeds.table() + String.join("\n", seeds.missLines()));
    }

    @Test
    void seedOfficialsF1AtLeast095() {
        assertTrue(seeds.f1("officials") >= 0.95, seeds.table() + String.join("\n", seeds.missLines()));
    }

    /**
     * A floor per set and category at the figure measured when it was set, minus 0.05: a rule that
     * breaks articles it was not written for is noticed. Raise a floor when a change raises its figure.
     */
    @ParameterizedTest(name = "{0} {1} F1 >= {2}")
    @CsvSource({
            "seeds,   officials,  0.92", "seeds,   meetings, 0.95", "seeds,   visits, 0.95", "seeds,   calls, 0.95",
            "seeds,   agreements, 0.95",
            "extra,   officials,  0.90", "extra,   meetings, 0.95", "extra,   visits, 0.92", "extra,   calls, 0.95",
            "extra,   agreements, 0.88",
            "heldout, officials,  0.90", "heldout, meetings, 0.86", "heldout, visits, 0.87", "heldout, calls, 0.95",
            "heldout, agreements, 0.95",
            "real-dev, officials, 0.88", "real-dev, meetings, 0.90", "real-dev, visits, 0.71", "real-dev, calls, 0.83",
            "real-dev, agreements, 0.45"})
    void everyCategoryStaysAtItsMeasuredFigure(String set, String category, double floor) {
        EvalReport report = switch (set) {
            case "seeds" -> seeds;
            case "extra" -> extra;
            case "real-dev" -> realDev;
            default -> heldout;
        };
        assertTrue(report.f1(category) >= floor, set + " " + category + " F1 " + report.f1(category) + " < " + floor + "\n"
                + report.table() + String.join("\n", report.missLines()));
    }
}
