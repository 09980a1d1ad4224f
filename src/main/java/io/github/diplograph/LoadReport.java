package io.github.diplograph;

import io.github.diplograph.ingest.DocumentProblem;
import java.time.Duration;
import java.util.List;

/** What a load did: how many documents were new, changed, unchanged or failed, and why each failure happened. */
public record LoadReport(int added, int changed, int unchanged, int failed, List<DocumentProblem> problems,
                         Duration duration, double extractionSeconds) {

    public int processed() {
        return added + changed;
    }

    public String summary() {
        return String.format("%d added, %d changed, %d unchanged, %d failed in %.1f s", added, changed, unchanged,
                failed, duration.toMillis() / 1000.0);
    }
}
