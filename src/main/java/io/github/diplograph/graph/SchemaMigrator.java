package io.github.diplograph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Brings the schema (constraints and indexes from {@code cypher/migrations/}) up to date with Neo4j
 * Migrations. Applied migrations are recorded in the graph ({@code __Neo4jMigration} nodes). Neo4j
 * Migrations scans the whole classpath and takes a lock node even when nothing is pending — seconds on
 * every start, and a lock a killed process leaves behind — so it runs only when a shipped migration is
 * not yet applied; the check is one query.
 */
public final class SchemaMigrator {

    public static final String LOCATION = "classpath:cypher/migrations";
    private static final String FOLDER = "cypher/migrations";
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.cypher");

    private SchemaMigrator() {
    }

    public static void migrate(GraphConnection connection) {
        if (pending(connection).isEmpty()) {
            return;
        }
        if (connection.isEmbedded()) {
            // A process killed while migrating leaves Neo4j Migrations' lock node behind, and every later start
            // would fail on it. The embedded store is ours alone (Neo4j's store lock), so a lock found is stale.
            try (Session session = connection.session()) {
                session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.statement("admin/clear-stale-migration-lock")).consume());
            }
        }
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withDatabase(connection.database())
                // Neo4j cannot change the schema and data in one transaction; V005 creates an index and fills
                // the property it indexes. Every statement of our migrations is idempotent on its own.
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
                // Neo4j Migrations' own scanner (ClassGraph) opens every jar of the classpath to find the folder;
                // ours lists the one folder it knows: the files are ours, in our jar or folder.
                .withResourceScanner(SchemaMigrator::shippedResources)
                .build();
        new Migrations(config, connection.driver()).apply();
    }

    /** The URLs of the migration files of this build, for Neo4j Migrations (asked for {@link #LOCATION}'s folder only). */
    static List<URL> shippedResources(List<String> folders) {
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        List<URL> urls = new ArrayList<>();
        for (String folder : folders) {
            String path = folder.replaceAll("^/+|/+$", "");
            if (!path.equals(FOLDER)) {
                throw new IllegalArgumentException("no migrations are shipped in " + folder + ", only in " + FOLDER);
            }
            for (String name : shippedFiles()) {
                urls.add(Objects.requireNonNull(loader.getResource(FOLDER + "/" + name), name));
            }
        }
        return urls;
    }

    /** The versions shipped with this build that the graph has not applied yet ("001", …). */
    public static Set<String> pending(GraphConnection connection) {
        Set<String> pending = new TreeSet<>(shippedVersions());
        try (Session session = connection.session()) {
            session.executeRead(tx -> tx.run(CypherFiles.statement("admin/applied-migrations")).list(r -> r.get("version")))
                    .forEach(v -> pending.remove(v.isNull() ? "" : v.asString()));
        }
        return pending;
    }

    /** The migration versions in {@code cypher/migrations/} of this build, read from our own jar or folder. */
    static Set<String> shippedVersions() {
        Set<String> versions = new HashSet<>();
        for (String name : shippedFiles()) {
            versions.add(VERSION.matcher(name).replaceFirst("$1"));
        }
        return versions;
    }

    /** The names of the migration files in {@code cypher/migrations/} of this build ("V001__node_keys.cypher", …), sorted. */
    static List<String> shippedFiles() {
        URL url = SchemaMigrator.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException(FOLDER + " is not on the classpath");
        }
        List<String> files = new ArrayList<>();
        try {
            List<String> names;
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                // Our own handle, not the shared cached one the class loader may use: closing it is safe.
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    names = jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(FOLDER + "/"))
                            .map(n -> n.substring(n.lastIndexOf('/') + 1)).toList();
                }
            } else {
                try (Stream<Path> listing = Files.list(Path.of(url.toURI()))) {
                    names = listing.map(p -> p.getFileName().toString()).toList();
                }
            }
            for (String name : names) {
                if (VERSION.matcher(name).matches()) {
                    files.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Collections.sort(files);
        return files;
    }
}
