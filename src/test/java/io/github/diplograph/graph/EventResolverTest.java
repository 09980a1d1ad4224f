package io.github.diplograph.graph;

import io.github.diplograph.identity.EventSignature;
import io.github.diplograph.model.FuzzyDate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class EventResolverTest {

    private static final EventSignature PUTIN_MADURO = EventSignature.parse("MEETING|P:nicolas-maduro,P:vladimir-putin");

    @Test
    void aNewEventGetsTheIdOfItsSignatureAndDate() {
        EventResolver resolver = new EventResolver();
        EventResolver.KnownEvent e = resolver.resolve(PUTIN_MADURO, FuzzyDate.parse("2019-09-25"));
        assertEquals(PUTIN_MADURO.eventId("2019-09-25"), e.id());
    }

    @Test
    void aSecondReportWithACompatibleDateIsTheSameEventWithTheFinestDate() {
        EventResolver resolver = new EventResolver();
        resolver.addKnown(new EventResolver.KnownEvent("ev-stored", PUTIN_MADURO, FuzzyDate.parse("2019-09")));
        EventResolver.KnownEvent e = resolver.resolve(PUTIN_MADURO, FuzzyDate.parse("2019-09-25"));
        assertEquals("ev-stored", e.id());
        assertEquals("2019-09-25", e.date().iso());
        // A coarser third report keeps the finer date.
        assertEquals("2019-09-25", resolver.resolve(PUTIN_MADURO, FuzzyDate.parse("2019")).date().iso());
    }

    @Test
    void incompatibleDatesAreDifferentEvents() {
        EventResolver resolver = new EventResolver();
        String first = resolver.resolve(PUTIN_MADURO, FuzzyDate.parse("2019-09-25")).id();
        String second = resolver.resolve(PUTIN_MADURO, FuzzyDate.parse("2021-04-02")).id();
        assertNotEquals(first, second);
    }

    @Test
    void otherParticipantsAreAnotherEvent() {
        EventResolver resolver = new EventResolver();
        String first = resolver.resolve(PUTIN_MADURO, FuzzyDate.parse("2019-09-25")).id();
        String other = resolver.resolve(EventSignature.parse("MEETING|P:nicolas-maduro,P:sergei-lavrov"),
                FuzzyDate.parse("2019-09-25")).id();
        assertNotEquals(first, other);
    }

    @Test
    void theClosestCompatibleStoredEventWins() {
        EventResolver resolver = new EventResolver();
        resolver.addKnown(new EventResolver.KnownEvent("ev-early", PUTIN_MADURO, FuzzyDate.parse("2019-09-24")));
        resolver.addKnown(new EventResolver.KnownEvent("ev-late", PUTIN_MADURO, FuzzyDate.parse("2019-09-25")));
        assertEquals("ev-late", resolver.resolve(PUTIN_MADURO, FuzzyDate.parse("2019-09-25")).id());
    }
}
