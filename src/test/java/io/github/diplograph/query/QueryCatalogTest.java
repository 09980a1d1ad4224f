package io.github.diplograph.query;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query library reads each query's parameters from the ':params' header of its file, and checks them. */
class QueryCatalogTest {

    @Test
    void everyQueryDeclaresItsParametersInItsHeader() {
        Map<String, List<String>> declared = new HashMap<>();
        for (String name : Queries.names()) {
            declared.put(name, Queries.file(name).parameters());
        }
        assertEquals(Map.of(
                "meetings", List.of("year", "country", "person", "skip", "limit"),
                "officials", List.of("country", "year", "skip", "limit"),
                "agreements", List.of("country", "other", "skip", "limit"),
                "supporters", List.of("entity", "skip", "limit"),
                "timeline", List.of("person", "skip", "limit"),
                "mentions", List.of("entity", "skip", "limit"),
                "ties", List.of("country", "other", "skip", "limit"),
                "runs", List.of("source", "skip", "limit")), declared);
    }

    @Test
    void theHeaderGivesExamplesTypesAndADescription() {
        QueryFile meetings = Queries.file("meetings");
        assertEquals(2019L, meetings.exampleParameters().get("year"));
        assertNull(meetings.exampleParameters().get("country"));
        assertEquals(Long.class, meetings.type("year"));
        assertEquals(String.class, meetings.type("person"));
        assertTrue(meetings.description().startsWith("Which officials met"), meetings.description());
        assertEquals("Venezuela", Queries.file("ties").exampleParameters().get("other"));
    }

    @Test
    void absentParametersAreNullMeaningAny() {
        Map<String, Object> bound = Queries.bind(Queries.file("meetings"), Map.of("year", 2019));
        assertEquals(2019, bound.get("year"));
        assertTrue(bound.containsKey("country") && bound.get("country") == null, bound.toString());
        assertTrue(bound.containsKey("person") && bound.get("person") == null, bound.toString());
    }

    @Test
    void aMisspeltParameterIsAnErrorNamingWhatTheQueryTakes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Queries.bind(Queries.file("meetings"), Map.of("yaer", 2019)));
        assertEquals("query 'meetings' takes no parameter 'yaer'; it takes year, country, person, skip, limit", e.getMessage());
    }

    @Test
    void pagingIsAWholeNumberOfZeroOrMoreAndAbsentMeansEveryRow() {
        for (String name : Queries.names()) {
            assertEquals(Long.class, Queries.file(name).type("skip"), name);
            assertEquals(Long.class, Queries.file(name).type("limit"), name);
        }
        Map<String, Object> bound = Queries.bind(Queries.file("meetings"), Map.of("limit", 10));
        assertEquals(10, bound.get("limit"));
        assertTrue(bound.containsKey("skip") && bound.get("skip") == null, bound.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Queries.bind(Queries.file("meetings"), Map.of("skip", -1)));
        assertEquals("query 'meetings': parameter 'skip' must be 0 or more, not -1", e.getMessage());
    }

    @Test
    void aNumberGivenAsTextIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Queries.bind(Queries.file("meetings"), Map.of("year", "2019")));
        assertEquals("query 'meetings': parameter 'year' must be a whole number, not the String 2019", e.getMessage());
    }

    @Test
    void aPersonOrCountryStandsForTheEntityOfQueriesAboutAnyEntity() {
        assertEquals("Maduro", Queries.bind(Queries.file("supporters"), Map.of("person", "Maduro")).get("entity"));
        assertEquals("Cuba", Queries.bind(Queries.file("mentions"), Map.of("country", "Cuba")).get("entity"));
        assertEquals("Lavrov", Queries.bind(Queries.file("mentions"), Map.of("entity", "Lavrov", "country", "Cuba")).get("entity"));
        assertThrows(IllegalArgumentException.class, () -> Queries.bind(Queries.file("timeline"), Map.of("country", "Cuba")));
    }

    @Test
    void anUnknownQueryNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Queries.file("meeting"));
        assertTrue(e.getMessage().startsWith("no query named 'meeting'; known: meetings, officials"), e.getMessage());
    }
}
