package io.github.diplograph.query;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query library sends Neo4j only the branches of a query whose guard on the parameters can pass
 * (QueryPlansIT checks on the seeds that the answers are those of the whole text).
 */
class GuardedBranchesTest {

    private static String meetings(Map<String, Object> given) {
        QueryFile file = Queries.file("meetings");
        return file.cypher(Queries.bind(file, given));
    }

    @Test
    void aPersonGivenKeepsThePersonBranchOnlyWithItsGuard() {
        String text = meetings(Map.of("person", "Lavrov", "year", 2019));
        assertTrue(text.contains("WITH 1 AS guard WHERE $person IS NOT NULL"), text);
        assertFalse(text.contains("WITH 1 AS guard WHERE $person IS NULL"), text);
        assertFalse(text.contains("\n  UNION\n"), text);
        // UNION returned each event once: one branch left returns its rows distinct.
        assertTrue(text.contains("\n  RETURN DISTINCT e\n}"), text);
        // What follows the branches, and the header Browser users read, are untouched.
        String whole = Queries.file("meetings").cypher();
        assertTrue(text.startsWith(whole.substring(0, whole.indexOf("CALL () {"))), text);
        assertTrue(text.endsWith(whole.substring(whole.indexOf("\n}\n"))), text);
    }

    @Test
    void eachFilterHasItsBranch() {
        assertTrue(meetings(Map.of("country", "RUS")).contains("WHERE $person IS NULL AND $country IS NOT NULL"));
        assertFalse(meetings(Map.of("country", "RUS")).contains("WHERE $person IS NULL AND $country IS NULL"));
        assertTrue(meetings(Map.of()).contains("WHERE $person IS NULL AND $country IS NULL"));
        assertFalse(meetings(Map.of("year", 2019)).contains("$person IS NOT NULL"));
    }

    @Test
    void branchesThatMayPassStayJoinedByUnion() {
        QueryFile mentions = Queries.file("mentions");
        String text = mentions.cypher(Queries.bind(mentions, Map.of("entity", "Cuba")));
        assertEquals(3, text.split("\n  UNION\n", -1).length - 1, text);
        assertFalse(text.contains("WITH 1 AS guard WHERE $entity IS NULL"), text);
        assertFalse(text.contains("RETURN DISTINCT"), text);
    }

    @Test
    void aBranchWithoutAPlainGuardIsAlwaysKept() {
        QueryFile agreements = Queries.file("agreements");
        String whole = agreements.cypher();
        // Its first branch opens with coalesce(...): kept; the second's guard fails when a country is given.
        String text = agreements.cypher(Queries.bind(agreements, Map.of("country", "RUS")));
        assertTrue(text.contains("WITH coalesce($country, $other) AS given"), text);
        assertFalse(text.contains("$country IS NULL AND $other IS NULL"), text);
        assertEquals(whole, agreements.cypher(Queries.bind(agreements, Map.of())));
    }

    @Test
    void aTextOfAnotherShapeIsSentWhole() {
        QueryFile runs = Queries.file("runs");
        assertEquals(runs.cypher(), runs.cypher(Queries.bind(runs, Map.of("source", "seeds"))));
        String odd = "CALL () {\n  WITH 1 AS guard WHERE $a IS NULL\n  RETURN 1 AS x\n  UNION\n  WITH 1 AS guard WHERE $a IS NOT NULL\n  RETURN count(*) AS x\n}\nRETURN x";
        // The one branch left does not end with RETURN of plain names: no DISTINCT can be added, so it stays whole.
        assertEquals(odd, GuardedBranches.forParameters(odd, java.util.Collections.singletonMap("a", null)));
    }
}
