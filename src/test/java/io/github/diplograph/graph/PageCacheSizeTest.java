package io.github.diplograph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded store's page cache: sized to the store, or as DIPLOGRAPH_PAGE_CACHE says. */
class PageCacheSizeTest {

    @Test
    void sizesAreReadWithTheirUnits() {
        assertEquals(8L << 30, EmbeddedNeo4j.parseSize("V", "8g"));
        assertEquals(512L << 20, EmbeddedNeo4j.parseSize("V", "512M"));
        assertEquals(1500000L << 10, EmbeddedNeo4j.parseSize("V", "1500000k"));
        assertEquals(100_000_000L, EmbeddedNeo4j.parseSize("V", " 100000000 "));
        assertEquals(2L << 30, EmbeddedNeo4j.parseSize("V", "2GB"));
    }

    @Test
    void aWrongSizeNamesTheVariableAndTheValue() {
        GraphUnavailableException e = assertThrows(GraphUnavailableException.class,
                () -> EmbeddedNeo4j.parseSize("DIPLOGRAPH_PAGE_CACHE", "lots"));
        assertEquals("DIPLOGRAPH_PAGE_CACHE=\"lots\" is not a size: give e.g. 8g, 512m or a number of bytes", e.getMessage());
        assertTrue(assertThrows(GraphUnavailableException.class, () -> EmbeddedNeo4j.parseSize("V", "1k"))
                .getMessage().contains("below the 8m"));
    }

    @Test
    void withoutTheVariableAnEmptyStoreGetsTheFloor(@TempDir Path store) {
        // (The variable is not set in the build's environment; with it, this size would be the variable's.)
        if (System.getenv(EmbeddedNeo4j.PAGE_CACHE_VARIABLE) == null) {
            assertEquals(256L << 20, EmbeddedNeo4j.pageCacheBytes(store));
        }
        assertTrue(EmbeddedNeo4j.pageCacheBytes(store) >= 8L << 20);
    }
}
