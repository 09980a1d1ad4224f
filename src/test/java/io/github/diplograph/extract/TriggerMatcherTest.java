package io.github.diplograph.extract;

import io.github.diplograph.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one trigger matcher: longest pattern first, list order among equals. */
class TriggerMatcherTest {

    private record P(String label, List<String> words) implements TriggerMatcher.Phrase {
        static P of(String label, String words) {
            return new P(label, List.of(words.split(" ")));
        }
    }

    private static List<Token> tokens(String text) {
        return Arrays.stream(text.split(" ")).map(w -> new Token(w, 0, 0, null, null, null)).toList();
    }

    @Test
    void theLongestPatternWinsWhereverItIsListed() {
        P shortFirst = P.of("active", "backed");
        P longLater = P.of("passive", "backed by");
        TriggerMatcher<P> m = new TriggerMatcher<>(List.of(shortFirst, longLater));
        assertSame(longLater, m.match(tokens("rebels backed by Russia"), 1));
        assertSame(shortFirst, m.match(tokens("Russia backed the rebels"), 1));
        TriggerMatcher<P> reversed = new TriggerMatcher<>(List.of(longLater, shortFirst));
        assertSame(longLater, reversed.match(tokens("rebels backed by Russia"), 1));
    }

    @Test
    void amongPatternsOfOneLengthTheFirstListedWins() {
        P call = P.of("call", "phone talks");
        P meeting = P.of("meeting", "phone talks");
        assertSame(call, new TriggerMatcher<>(List.of(call, meeting)).match(tokens("held phone talks"), 1));
        assertSame(meeting, new TriggerMatcher<>(List.of(meeting, call)).match(tokens("held phone talks"), 1));
    }

    @Test
    void aPatternMustFitEntirelyInTheTokensFromItsStart() {
        TriggerMatcher<P> m = new TriggerMatcher<>(List.of(P.of("x", "held talks")));
        assertNull(m.match(tokens("they held"), 1), "cut off by the end of the sentence");
        assertNull(m.match(tokens("they held no talks"), 1));
        assertNull(m.match(tokens("held talks"), 1), "the pattern starts at the token asked about, not before");
        assertNull(m.match(tokens("held talks"), 5), "past the end");
        assertNull(m.match(tokens("held talks"), -1));
        assertEquals("x", m.match(tokens("they Held Talks"), 1).label(), "tokens compare in lower case");
    }

    @Test
    void anEmptyPatternIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TriggerMatcher<>(List.of(new P("x", List.of()))));
    }

    @Test
    void eventTriggersPreferCallsAndTheLongerPhrase() {
        assertEquals(EventType.CALL, Triggers.MATCHER.match(tokens("they met virtually on Monday"), 1).type());
        assertEquals(EventType.CALL, Triggers.MATCHER.match(tokens("the two held phone talks"), 3).type());
        assertEquals(EventType.CALL, Triggers.MATCHER.match(tokens("he spoke on the phone with her"), 1).type());
        Triggers.Trigger received = Triggers.MATCHER.match(tokens("he was received by the king"), 1);
        assertEquals(List.of("was", "received", "by"), received.words());
        assertEquals(List.of("state", "visit", "to"), Triggers.MATCHER.match(tokens("a state visit to Kenya"), 1).words());
        assertEquals(EventType.MEETING, Triggers.MATCHER.match(tokens("they met in Nairobi"), 1).type());
        assertNull(Triggers.MATCHER.match(tokens("they talked about trade"), 1));
    }

    @Test
    void everyEventTriggerCanBeMatched() {
        // Under longest-match a pattern is unreachable only if another one has exactly its words.
        Set<List<String>> seen = new HashSet<>();
        for (Triggers.Trigger t : Triggers.EVENTS) {
            assertTrue(seen.add(t.words()), () -> "listed twice: " + t.words());
            assertSame(t, Triggers.MATCHER.match(tokens(String.join(" ", t.words())), 0));
        }
    }
}
