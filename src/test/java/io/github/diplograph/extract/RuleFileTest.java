package io.github.diplograph.extract;

import io.github.diplograph.model.EventType;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading rule files and word lists: comments, the header, and errors that name the file and line. */
class RuleFileTest {

    private static final String HEADER = "# a comment\n\nname\ttrigger\tevent\tobject\texample\tcounter_example\n";

    private static List<Triggers.Trigger> triggers(String rows) throws IOException {
        return TriggerRules.read(RuleFile.read("test.tsv", new BufferedReader(new StringReader(HEADER + rows))));
    }

    private static String error(String rows) {
        return assertThrows(IllegalStateException.class, () -> triggers(rows)).getMessage();
    }

    @Test
    void readsRowsInOrderByColumnName() throws IOException {
        List<Triggers.Trigger> t = triggers("""
                phone-call\tphone call\tCALL\t-\tA had a phone call with B.\tA will have a phone call with B.
                # between rules
                received\treceived\tMEETING\tperson\tA received B.\tA received a letter.
                spoke-with\tspoke with\tCALL\tperson-next\tA spoke with B.\tA spoke with reporters.
                """);
        assertEquals(List.of("phone-call", "received", "spoke-with"), t.stream().map(Triggers.Trigger::name).toList());
        assertEquals(List.of("phone", "call"), t.get(0).words());
        assertEquals(EventType.MEETING, t.get(1).type());
        assertTrue(t.get(1).needsObjectPerson() && !t.get(1).directObject());
        assertTrue(t.get(2).needsObjectPerson() && t.get(2).directObject());
        assertEquals("pattern:spoke_with", t.get(2).evidenceRule());
        assertEquals("A spoke with reporters.", t.get(2).counterExample());
    }

    @Test
    void aMalformedRowIsRefusedWithItsFileAndLine() {
        assertEquals("test.tsv:4: 5 tab-separated fields, the header has 6 [name, trigger, event, object, example, "
                + "counter_example]", error("met\tmet\tMEETING\t-\tA met B.\n"));
        assertEquals("test.tsv:4: unknown event \"MEET\", expected one of [MEETING, CALL, VISIT, DELIVERY]",
                error("met\tmet\tMEET\t-\tA met B.\tA never met B.\n"));
        assertEquals("test.tsv:4: unknown object condition \"object\", expected -, person, person-next, with-person, by-person or between-person",
                error("met\tmet\tMEETING\tobject\tA met B.\tA never met B.\n"));
        assertEquals("test.tsv:4: trigger \"Met\": lower-case words separated by single spaces",
                error("met\tMet\tMEETING\t-\tA met B.\tA never met B.\n"));
        assertEquals("test.tsv:4: empty counter_example", error("met\tmet\tMEETING\t-\tA met B.\t \n"));
    }

    @Test
    void aRuleThatWouldBeShadowedOrConfusedIsRefused() {
        String met = "met\tmet\tMEETING\t-\tA met B.\tA never met B.\n";
        assertEquals("test.tsv:5: trigger \"met\" is already rule met",
                error(met + "met-again\tmet\tCALL\t-\tA met B.\tA never met B.\n"));
        assertEquals("test.tsv:5: rule name \"met\" used twice",
                error(met + "met\tmeets\tMEETING\t-\tA meets B.\tA never meets B.\n"));
    }

    @Test
    void aFileWithoutHeaderOrOnTheClasspathIsNamed() {
        BufferedReader onlyAComment = new BufferedReader(new StringReader("# only a comment\n"));
        assertEquals("empty.tsv: no header line", assertThrows(IllegalStateException.class,
                () -> RuleFile.read("empty.tsv", onlyAComment)).getMessage());
        assertEquals("missing rule file rules/none.tsv on the classpath",
                assertThrows(IllegalStateException.class, () -> RuleFile.read("rules/none.tsv")).getMessage());
    }

    @Test
    void wordListsAreReadByNameAndCheckedWordByWord() throws IOException {
        String header = "list\twords\n";
        assertEquals(java.util.Map.of("negation", java.util.Set.of("not", "n't", "never")), WordLists.read(
                RuleFile.read("w.tsv", new BufferedReader(new StringReader(header + "negation\tnot n't  never\n")))));
        assertEquals("w.tsv:2: word \"Never\" of list negation: not lower case", assertThrows(
                IllegalStateException.class, () -> WordLists.read(RuleFile.read("w.tsv",
                        new BufferedReader(new StringReader(header + "negation\tnot Never\n"))))).getMessage());
        assertEquals("w.tsv:2: word \"not\" twice in list negation", assertThrows(IllegalStateException.class,
                () -> WordLists.read(RuleFile.read("w.tsv",
                        new BufferedReader(new StringReader(header + "negation\tnot not\n"))))).getMessage());
        assertEquals(Lexicon.NEGATION, WordLists.get("negation"));
        assertEquals("rules/word-lists.tsv: no list \"nothing\"",
                assertThrows(IllegalStateException.class, () -> WordLists.get("nothing")).getMessage());
    }
}
