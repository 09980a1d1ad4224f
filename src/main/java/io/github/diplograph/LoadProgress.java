package io.github.diplograph;

/**
 * What a load tells its caller while it runs. Structured, so that a terminal can draw a bar from the
 * counts and a log can take plain lines (the {@code Consumer<String>} overloads of {@link Diplograph}
 * turn both into the text lines they have always printed).
 */
public interface LoadProgress {

    /** A message for a person: what was read, an earlier run of the source that never finished. */
    void note(String message);

    /**
     * {@code done} of the {@code total} documents that needed extracting are processed (written, or failed
     * and reported). Called with 0 when the work on them starts, then after every batch written; never
     * when no document needs extracting.
     */
    void documents(long done, long total);

    /** Tells nothing. */
    static LoadProgress silent() {
        return new LoadProgress() {
            @Override
            public void note(String message) {
            }

            @Override
            public void documents(long done, long total) {
            }
        };
    }
}
