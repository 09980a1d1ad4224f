package io.github.diplograph.extract;

import io.github.diplograph.config.Settings;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.EventType;
import io.github.diplograph.model.FuzzyDate;
import io.github.diplograph.model.PersonEntity;
import io.github.diplograph.model.Role;
import io.github.diplograph.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user's actor list, on invented articles and invented people: it fills a country the text leaves
 * open, never one the text states, and only within the listed term.
 */
class ActorListTest {

    private static final String HEADER = "name\taliases\tcountry\torganization\ttitle\tstart\tend\n";

    /** Two invented officials: one with a term, one without. */
    private static final String LIST = HEADER
            + "# invented people, for this test only\n"
            + "Ana Torvik\tA. Torvik\tNOR\t\tforeign minister\t2020\t2024-06-30\n"
            + "Bo Hale\tBohumil Hale\tGermany\t\tChancellor\t\t\n"
            + "Cara Wendt\t\t\tUnited Nations\tSpecial Envoy\t\t\n";

    // No place: "in Oslo" would make the minister a chancellor's Norwegian host (the text's own evidence).
    private static final String MEETING = "Minister Ana Torvik met Chancellor Bohumil Hale on Monday. "
            + "Torvik said the talks with Hale were useful.";

    @TempDir
    Path dir;

    private Extractor extractor(String list) throws IOException {
        Path file = dir.resolve("actors.tsv");
        Files.writeString(file, list, StandardCharsets.UTF_8);
        return new Extractor(Settings.defaults().withActors(file));
    }

    /** Also used by {@link LeadersListTest}. */
    static DocumentMap extract(Extractor extractor, String text, String published) {
        return extractor.extract(new SourceDocument(new DocumentInfo("t.txt", "x", null, null, null,
                FuzzyDate.parse(published), "en"), text));
    }

    static Role role(DocumentMap map, String name) {
        PersonEntity p = map.persons().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + map.persons()));
        assertEquals(1, p.roles().size(), p.roles().toString());
        return p.roles().get(0);
    }

    @Test
    void theListGivesTheCountryTheTextLeavesOpen() throws IOException {
        DocumentMap map = extract(extractor(LIST), MEETING, "2023-05-02");
        Role torvik = role(map, "Ana Torvik");
        assertEquals("NOR", torvik.country());
        assertEquals("actor-list", torvik.basis());
        assertEquals(0.4, torvik.confidence());
        // The text's own title stays: the list only says for whom.
        assertEquals("Minister", torvik.title());
        // Matched through an alias; the spelling in the list is the country's name, not its code.
        Role hale = role(map, "Bohumil Hale");
        assertEquals("DEU", hale.country());
        assertEquals(1, map.events().stream().filter(e -> e.type() == EventType.MEETING).count(), map.events().toString());
    }

    @Test
    void withoutTheListTheCountryStaysOpen() {
        DocumentMap map = extract(new Extractor(), MEETING, "2023-05-02");
        assertEquals(null, role(map, "Ana Torvik").country());
        assertEquals(null, role(map, "Bohumil Hale").country());
    }

    @Test
    void theTextWinsOverTheList() throws IOException {
        DocumentMap map = extract(extractor(LIST), "Swedish Foreign Minister Ana Torvik met Minister Bohumil Hale "
                + "in Oslo on Monday.", "2023-05-02");
        Role torvik = role(map, "Ana Torvik");
        assertEquals("SWE", torvik.country());
        assertEquals(Role.STATED, torvik.basis());
        // Even the text's weak evidence wins: a foreigner met him in Oslo, so he is the Norwegian host.
        Role hale = role(map, "Bohumil Hale");
        assertEquals("NOR", hale.country());
        assertEquals("host-of-place", hale.basis());
    }

    @Test
    void aRoleFromTheListHoldsOnlyWithinItsTerm() throws IOException {
        Extractor extractor = extractor(LIST);
        assertEquals(null, role(extract(extractor, MEETING, "2019-11-04"), "Ana Torvik").country());
        assertEquals(null, role(extract(extractor, MEETING, "2024-07-01"), "Ana Torvik").country());
        // A month inside the term counts; a year that runs past its end does not.
        assertEquals("NOR", role(extract(extractor, MEETING, "2024-06"), "Ana Torvik").country());
        assertEquals(null, role(extract(extractor, MEETING, "2024"), "Ana Torvik").country());
        // Undated: a term cannot be checked, an open-ended role can.
        DocumentMap undated = extract(extractor, MEETING, null);
        assertEquals(null, role(undated, "Ana Torvik").country());
        assertEquals("DEU", role(undated, "Bohumil Hale").country());
    }

    @Test
    void anOrganizationFromTheListAndATitleWhenTheTextHasNone() throws IOException {
        DocumentMap map = extract(extractor(LIST), "Cara Wendt met Chancellor Bo Hale in Berlin on Monday.", "2023-05-02");
        Role wendt = role(map, "Cara Wendt");
        assertEquals("united-nations", wendt.organization());
        assertEquals(null, wendt.country());
        assertEquals("Special Envoy", wendt.title());
        assertTrue(map.organizations().stream().anyMatch(o -> o.id().equals("united-nations")), map.organizations().toString());
    }

    @Test
    void aSpellingListedForTwoCountriesIsAmbiguousAndGivesNothing() throws IOException {
        DocumentMap map = extract(extractor(HEADER + "Ana Torvik\t\tNOR\t\t\t\t\nAnna Torvik\tAna Torvik\tDNK\t\t\t\t\n"),
                MEETING, "2023-05-02");
        assertEquals(null, role(map, "Ana Torvik").country());
    }

    @Test
    void aBadFileIsRefusedWithItsFileAndLine() throws IOException {
        assertError(HEADER + "Ana Torvik\t\tNOR\n\nBo Hale\t\tFreedonia\n", ":4: unknown country \"Freedonia\"");
        assertError(HEADER + "Ana Torvik\t\tNOR\t\t\t2021-13\t\n", ":2: start \"2021-13\" is not a date");
        assertError(HEADER + "Ana Torvik\t\tNOR\t\t\t5 May 2021\t\n", ":2: start \"5 May 2021\" is not a date");
        assertError(HEADER + "Ana Torvik\t\tNOR\t\t\t2022\t2021\n", ":2: end 2021 is before start 2022");
        assertError(HEADER + "Ana Torvik\t\tNOR\tUnited Nations\n", ":2: give a country or an organization, not both");
        assertError(HEADER + "Ana Torvik\t\t\t\tMinister\n", ":2: give a country or an organization");
        assertError(HEADER + "Ana Torvik\t\t\tNo Such Body\n", ":2: unknown organization \"No Such Body\"");
        assertError(HEADER + "\tTorvik\tNOR\n", ":2: no name");
        assertError(HEADER + "Ana Torvik\t\tNOR\t\t\t\t\textra\n", ":2: 8 columns");
        assertError("name,aliases,country\nAna Torvik,,NOR\n", ":1: expected the header");
        assertError("", ": actor list has no header line");
        Path missing = dir.resolve("missing.tsv");
        ActorList.FormatException e = assertThrows(ActorList.FormatException.class, () -> ActorList.read(missing));
        assertEquals(missing + ": actor list not found", e.getMessage());
    }

    @Test
    void aGoodFileReadsEveryRow() throws IOException {
        Path file = dir.resolve("good.tsv");
        Files.writeString(file, "\uFEFF" + LIST, StandardCharsets.UTF_8);
        List<ActorList.Actor> actors = ActorList.read(file).actors();
        assertEquals(3, actors.size());
        ActorList.Actor torvik = actors.get(0);
        assertEquals(List.of("A. Torvik"), torvik.aliases());
        assertEquals("Foreign Minister", torvik.title());
        assertEquals(java.time.LocalDate.of(2020, 1, 1), torvik.start());
        assertEquals(java.time.LocalDate.of(2024, 6, 30), torvik.end());
        assertEquals(3, torvik.line());
        assertEquals("united-nations", actors.get(2).organization());
    }

    private void assertError(String content, String expected) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ActorList.FormatException e = assertThrows(ActorList.FormatException.class, () -> ActorList.read(file));
        assertTrue(e.getMessage().startsWith(file + expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
