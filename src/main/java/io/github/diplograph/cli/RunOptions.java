package io.github.diplograph.cli;

import io.github.diplograph.LoadOptions;
import io.github.diplograph.LoadReport;
import io.github.diplograph.ingest.DocumentProblem;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Option;

import java.io.Console;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What load, reload and watch share: waiting for the load lock, how much to say, and the summary. */
final class RunOptions {

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "0", converter = DurationConverter.class,
            description = "How long to wait while another load holds the graph's load lock (e.g. 10m; default 0: "
                    + "exit at once with code 75).")
    Duration lockWait;

    @Option(names = "--quiet", description = "Print only the summary and problems.")
    boolean quiet;

    /** How progress is shown; {@code --quiet} wins. */
    enum ProgressMode { auto, lines, none }

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "MODE",
            description = "auto (default: a bar on a terminal, nothing otherwise), lines (a line every 10 s on "
                    + "stderr, wherever it goes: CI logs) or none.")
    ProgressMode progressMode;

    @Option(names = "--format", defaultValue = "table", description = "Summary as one line (table, default), json or ndjson.")
    Output.Format format;

    /**
     * A progress bar (with rate and time left) on a terminal; nothing but the summary for cron and pipes.
     * One per run: close it before printing the summary.
     */
    ProgressDisplay progress() {
        Console console = System.console();
        if (!quiet && progressMode == ProgressMode.lines) {
            return new ProgressDisplay(System.err, true, new ConsoleProgressBarConsumer(System.err), ProgressBarStyle.ASCII).asLines();
        }
        boolean shown = !quiet && progressMode == ProgressMode.auto && console != null;
        // Block characters only where the terminal takes UTF-8; elsewhere they would come out as '?'.
        ProgressBarStyle style = console != null && StandardCharsets.UTF_8.equals(console.charset())
                ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII;
        // The console consumer asks the terminal for its width at every redraw, so a resized window is followed.
        return new ProgressDisplay(System.err, shown, new ConsoleProgressBarConsumer(System.err), style);
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
