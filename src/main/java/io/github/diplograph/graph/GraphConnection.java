package io.github.diplograph.graph;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Session;

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
