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
                "meetings", List.of("year", "country", "person"),
                "officials", List.of("country", "year"),
                "agreements", List.of("country", "other"),
                "supporters", List.of("entity"),
                "timeline", List.of("person"),
                "mentions", List.of("entity"),
                "ties", List.of("country", "other"),
                "runs", List.of("source")), declared);
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
        assertEquals("query 'meetings' takes no parameter 'yaer'; it takes year, country, person", e.getMessage());
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
