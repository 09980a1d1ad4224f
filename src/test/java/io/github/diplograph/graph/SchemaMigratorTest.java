package io.github.diplograph.graph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migration files handed to Neo4j Migrations are exactly those of {@code cypher/migrations/}. */
class SchemaMigratorTest {

    @Test
    void theScannerListsEveryShippedMigrationFileAndOnlyThose() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("cypher/migrations"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.cypher")).sorted().toList();
        }
        List<URL> urls = SchemaMigrator.shippedResources(List.of("cypher/migrations"));

        assertFalse(onDisk.isEmpty());
        assertEquals(onDisk, urls.stream().map(SchemaMigratorTest::fileName).toList());
        for (URL url : urls) {
            try (InputStream in = url.openStream()) {
                assertEquals(Files.readString(Path.of("cypher/migrations", fileName(url))),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(urls, SchemaMigrator.shippedResources(List.of("/cypher/migrations/")));
    }

    @Test
    void aFolderWithoutOurMigrationsIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SchemaMigrator.shippedResources(List.of("db/migration")));
        assertTrue(refused.getMessage().contains("db/migration"), refused.getMessage());
    }

    private static String fileName(URL url) {
        return url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
    }
}
