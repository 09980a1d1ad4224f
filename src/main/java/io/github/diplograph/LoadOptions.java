package io.github.diplograph;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How a run loads a source.
 *
 * @param sync       a reload: also retract the documents loaded earlier from this source that it no longer holds
 * @param allowEmpty let a reload of an empty source retract everything loaded from it
 * @param lockWait   how long to wait for another run's load lock before giving up
 * @param command    what started the run, recorded on its {@code :LoadRun} ("load", "reload", "watch")
 * @param stop       asked between batches: true stops the run cleanly (a batch is never cut in half)
 */
public record LoadOptions(boolean sync, boolean allowEmpty, Duration lockWait, String command, BooleanSupplier stop) {

    /** A plain load: add new documents, replace changed ones; wait up to ten minutes for the lock. */
    public static LoadOptions load() {
        return new LoadOptions(false, false, Duration.ofMinutes(10), "load", () -> false);
    }

    /** A reload: a load that also retracts what the source no longer holds. */
    public static LoadOptions reload() {
        return new LoadOptions(true, false, Duration.ofMinutes(10), "reload", () -> false);
    }

    public LoadOptions withAllowEmpty(boolean value) {
        return new LoadOptions(sync, value, lockWait, command, stop);
    }

    public LoadOptions withLockWait(Duration value) {
        return new LoadOptions(sync, allowEmpty, value, command, stop);
    }

    public LoadOptions withCommand(String value) {
        return new LoadOptions(sync, allowEmpty, lockWait, value, stop);
    }

    public LoadOptions withStop(BooleanSupplier value) {
        return new LoadOptions(sync, allowEmpty, lockWait, command, value);
    }
}
