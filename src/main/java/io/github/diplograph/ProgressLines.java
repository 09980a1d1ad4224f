package io.github.diplograph;

import java.util.function.Consumer;

/**
 * {@link LoadProgress} as the text lines the {@code Consumer<String>} API has always printed: notes as they
 * are, and one "N/M documents processed (R docs/s, about S s left)" line per chunk of documents (the loader
 * reports every batch; a line per batch would be several times as many lines for callers that log them).
 */
final class ProgressLines implements LoadProgress {

    private final Consumer<String> lines;
    private final long every;
    private long started;

    /** @param every a line when this many more documents are done (the loader's chunk), and at the end */
    ProgressLines(Consumer<String> lines, long every) {
        this.lines = lines;
        this.every = every;
    }

    @Override
    public void note(String message) {
        lines.accept(message);
    }

    @Override
    public void documents(long done, long total) {
        if (done == 0) {
            started = System.nanoTime();
            return;
        }
        if (done % every != 0 && done != total) {
            return;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double rate = done / Math.max(elapsed, 1e-3);
        lines.accept(String.format("%d/%d documents processed (%.1f docs/s, about %.0f s left)", done, total,
                rate, (total - done) / Math.max(rate, 1e-3)));
    }
}
