package io.github.diplograph.graph;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;

import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Neo4j running inside this JVM on a persistent store directory, reachable only from localhost over Bolt
 * on a free port. The rest of the program never touches it directly: it connects with the ordinary
 * driver, exactly as it would to an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final int boltPort;
    /** The store this process announced it serves ({@link ServedStore}); null when not serving. */
    private Path announced;

    /** Stops Neo4j cleanly if the JVM exits while the store is open; removed again on close. */
    private final Thread shutdownHook = new Thread(this::closeQuietly, "diplograph-neo4j-shutdown");

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /** Does {@code store} hold a Neo4j store (as opposed to nothing, or an unrelated folder)? */
    public static boolean exists(Path store) {
        return Files.isDirectory(store.resolve("data").resolve("databases"));
    }

    /**
     * How {@code serve} exposes the store: Bolt and HTTP (with Neo4j Browser at /browser/) on fixed ports
     * of one address, and authentication only with a password (never an open database on a network).
     */
    public record Serving(String address, int boltPort, int httpPort, String password, String browserPostConnect) {
    }

    /** An in-process Neo4j for one command: Bolt on a free localhost port, no HTTP, no auth. */
    public static EmbeddedNeo4j start(Path store) {
        return start(store, null);
    }

    /** An in-process Neo4j that serves Browser and Bolt as {@code serving} says (null: as {@link #start(Path)}). */
    public static EmbeddedNeo4j start(Path store, Serving serving) {
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw new GraphUnavailableException("cannot use " + store.toAbsolutePath() + " as a store: it is a file, not a directory");
        }
        try {
            Files.createDirectories(store);
        } catch (IOException e) {
            throw new GraphUnavailableException("cannot create store directory " + store + ": " + e.getMessage(), e);
        }
        // Checked before Neo4j starts: it would otherwise fill the terminal with log traces and blame another process.
        if (!Files.isWritable(store)) {
            throw new GraphUnavailableException("the store " + store.toAbsolutePath() + " is not writable by this user");
        }
        DatabaseManagementService dbms;
        try {
            String address = serving == null ? "localhost" : serving.address();
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(store.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    // Port 0: the OS picks a free port, so several stores (and tests) can run side by side.
                    .setConfig(BoltConnector.listen_address, new SocketAddress(address, serving == null ? 0 : serving.boltPort()))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, serving != null)
                    .setConfig(HttpConnector.listen_address, new SocketAddress(address, serving == null ? 0 : serving.httpPort()))
                    // Only reachable from this machine, so no credentials to manage — unless serving with a password.
                    .setConfig(GraphDatabaseSettings.auth_enabled, serving != null && serving.password() != null)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes(store))
                    // Neo4j's anonymous usage report would call home from the user's machine: nothing of the
                    // tool reaches the network unless the user points it at a server.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // One plan per statement for any size of its list parameters: with size hints Neo4j plans a
                    // statement again for every order of magnitude of a list's size (10, 100, 1,000 rows), and
                    // the writer's batches, whose row counts vary around such a bound, paid a new plan of a
                    // dozen statements in the middle of a load (docs/PERFORMANCE.md).
                    .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
                    // Bolt's network threads otherwise idle for seconds on shutdown; every CLI call would pay it.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                    // Neo4j's own logs go to <store>/logs, never to the user's terminal.
                    .setUserLogProvider(NullLogProvider.getInstance());
            if (serving != null) {
                // Browser's discovery endpoint tells the browser where Bolt is: the address and port actually served.
                builder.setConfig(BoltConnector.advertised_address, new SocketAddress(advertised(address), serving.boltPort()))
                        .setConfig(HttpConnector.advertised_address, new SocketAddress(advertised(address), serving.httpPort()));
                if (serving.browserPostConnect() != null) {
                    // Browser applies our style and opens our guide (served from localhost) once connected.
                    builder.setConfig(org.neo4j.server.configuration.ServerSettings.browser_post_connect_cmd, serving.browserPostConnect())
                            .setConfig(org.neo4j.server.configuration.ServerSettings.browser_remote_content_hostname_whitelist,
                                    "localhost,127.0.0.1");
                }
            }
            dbms = builder
                    .build();
        } catch (RuntimeException e) {
            throw new GraphUnavailableException("cannot start the embedded Neo4j on " + store.toAbsolutePath()
                    + ": " + GraphConnection.rootMessage(e) + " (is another diplograph process using this store?)", e);
        }
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        if (serving != null && serving.password() != null) {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", serving.password()));
        }
        EmbeddedNeo4j neo4j = new EmbeddedNeo4j(dbms, port);
        Runtime.getRuntime().addShutdownHook(neo4j.shutdownHook);
        if (serving != null) {
            String host = advertised(serving.address());
            ServedStore.announce(store, "bolt://" + (host.equals("localhost") ? "127.0.0.1" : host) + ":" + port,
                    serving.password() != null);
            neo4j.announced = store;
        }
        return neo4j;
    }

    /** The variable that sets the page cache's size ("8g", "512m", "1500000k" or bytes) instead of {@link #pageCacheBytes}. */
    static final String PAGE_CACHE_VARIABLE = "DIPLOGRAPH_PAGE_CACHE";

    /**
     * The page cache: {@value #PAGE_CACHE_VARIABLE} if set, else one that holds the whole store and half again
     * (a query that has to read pages from disk is many times slower; a million events are ~8 GB), at least
     * 256 MB and at most what the machine's memory leaves beside this JVM's largest heap and 2 GB for the rest.
     * Sized when the store starts: a store that grows much while open keeps the cache it started with.
     */
    static long pageCacheBytes(Path store) {
        String set = System.getenv(PAGE_CACHE_VARIABLE);
        return set == null || set.isBlank() ? sizedToStore(store) : parseSize(PAGE_CACHE_VARIABLE, set);
    }

    /** "8g", "512M", "1500000k" or a number of bytes; at least 8 MB (Neo4j's own floor is near it). */
    static long parseSize(String variable, String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s*(\\d+)\\s*([kmg]?)b?\\s*").matcher(value);
        if (!m.matches()) {
            throw new GraphUnavailableException(variable + "=\"" + value + "\" is not a size: give e.g. 8g, 512m or a number of bytes");
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new GraphUnavailableException(variable + "=\"" + value + "\" is too large", e);
        }
        long bytes = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> ByteUnit.kibiBytes(n);
            case "m" -> ByteUnit.mebiBytes(n);
            case "g" -> ByteUnit.gibiBytes(n);
            default -> n;
        };
        if (bytes < ByteUnit.mebiBytes(8)) {
            throw new GraphUnavailableException(variable + "=\"" + value + "\" is below the 8m a page cache needs");
        }
        return bytes;
    }

    private static long sizedToStore(Path store) {
        long size;
        try (var files = Files.walk(store)) {
            size = files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("transactions"))
                    .mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            size = 0;
        }
        long physical = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        long wanted = Math.max(ByteUnit.mebiBytes(256), size + size / 2);
        long room = physical - Runtime.getRuntime().maxMemory() - ByteUnit.gibiBytes(2);
        return Math.min(wanted, Math.max(ByteUnit.mebiBytes(256), room));
    }

    private static String advertised(String address) {
        return address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    private volatile boolean closed;

    /** Work that a JVM shutdown (Ctrl-C, SIGTERM) lets finish before it stops the store. */
    private static final java.util.List<java.util.concurrent.CountDownLatch> FINISH_BEFORE_SHUTDOWN =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * On a JVM shutdown, the store is stopped only once {@code done} is counted down (or after 60 s). Shutdown
     * hooks run all at once: without this, {@code watch}'s own hook would wait for its run to end at a batch
     * boundary while this one stopped the database under it, and the run would retry against a stopped store.
     */
    public static void finishBeforeShutdown(java.util.concurrent.CountDownLatch done) {
        FINISH_BEFORE_SHUTDOWN.add(done);
    }

    private void closeQuietly() {
        for (java.util.concurrent.CountDownLatch done : FINISH_BEFORE_SHUTDOWN) {
            try {
                done.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            close();
        } catch (RuntimeException ignored) {
            // Already shutting down the JVM; nothing useful to report.
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // The JVM is exiting: the hook runs anyway and finds the store closed.
                }
            }
            if (announced != null) {
                // First: a command started from now on opens the store itself instead of calling a server that is stopping.
                ServedStore.withdraw(announced);
            }
            dbms.shutdown();
        }
    }
}
