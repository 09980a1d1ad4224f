package io.github.diplograph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;

/**
 * Brings the schema (constraints and indexes from {@code cypher/migrations/}) up to date with Neo4j
 * Migrations. Applied migrations are recorded in the graph, so running it on every start is cheap and
 * idempotent.
 */
public final class SchemaMigrator {

    public static final String LOCATION = "classpath:cypher/migrations";

    private SchemaMigrator() {
    }

    public static void migrate(GraphConnection connection) {
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withDatabase(connection.database())
                .build();
        new Migrations(config, connection.driver()).apply();
    }
}
