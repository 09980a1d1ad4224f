package io.github.diplograph.graph;

import io.github.diplograph.Diplograph;
import io.github.diplograph.LoadReport;
import io.github.diplograph.query.Records;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same loader and query library against the official Neo4j server image over Bolt (--uri).
 * Skipped, without waiting, where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jServerContainerIT {

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withAdminPassword("diplograph-test");

    @Test
    void loadsAndAnswersOverBolt() throws Exception {
        ConnectionSettings settings = ConnectionSettings.remote(NEO4J.getBoltUrl(), "neo4j", "diplograph-test");
        try (Diplograph dg = Diplograph.open(settings)) {
            LoadReport report = dg.load(Path.of("seeds"));
            assertEquals(0, report.failed(), report.problems().toString());
            List<Records.Meeting> meetings = dg.queries().meetings(2019, null, "Putin");
            assertEquals(1, meetings.size(), meetings.toString());
            assertEquals(2, meetings.get(0).sources().size());
            assertTrue(dg.load(Path.of("seeds")).unchanged() == 5);
        }
    }
}
