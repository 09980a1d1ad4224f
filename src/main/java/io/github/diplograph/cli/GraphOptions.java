package io.github.diplograph.cli;

import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.EmbeddedNeo4j;
import io.github.diplograph.graph.GraphUnavailableException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the graph is: the options every graph command takes (environment variables as fallback). */
final class GraphOptions {

    @Option(names = "--store", paramLabel = "PATH",
            description = "Store directory of the embedded Neo4j (default: $DIPLOGRAPH_STORE or ./data).")
    Path store;

    @Option(names = "--uri", paramLabel = "URI",
            description = "Bolt URI of an external Neo4j server, cluster or Aura (default: $DIPLOGRAPH_URI; none = embedded).")
    String uri;

    @Option(names = "--user", paramLabel = "USER", description = "User for --uri (default: $DIPLOGRAPH_USER or neo4j).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password for --uri (default: $DIPLOGRAPH_PASSWORD).")
    String password;

    @Option(names = "--database", paramLabel = "NAME", description = "Database name (default: $DIPLOGRAPH_DATABASE or neo4j).")
    String database;

    /** Where to write: an embedded store is created if it does not exist yet (load). */
    ConnectionSettings settings() {
        return ConnectionSettings.resolve(uri, user, password, database, store, System.getenv());
    }

    /**
     * Where to read: an embedded store must already exist. A typo in --store, or a command run from the
     * wrong directory, is an error naming the path — not a new empty store and an empty answer.
     */
    ConnectionSettings existing() {
        ConnectionSettings s = settings();
        if (s.isEmbedded() && !EmbeddedNeo4j.exists(s.store())) {
            throw new GraphUnavailableException("no diplograph store at " + s.store().toAbsolutePath().normalize()
                    + " (load articles into it first, or give --store PATH or --uri)");
        }
        return s;
    }
}
