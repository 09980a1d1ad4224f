package io.github.diplograph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diplograph.model.SourceDocument;
import io.github.diplograph.model.DatePrecision;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.EventFact;
import io.github.diplograph.model.EventType;
import io.github.diplograph.model.FuzzyDate;
import io.github.diplograph.model.PersonEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shapes real news takes, each on a short article of its own, through the real pipeline. */
class ExtractorShapesTest {

    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor();
    }

    private static DocumentMap extract(String text, String published) {
        FuzzyDate date = FuzzyDate.parse(published);
        return extractor.extract(new SourceDocument(new DocumentInfo("t.txt", "x", null, null, null, date, "en"), text));
    }

    private static List<EventFact> events(DocumentMap map, EventType type) {
        return map.events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aPhoneCallIsACallAndARecalledMeetingKeepsItsOwnDateAndPlace() {
        DocumentMap map = extract("Brazilian President Luiz Inacio Lula da Silva spoke by phone with French President "
                + "Emmanuel Macron on Monday. The two leaders recalled their meeting last November in Paris and agreed "
                + "to meet again in June.", "2024-03-05");
        EventFact call = events(map, EventType.CALL).get(0);
        assertEquals("2024-03-04", call.date().iso());
        assertEquals(1, events(map, EventType.MEETING).size(), map.events().toString());
        EventFact recalled = events(map, EventType.MEETING).get(0);
        assertEquals("2023-11", recalled.date().iso());
        assertEquals("Paris", recalled.place().name());
    }

    @Test
    void plansHopesAndInvitationsAreNotEvents() {
        DocumentMap map = extract("Japanese Prime Minister Fumio Kishida is scheduled to meet South Korean President "
                + "Yoon Suk Yeol next week. Kishida also invited Yoon to visit Tokyo. Officials hope the two leaders "
                + "will hold talks in Seoul in the spring.", "2023-03-01");
        assertTrue(map.events().isEmpty(), map.events().toString());
        assertTrue(map.persons().stream().anyMatch(p -> p.name().equals("Fumio Kishida")
                && p.roles().stream().anyMatch(r -> "JPN".equals(r.country()))), map.persons().toString());
    }

    @Test
    void aVisitWithoutNamedHostsAndTheTitleNamedLater() {
        DocumentMap map = extract("The Indian prime minister arrived in Hanoi on Monday for a two-day visit.\n\n"
                + "Narendra Modi was greeted at the airport by a deputy prime minister.", "2024-10-15");
        EventFact visit = events(map, EventType.VISIT).get(0);
        assertEquals("VNM", visit.place().country());
        assertEquals("2024-10-14", visit.date().iso());
        PersonEntity modi = map.persons().stream().filter(p -> p.name().equals("Narendra Modi")).findFirst().orElseThrow();
        assertEquals("IND", modi.roles().get(0).country());
    }

    @Test
    void pageNoiseCreatesNoOfficialsOrEvents() {
        DocumentMap map = extract("""
                NAIROBI, May 13 (Xinhua) -- Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.
                By Jane Doe
                READ MORE: Donald Trump meets Vladimir Putin in Helsinki
                Related News
                Biden hosts Macron at the White House
                Web editor: John Smith
                """, "2024-05-14");
        List<String> names = map.persons().stream().map(PersonEntity::name).toList();
        assertTrue(names.contains("William Ruto") && names.contains("Yoweri Museveni"), names.toString());
        for (String noise : List.of("Jane Doe", "Donald Trump", "Vladimir Putin", "Biden", "Macron", "John Smith")) {
            assertFalse(names.stream().anyMatch(n -> n.contains(noise)), noise + " in " + names);
        }
        assertEquals(1, map.events().size(), map.events().toString());
    }

    @Test
    void withoutAPublicationDateRelativeDatesStayUnknown() {
        DocumentMap map = extract("Chinese President Xi Jinping met Russian President Vladimir Putin on Tuesday. "
                + "They first met on March 22, 2013 in Moscow.", null);
        // "on Tuesday" stays unknown: never a date of the week the test happens to run in.
        List<String> dates = map.events().stream().map(e -> e.date().precision() + " " + e.date().iso()).toList();
        assertEquals(List.of("UNKNOWN null"), dates, map.events().toString());
    }

    @Test
    void organizationOfficialsHoldTheirRoleWithTheOrganizationAndMapsSerialise() throws Exception {
        DocumentMap map = extract("UN Secretary-General Antonio Guterres met Ethiopian Prime Minister Abiy Ahmed in "
                + "Addis Ababa on Saturday.", "2024-02-19");
        PersonEntity guterres = map.persons().stream().filter(p -> p.name().contains("Guterres")).findFirst().orElseThrow();
        assertEquals("united-nations", guterres.roles().get(0).organization());
        assertEquals(1, events(map, EventType.MEETING).size());
        // The document map serialises as `extract` prints it: the signature as its text, ids as keys.
        JsonNode event = new ObjectMapper().readTree(new ObjectMapper().findAndRegisterModules().writeValueAsString(map))
                .get("events").get(0);
        assertEquals("MEETING", event.get("type").asText());
        assertEquals("MEETING|P:abiy-ahmed,P:antonio-guterres", event.get("signature").asText());
        assertEquals(map.events().get(0).signature().eventId("2024-02-17"), event.get("id").asText());
        assertEquals("2024-02-17", map.events().get(0).date().iso());
        assertEquals("DAY", event.at("/date/precision").asText());
    }

    @Test
    void aBareHeadOfStateAfterPersonsWithoutATitleIsReadWithoutFailing() {
        // Persons named without a title have no rank; the back-reference rules once failed on them.
        DocumentMap titled = extract("Kenya's Prime Minister Tom Ashworth met Bob Lanewood in Nairobi on Monday. Lanewood "
                + "welcomed him. The head of state also met the delegation on Tuesday.", "2024-05-10");
        assertTrue(titled.persons().stream().anyMatch(p -> p.name().equals("Bob Lanewood")), titled.persons().toString());
        DocumentMap demonym = extract("Leaders meet in Harare\nBob Lanewood arrived in Harare on Monday. Lanewood held talks "
                + "with officials there.\n'We are friends,' the Zambian head of state said.", "2024-05-10");
        assertTrue(demonym.persons().stream().anyMatch(p -> p.name().equals("Bob Lanewood")), demonym.persons().toString());
    }
}
