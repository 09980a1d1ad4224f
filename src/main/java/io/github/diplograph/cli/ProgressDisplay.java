package io.github.diplograph.cli;

import io.github.diplograph.LoadProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.text.DecimalFormat;

/**
 * The progress of one load, reload or watch run on stderr. On a terminal: notes as lines and a bar with
 * done/total, docs/s and the time left while documents are extracted and written. Otherwise (cron, pipes,
 * {@code --quiet}) nothing, except a notice that an earlier run never finished, which matters in a log too.
 * <p>
 * The bar redraws itself on the library's timer thread; {@link #close()} stops that and ends its line, so
 * callers hold it in try-with-resources: a failure or a stop mid-run never leaves the bar drawing over the
 * next line. A note that arrives while the bar is drawn ends the bar first, so the two never interleave.
 */
final class ProgressDisplay implements LoadProgress, AutoCloseable {

    private final PrintStream err;
    private final boolean shown;
    private final BarLine barLine;
    private final ProgressBarStyle style;
    private ProgressBar bar;

    /**
     * @param shown     false: only notices of unfinished runs are printed
     * @param barOutput where the bar is drawn (progressbar's console consumer on a terminal, anything in tests)
     */
    ProgressDisplay(PrintStream err, boolean shown, ProgressBarConsumer barOutput, ProgressBarStyle style) {
        this.err = err;
        this.shown = shown;
        this.barLine = new BarLine(barOutput);
        this.style = style;
    }

    @Override
    public synchronized void note(String message) {
        if (message.contains("never finished")) {
            endBar();
            err.println("diplograph: " + message);
        } else if (shown) {
            endBar();
            err.println("  " + message);
        }
    }

    /**
     * Text lines instead of a bar, wherever stderr goes ({@code --progress lines}: a CI log, a job that
     * watches its own output): the first batch, then at most one line every 10 s, and the last.
     */
    ProgressDisplay asLines() {
        this.lines = true;
        return this;
    }

    private boolean lines;
    private long linesStarted;
    private long lastLine;

    private void line(long done, long total) {
        long now = System.nanoTime();
        if (done == 0) {
            linesStarted = now;
            return;
        }
        if (lastLine != 0 && done != total && now - lastLine < 10_000_000_000L) {
            return;
        }
        lastLine = now;
        double rate = done / Math.max((now - linesStarted) / 1e9, 1e-3);
        err.println(String.format("  %d/%d documents processed (%.1f docs/s, about %.0f s left)", done, total,
                rate, (total - done) / Math.max(rate, 1e-3)));
    }

    @Override
    public synchronized void documents(long done, long total) {
        if (!shown || total <= 0) {
            return;
        }
        if (lines) {
            line(done, total);
            return;
        }
        if (bar == null) {
            barLine.ended = false;
            // Started when the loader starts on the documents (done 0): docs/s and the time left are measured
            // from there, as in the text lines, and the bar is up while the models load for the first chunk.
            bar = new ProgressBarBuilder()
                    .setTaskName("documents")
                    .setInitialMax(total)
                    .setUnit(" docs", 1)
                    .showSpeed(new DecimalFormat("0.0"))   // "0.2 docs/s", not the default ".2 docs/s"
                    .setStyle(style)
                    // Redrawn every second even when the count stands still (a chunk's documents are counted
                    // only once written, so a large load's first chunk can take a minute): the clock shows it lives.
                    .continuousUpdate()
                    .setConsumer(barLine)
                    .build();
        }
        bar.maxHint(total);
        bar.stepTo(done);
    }

    /** Ends the bar (drawn one last time, its line ended, its timer task cancelled); closing again does nothing. */
    @Override
    public synchronized void close() {
        endBar();
    }

    private void endBar() {
        if (bar != null) {
            bar.close();
            if (!barLine.ended) {
                barLine.close();
            }
            bar = null;
        }
    }

    /**
     * The bar's line, ended once per bar. progressbar 0.10.1 ends it when the bar closes, except when the bar
     * closes before its timer first drew it (a note or a failure straight after the start): then it draws
     * the bar but leaves the line open, and the next line would be printed onto it.
     */
    private static final class BarLine implements ProgressBarConsumer {

        private final ProgressBarConsumer out;
        private volatile boolean ended;

        BarLine(ProgressBarConsumer out) {
            this.out = out;
        }

        @Override
        public int getMaxRenderedLength() {
            return out.getMaxRenderedLength();
        }

        @Override
        public void accept(String rendered) {
            out.accept(rendered);
        }

        @Override
        public void close() {
            ended = true;
            out.close();
        }
    }
}
