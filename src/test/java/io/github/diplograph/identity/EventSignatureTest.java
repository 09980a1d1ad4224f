package io.github.diplograph.identity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class EventSignatureTest {

    @Test
    void partiesAreSortedAndDistinctSoEqualEventsHaveEqualSignatures() {
        EventSignature a = EventSignature.of("MEETING", List.of("P:b", "P:a", "P:b"), null);
        EventSignature b = EventSignature.of("MEETING", List.of("P:a", "P:b"), null);
        assertEquals(a, b);
        assertEquals("MEETING|P:a,P:b", a.text());
    }

    @Test
    void textRoundTripsThroughParse() {
        for (String text : List.of("MEETING|P:a,P:b", "VISIT|P:x|VEN", "CALL|C:RUS,C:VEN", "MEETING|P:a,P:b|")) {
            assertEquals(text, EventSignature.parse(text).text());
        }
    }

    @Test
    void personIdsFollowTheIdsTheyResolvedTo() {
        EventSignature s = EventSignature.parse("MEETING|P:sergey-lavrov,P:a|");
        assertEquals("MEETING|P:a,P:sergei-lavrov|", s.withPersonIds(Map.of("sergey-lavrov", "sergei-lavrov")).text());
        // Countries and organizations are never remapped.
        assertEquals("CALL|C:RUS,O:un", EventSignature.parse("CALL|C:RUS,O:un").withPersonIds(Map.of("RUS", "x")).text());
    }

    @Test
    void eventIdsDependOnSignatureAndDateAndNameUndatedEventsExplicitly() {
        EventSignature s = EventSignature.parse("MEETING|P:a,P:b");
        assertEquals(s.eventId("2019-09-25"), Ids.event(EventSignature.parse("MEETING|P:b,P:a"), "2019-09-25"));
        assertNotEquals(s.eventId("2019-09-25"), s.eventId("2019-09"));
        assertEquals("ev-" + Hashes.shortHash("MEETING|P:a,P:b|undated"), s.eventId(null));
    }
}
