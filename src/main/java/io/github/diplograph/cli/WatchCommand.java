package io.github.diplograph.cli;

import io.github.diplograph.Diplograph;
import io.github.diplograph.LoadOptions;
import io.github.diplograph.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Reload SOURCE on a schedule in one long-running process: one run never overlaps the next, one "
                + "log line per run, a clean stop on SIGTERM or Ctrl-C (the batch in progress finishes; never half a document).")
final class WatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", description = "Folder, .txt file or .jsonl file.")
    Path source;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time from the start of one run to the start of the next (default 15m).")
    Duration every;

    @Option(names = "--runs", paramLabel = "N", description = "Stop after N runs (default: run until stopped).")
    Integer runs;

    @Option(names = "--allow-empty", description = "Let an empty SOURCE retract everything loaded from it.")
    boolean allowEmpty;

    @Mixin
    GraphOptions graph;

    @Mixin
    ExtractionOptions extraction;

    @Mixin
    RunOptions run;

    private volatile boolean stopping;
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        Thread hook = new Thread(() -> {
            // SIGTERM / Ctrl-C: ask the run to stop at its next batch boundary and wait for it.
            stopping = true;
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "diplograph-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        // The embedded store (if it is one) stays up until the run in progress has stopped and been recorded.
        io.github.diplograph.graph.EmbeddedNeo4j.finishBeforeShutdown(finished);
        int worst = 0;
        try (Diplograph dg = Diplograph.open(graph.settings(), extraction.settings())) {
            System.err.println("diplograph: watching " + source + " every " + every + " into " + dg.connection().description());
            LoadOptions options = run.apply(LoadOptions.reload().withAllowEmpty(allowEmpty).withCommand("watch"))
                    .withStop(() -> stopping);
            for (int n = 1; !stopping && (runs == null || n <= runs); n++) {
                Instant start = Instant.now();
                try {
                    LoadReport report;
                    // Closed before the run's line is printed, and on a failure or a stop (Ctrl-C) as well.
                    try (ProgressDisplay progress = run.progress()) {
                        report = dg.run(source, options, progress);
                    }
                    System.out.println(start + " watch: " + report.summary());
                    worst = Math.max(worst, report.failed() > 0 ? 1 : 0);
                } catch (Exception e) {
                    // One failed run (source unmounted, lock held) is logged; the next run tries again.
                    System.out.println(start + " watch: run failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                    worst = DiplographCli.EXIT_ERROR;
                }
                if (runs != null && n >= runs) {
                    break;
                }
                long sleep = Duration.between(Instant.now(), start.plus(every)).toMillis();
                while (sleep > 0 && !stopping) {
                    Thread.sleep(Math.min(sleep, 500));
                    sleep = Duration.between(Instant.now(), start.plus(every)).toMillis();
                }
            }
            System.err.println("diplograph: watch stopped");
        } finally {
            finished.countDown();
            if (!stopping) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // The JVM is exiting; the hook has already run.
                }
            }
        }
        return worst;
    }
}
