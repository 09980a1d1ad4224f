package io.github.diplograph.cli;

import io.github.diplograph.LoadOptions;
import io.github.diplograph.LoadReport;
import io.github.diplograph.ingest.DocumentProblem;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.function.Consumer;

/** What load, reload and watch share: waiting for the load lock, how much to say, and the summary. */
final class RunOptions {

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "0", converter = DurationConverter.class,
            description = "How long to wait while another load holds the graph's load lock (e.g. 10m; default 0: "
                    + "exit at once with code 75).")
    Duration lockWait;

    @Option(names = "--quiet", description = "Print only the summary and problems.")
    boolean quiet;

    @Option(names = "--format", defaultValue = "table", description = "Summary as one line (table, default), json or ndjson.")
    Output.Format format;

    /** Progress lines (with rate and time left) on a terminal; nothing but the summary for cron and pipes. */
    Consumer<String> progress() {
        boolean terminal = System.console() != null;
        return message -> {
            if (!quiet && terminal) {
                System.err.println("  " + message);
            }
        };
    }

    /** Notices that matter even when not on a terminal (an earlier run that never finished). */
    Consumer<String> notices() {
        return message -> System.err.println("diplograph: " + message);
    }

    LoadOptions apply(LoadOptions options) {
        return options.withLockWait(lockWait);
    }

    /** Prints the problems and the summary; returns the exit code (1 when some documents failed). */
    int report(String command, LoadReport report) {
        for (DocumentProblem p : report.problems()) {
            System.err.println("  skipped " + p);
        }
        System.out.println(switch (format) {
            case json -> Output.json(report);
            case ndjson -> Output.compact(report);
            default -> command + ": " + report.summary();
        });
        return report.failed() > 0 ? 1 : 0;
    }
}
