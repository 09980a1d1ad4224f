package io.github.diplograph.graph;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Session;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One driver connection to the graph, wherever it runs. For the embedded default it also owns the
 * in-process Neo4j and stops it on close.
 */
public final class GraphConnection implements AutoCloseable {

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;
    private final String description;
    private final String uri;

    private GraphConnection(Driver driver, String uri, String database, EmbeddedNeo4j embedded, String description) {
        this.driver = driver;
        this.uri = uri;
        this.database = database;
        this.embedded = embedded;
        this.description = description;
    }

    public static GraphConnection open(ConnectionSettings settings) {
        if (settings.isEmbedded()) {
            Optional<ServedStore.Server> server = ServedStore.of(settings.store());
            if (server.isPresent()) {
                return openServed(settings, server.get());
            }
        }
        // EmbeddedNeo4j (and with it the Neo4j DBMS classes) is loaded only here, for an embedded store.
        EmbeddedNeo4j embedded = settings.isEmbedded() ? EmbeddedNeo4j.start(settings.store()) : null;
        String uri = embedded != null ? embedded.boltUri() : settings.uri();
        AuthToken auth = embedded != null || settings.password() == null
                ? AuthTokens.none()
                : AuthTokens.basic(settings.user(), settings.password());
        Config config = Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
                .build();
        if (embedded == null) {
            // Netty, under the driver, looks for SLF4J first and finds Neo4j's Log4j bridge on a full classpath:
            // hundreds of classes and an XML configuration parsed for a one-row query from a server. The driver
            // installs its own Netty logging once it runs; this only decides who answers before that. (Not for
            // the embedded store: Neo4j has set up its logging already.)
            io.netty.util.internal.logging.InternalLoggerFactory.setDefaultFactory(
                    io.netty.util.internal.logging.JdkLoggerFactory.INSTANCE);
        }
        Driver driver = null;
        try {
            driver = GraphDatabase.driver(uri, auth, config);
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw new GraphUnavailableException("cannot connect to Neo4j at " + uri + ": "
                    + rootMessage(e), e);
        }
        return new GraphConnection(driver, uri, settings.database(), embedded, settings.describe());
    }

    /**
     * A store that a {@code serve} process has open: Neo4j would refuse to open it a second time, so this
     * connects to that process over Bolt, as {@code --uri} would.
     */
    private static GraphConnection openServed(ConnectionSettings settings, ServedStore.Server server) {
        String password = settings.password() != null ? settings.password() : System.getenv("DIPLOGRAPH_PASSWORD");
        if (server.authentication() && password == null) {
            throw new GraphUnavailableException("the store " + settings.store().toAbsolutePath().normalize()
                    + " is served by process " + server.pid() + " with a password: give --password or set DIPLOGRAPH_PASSWORD");
        }
        ConnectionSettings viaBolt = new ConnectionSettings(server.boltUri(),
                server.authentication() ? (settings.user() != null ? settings.user() : "neo4j") : null,
                server.authentication() ? password : null, settings.database(), settings.store());
        GraphConnection connection = open(viaBolt);
        return new GraphConnection(connection.driver, connection.uri, connection.database, null,
                "store " + settings.store().toAbsolutePath().normalize() + " served by process " + server.pid() + " at " + server.boltUri());
    }

    /**
     * The innermost cause's message. Here, not in EmbeddedNeo4j: a client of a server may leave the embedded
     * Neo4j off its classpath, and a failed connection must still be this one line, not a NoClassDefFoundError.
     */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * The Bolt URI the driver is connected to; for the embedded store, the local port other processes on
     * this machine can use while this connection is open.
     */
    public String uri() {
        return uri;
    }

    public Driver driver() {
        return driver;
    }

    public Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    /** Is this the in-process Neo4j (which no other process can have open)? */
    public boolean isEmbedded() {
        return embedded != null;
    }

    public String database() {
        return database;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
