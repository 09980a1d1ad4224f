package io.github.diplograph.extract;

import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.EventFact;
import io.github.diplograph.model.FuzzyDate;
import io.github.diplograph.model.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of {@value Triggers#RULES}, through the real extractor: its example must give an event of its
 * type found by that rule, its counter-example none. When a rule changes, its examples say what it was
 * meant to do; when an example fails, write a clearer sentence rather than loosening this test.
 */
class RuleExamplesTest {

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor();
    }

    static Stream<Arguments> rules() {
        return Triggers.EVENTS.stream().map(rule -> Arguments.of(rule.name(), rule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void firesOnItsExampleAndNotOnItsCounterExample(String name, Triggers.Trigger rule) {
        assertAll(
                // A counter-example without the trigger's words would pass without testing anything.
                () -> assertTrue(hasWords(rule.example(), rule), "the example lacks \"" + phrase(rule) + "\""),
                () -> assertTrue(hasWords(rule.counterExample(), rule),
                        "the counter-example lacks \"" + phrase(rule) + "\""),
                () -> {
                    List<EventFact> found = eventsOf(rule, rule.example());
                    assertFalse(found.isEmpty(), "no " + rule.type() + " by " + rule.evidenceRule() + " in \""
                            + rule.example() + "\"; events: " + extract(rule.example()).events());
                },
                () -> {
                    List<EventFact> found = eventsOf(rule, rule.counterExample());
                    assertTrue(found.isEmpty(), "the counter-example \"" + rule.counterExample() + "\" gave " + found);
                });
    }

    /** The events of the rule's type whose evidence names the rule. */
    private static List<EventFact> eventsOf(Triggers.Trigger rule, String sentence) {
        return extract(sentence).events().stream()
                .filter(e -> e.type() == rule.type())
                .filter(e -> e.evidence().stream().anyMatch(ev -> ev.extractor().equals(rule.evidenceRule())))
                .toList();
    }

    private static DocumentMap extract(String sentence) {
        FuzzyDate published = FuzzyDate.parse("2024-05-10");
        DocumentInfo info = new DocumentInfo("rule-example.txt", "x", null, null, null, published, "en");
        return extractor.extract(new SourceDocument(info, sentence));
    }

    private static boolean hasWords(String sentence, Triggers.Trigger rule) {
        Pattern words = Pattern.compile("\\b" + Pattern.quote(phrase(rule)) + "\\b");
        return words.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    private static String phrase(Triggers.Trigger rule) {
        // A hyphen is a token of its own ("tête - à - tête"), written joined to its words.
        return String.join(" ", rule.words()).replace(" - ", "-");
    }
}
