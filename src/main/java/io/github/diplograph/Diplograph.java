package io.github.diplograph;

import io.github.diplograph.config.Settings;
import io.github.diplograph.extract.ActorList;
import io.github.diplograph.extract.Extractor;
import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.GraphConnection;
import io.github.diplograph.graph.GraphStats;
import io.github.diplograph.graph.GraphWriter;
import io.github.diplograph.graph.LoadLock;
import io.github.diplograph.graph.LoadRuns;
import io.github.diplograph.graph.SchemaMigrator;
import io.github.diplograph.LoadReport;
import io.github.diplograph.query.Queries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The library's front door:
 * <pre>{@code
 * try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(Path.of("data")))) {
 *     dg.load(Path.of("seeds"));
 *     dg.queries().meetings(MeetingFilter.ofYear(2019)).forEach(System.out::println);
 * }
 * }</pre>
 * Opening connects (starting the embedded Neo4j if no URI is given) and brings the schema up to date.
 * CoreNLP is loaded only when a document needs extracting and the embedded Neo4j only for a store without
 * a URI, so a client that only queries a server may leave both off its classpath (README, ClientProjectIT).
 */
public final class Diplograph implements AutoCloseable {

    private final GraphConnection connection;
    private final Settings settings;
    private final Queries queries;
    private Extractor extractor;

    /** Who holds the load lock: this process on this machine. */
    private static final String OWNER = ProcessHandle.current().pid() + "@" + hostName();
    /** A lock lease, renewed after every batch: a crashed holder's lock frees itself after this. */
    private static final java.time.Duration LOCK_LEASE = java.time.Duration.ofMinutes(10);
    private volatile boolean closed;

    private Diplograph(GraphConnection connection, Settings settings) {
        this.connection = connection;
        this.settings = settings;
        this.queries = new Queries(connection);
    }

    /** Opens the graph with the default {@link Settings}. */
    public static Diplograph open(ConnectionSettings connectionSettings) {
        return open(connectionSettings, Settings.defaults());
    }

    /** @throws io.github.diplograph.extract.ActorList.FormatException when the settings name an actor list that cannot be read */
    public static Diplograph open(ConnectionSettings connectionSettings, Settings settings) {
        if (settings.actors() != null) {
            // Checked before connecting: the extractor reads it only when a document needs extracting, too late to refuse a run.
            ActorList.read(settings.actors());
        }
        GraphConnection connection = GraphConnection.open(connectionSettings);
        try {
            SchemaMigrator.migrate(connection);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        return new Diplograph(connection, settings);
    }

    /** Loads a folder, a .txt file or a .jsonl feed; unchanged documents are skipped. */
    public LoadReport load(Path source) throws IOException {
        return load(source, LoadProgress.silent());
    }

    /** With progress as text lines: notes, and "N/M documents processed (R docs/s, about S s left)". */
    public LoadReport load(Path source, Consumer<String> progress) throws IOException {
        return run(source, LoadOptions.load(), progress);
    }

    public LoadReport load(Path source, LoadProgress progress) throws IOException {
        return run(source, LoadOptions.load(), progress);
    }

    /**
     * Makes the graph equal what {@code source} holds now: like {@link #load}, and the documents earlier
     * loaded from this source that it no longer holds are retracted with every fact they contributed.
     * An empty or vanished source is refused (nothing is retracted) unless {@code allowEmpty}.
     */
    public LoadReport reload(Path source, Consumer<String> progress) throws IOException {
        return run(source, LoadOptions.reload(), progress);
    }

    public LoadReport reload(Path source, LoadProgress progress) throws IOException {
        return run(source, LoadOptions.reload(), progress);
    }

    /**
     * A load or reload as one recorded run: it takes the graph's load lock (waiting up to
     * {@link LoadOptions#lockWait()}, else {@link io.github.diplograph.graph.LoadLockedException}), records a
     * {@code :LoadRun} at its start and its end, and reports earlier runs of the source that never finished.
     */
    public LoadReport run(Path source, LoadOptions options, Consumer<String> progress) throws IOException {
        return run(source, options, new ProgressLines(progress, Loader.chunk(settings)));
    }

    /** Like {@link #run(Path, LoadOptions, Consumer)}, with progress as counts (a terminal draws a bar from them). */
    public LoadReport run(Path source, LoadOptions options, LoadProgress progress) throws IOException {
        GraphConnection graph = open();
        String origin = source.toAbsolutePath().normalize().toString();
        String runId = java.util.UUID.randomUUID().toString();
        try (LoadLock lock = LoadLock.acquire(graph, OWNER, LOCK_LEASE, options.lockWait())) {
            LoadRuns runs = new LoadRuns(graph);
            runs.start(runId, origin, options.command(), OWNER);
            for (LoadRuns.Unfinished u : runs.markUnfinished(origin, runId)) {
                progress.note("the run " + u.id() + " of this source started at " + u.startedAt()
                        + " never finished (killed?); marked INCOMPLETE — this run completes its work");
            }
            try {
                // The models load only when a document needs extracting: an unchanged reload never pays for them.
                LoadReport report = new Loader(new GraphWriter(graph), this::extractor, settings, progress)
                        .load(source, options.sync(), options.allowEmpty(), options.stop(), lock::renew);
                runs.finish(runId, report.interrupted() ? "INTERRUPTED" : "OK", report.added(), report.changed(),
                        report.deleted(), report.unchanged(), report.failed(), null);
                return report;
            } catch (IOException | RuntimeException e) {
                runs.finish(runId, "FAILED", 0, 0, 0, 0, 0, String.valueOf(e.getMessage()));
                throw e;
            }
        }
    }

    public Queries queries() {
        open();
        return queries;
    }

    public GraphStats stats() {
        return GraphStats.read(open());
    }

    public Settings settings() {
        return settings;
    }

    public GraphConnection connection() {
        return open();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    /** The connection, or a clear error when this instance was closed. */
    private GraphConnection open() {
        if (closed) {
            throw new IllegalStateException("this Diplograph was closed; open a new one with Diplograph.open(…)");
        }
        return connection;
    }

    private synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor(settings);
        }
        return extractor;
    }

    /** Closes the connection (and stops the embedded Neo4j); closing again does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            connection.close();
        }
    }
}
