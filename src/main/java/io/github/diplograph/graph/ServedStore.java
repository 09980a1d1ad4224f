package io.github.diplograph.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A note in a store directory that a {@code serve} process has the store open, and where its Bolt port
 * is. Neo4j lets one process open a store; while {@code serve} runs, every other command on the same
 * store connects to it over Bolt instead (the same driver code as {@code --uri}), so an analyst who
 * keeps Browser open can still query and reload from a terminal — and a query costs a second, not a
 * database start. A note whose process is gone (killed) is ignored.
 */
public final class ServedStore {

    static final String FILE = "served-by.properties";

    private ServedStore() {
    }

    /** Writes the note: this process serves {@code store} on {@code boltUri}. */
    static void announce(Path store, String boltUri, boolean authentication) {
        Properties p = new Properties();
        p.setProperty("bolt", boltUri);
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("authentication", Boolean.toString(authentication));
        Path note = store.resolve(FILE);
        Path partial = store.resolve(FILE + ".partial");
        try {
            try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                p.store(w, "written by diplograph serve; removed when it stops");
            }
            // Whole or not at all: a reader never sees half a note.
            Files.move(partial, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Serving works without the note; other commands then need --uri, as before.
            System.err.println("diplograph: could not write " + note + ": " + e.getMessage());
        }
    }

    /** Removes the note if it is this process's own. */
    static void withdraw(Path store) {
        Path note = store.resolve(FILE);
        Optional<Properties> p = read(note);
        if (p.isPresent() && Long.toString(ProcessHandle.current().pid()).equals(p.get().getProperty("pid"))) {
            try {
                Files.deleteIfExists(note);
            } catch (IOException ignored) {
                // A note left behind names a process that has ended: readers ignore it.
            }
        }
    }

    /** A live process serving a store: where its Bolt port is, and whether it asks for a password. */
    public record Server(String boltUri, long pid, boolean authentication) {
    }

    /** The live process serving {@code store}, if there is one. */
    public static Optional<Server> of(Path store) {
        return read(store.resolve(FILE))
                .filter(p -> alive(p.getProperty("pid", "")))
                .filter(p -> !p.getProperty("bolt", "").isBlank())
                .map(p -> new Server(p.getProperty("bolt"), Long.parseLong(p.getProperty("pid").strip()),
                        Boolean.parseBoolean(p.getProperty("authentication"))));
    }

    private static boolean alive(String pid) {
        try {
            long id = Long.parseLong(pid.strip());
            return ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException notANumber) {
            return false;
        }
    }

    private static Optional<Properties> read(Path note) {
        if (!Files.isRegularFile(note)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(note, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
