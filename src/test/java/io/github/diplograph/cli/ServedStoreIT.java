package io.github.diplograph.cli;

import io.github.diplograph.graph.EmbeddedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.diplograph.cli.CliEndToEndIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While `serve` has a store open, the other commands on that store reach it over Bolt (Neo4j opens a
 * store in one process only) and give the same answers as on the store itself.
 */
class ServedStoreIT {

    @TempDir
    static Path store;

    /** One load for all: the models and the extraction are the slow part, and no test changes the graph. */
    @BeforeAll
    static void loadSeeds() {
        CliEndToEndIT.Run load = run("load", "seeds", "--store", store.toString());
        assertEquals(0, load.code(), load.err());
    }

    @Test
    void commandsOnAServedStoreGoThroughTheServerAndAnswerTheSame() throws Exception {
        CliEndToEndIT.Run alone = run("query", "meetings", "--store", store.toString(), "--format", "json");
        assertEquals(0, alone.code(), alone.err());
        assertTrue(alone.out().contains("Maduro"), alone.out());

        Path note = store.resolve("served-by.properties");
        try (EmbeddedNeo4j served = EmbeddedNeo4j.start(store, serving(null))) {
            assertTrue(Files.readString(note).contains("pid=" + ProcessHandle.current().pid()), Files.readString(note));
            CliEndToEndIT.Run viaServer = run("query", "meetings", "--store", store.toString(), "--format", "json");
            assertEquals(0, viaServer.code(), viaServer.err());
            assertEquals(alone.out(), viaServer.out());
            assertEquals(0, run("stats", "--store", store.toString()).code());
            String port = served.boltUri().substring(served.boltUri().lastIndexOf(':') + 1);
            assertTrue(Files.readString(note).contains("bolt=bolt\\://127.0.0.1\\:" + port), Files.readString(note));
        }
        assertFalse(Files.exists(note), "the note goes with the server");
        CliEndToEndIT.Run afterwards = run("query", "meetings", "--store", store.toString(), "--format", "json");
        assertEquals(0, afterwards.code(), afterwards.err());
        assertEquals(alone.out(), afterwards.out());
    }

    @Test
    void aNoteLeftByAKilledServerIsIgnored() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.writeString(store.resolve("served-by.properties"), "bolt=bolt://127.0.0.1:1\npid=" + ended.pid() + "\n");
        CliEndToEndIT.Run r = run("query", "meetings", "--store", store.toString());
        Files.delete(store.resolve("served-by.properties"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Maduro"), r.out());
    }

    @Test
    void aServerWithAPasswordAsksForIt() throws Exception {
        try (EmbeddedNeo4j ignored = EmbeddedNeo4j.start(store, serving("s3cret-pass"))) {
            CliEndToEndIT.Run refused = run("query", "meetings", "--store", store.toString());
            assertEquals(3, refused.code(), refused.err());
            assertTrue(refused.err().contains("with a password"), refused.err());
            CliEndToEndIT.Run given = run("query", "meetings", "--store", store.toString(), "--password", "s3cret-pass");
            assertEquals(0, given.code(), given.err());
            assertTrue(given.out().contains("Maduro"), given.out());
        }
    }

    private static EmbeddedNeo4j.Serving serving(String password) throws IOException {
        return new EmbeddedNeo4j.Serving("127.0.0.1", freePort(), freePort(), password, null);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
