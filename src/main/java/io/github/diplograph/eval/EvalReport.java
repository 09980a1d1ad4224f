package io.github.diplograph.eval;

import java.util.List;
import java.util.Map;

/** Precision, recall and F1 per category, the individual misses, and extraction speed. */
public record EvalReport(Map<String, Score> scores, List<Miss> misses, int documents, double seconds,
                         double documentsPerSecond, double wordsPerSecond) {

    /**
     * One fact the extractor got wrong: {@code kind} is "missed" (in the gold, not extracted), "spurious"
     * (extracted, not in the gold) or "failed" (the document's extraction threw).
     */
    public record Miss(String document, String kind, String category, String fact) {
        @Override
        public String toString() {
            return "failed".equals(kind) ? document + "  extraction failed: " + fact
                    : document + "  " + String.format("%-8s ", kind) + category + ": " + fact;
        }
    }

    /** The misses as the lines {@code eval} prints. */
    public List<String> missLines() {
        return misses.stream().map(Miss::toString).toList();
    }

    /** Counts of one category; a category with no gold and no predictions scores 1.0. */
    public static final class Score {
        public int truePositives;
        public int falsePositives;
        public int falseNegatives;

        @com.fasterxml.jackson.annotation.JsonProperty("precision")
        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        @com.fasterxml.jackson.annotation.JsonProperty("recall")
        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        @com.fasterxml.jackson.annotation.JsonProperty("f1")
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public double f1(String category) {
        return scores.get(category).f1();
    }

    public String table() {
        StringBuilder out = new StringBuilder(String.format("%-11s %5s %5s %5s %9s %7s %6s%n", "category", "tp", "fp", "fn",
                "precision", "recall", "f1"));
        scores.forEach((name, s) -> out.append(String.format("%-11s %5d %5d %5d %9.3f %7.3f %6.3f%n", name,
                s.truePositives, s.falsePositives, s.falseNegatives, s.precision(), s.recall(), s.f1())));
        out.append(String.format("%d documents extracted in %.2f s: %.1f docs/s, %.0f words/s (one thread, models loaded)%n",
                documents, seconds, documentsPerSecond, wordsPerSecond));
        return out.toString();
    }
}
