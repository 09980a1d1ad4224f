package io.github.diplograph;

import io.github.diplograph.ingest.DocumentProblem;

import java.time.Duration;
import java.util.List;

/**
 * What a load did: how many documents were new, changed, deleted (a reload: gone from the source),
 * unchanged or failed, why each failure happened, and whether it was stopped before the end.
 */
public record LoadReport(int added, int changed, int deleted, int unchanged, int failed, List<DocumentProblem> problems,
                         Duration duration, double extractionSeconds, boolean synced, boolean interrupted) {

    /** The report of a plain load (nothing deleted, not interrupted). */
    public LoadReport(int added, int changed, int unchanged, int failed, List<DocumentProblem> problems, Duration duration,
                      double extractionSeconds) {
        this(added, changed, 0, unchanged, failed, problems, duration, extractionSeconds, false, false);
    }

    public int processed() {
        return added + changed;
    }

    /** "5 added, 0 changed, 0 unchanged, 0 failed in 3.9 s"; a reload also says how many were deleted. */
    public String summary() {
        return String.format("%d added, %d changed, %s%d unchanged, %d failed in %.1f s%s", added, changed,
                synced ? deleted + " deleted, " : "", unchanged, failed, duration.toMillis() / 1000.0,
                interrupted ? " (stopped before the end)" : "");
    }
}
