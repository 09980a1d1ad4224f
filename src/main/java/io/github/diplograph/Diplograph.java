package io.github.diplograph;

import io.github.diplograph.config.Settings;
import io.github.diplograph.extract.Extractor;
import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.GraphConnection;
import io.github.diplograph.graph.GraphStats;
import io.github.diplograph.graph.GraphWriter;
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
 *     dg.queries().meetings(2019, null, null).forEach(System.out::println);
 * }
 * }</pre>
 * Opening connects (starting the embedded Neo4j if no URI is given) and brings the schema up to date.
 */
public final class Diplograph implements AutoCloseable {

    private final GraphConnection connection;
    private final Settings settings;
    private final Queries queries;
    private Extractor extractor;
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

    public static Diplograph open(ConnectionSettings connectionSettings, Settings settings) {
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
        return load(source, message -> { });
    }

    public LoadReport load(Path source, Consumer<String> progress) throws IOException {
        // The models load only when a document needs extracting: an unchanged reload never pays for them.
        return new Loader(new GraphWriter(open()), this::extractor, settings, progress).load(source);
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
