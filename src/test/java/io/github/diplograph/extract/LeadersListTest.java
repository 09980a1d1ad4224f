package io.github.diplograph.extract;

import io.github.diplograph.config.Settings;
import io.github.diplograph.identity.Names;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.PersonEntity;
import io.github.diplograph.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped list of world leaders (src/main/resources/reference/leaders.tsv): it reads as an actor
 * list, covers the world, and gives a country only where the text and the user's list leave it open.
 * The leaders named here are public office holders (general knowledge), the sentences around them invented.
 */
class LeadersListTest {

    private static final Extractor EXTRACTOR = new Extractor();

    @TempDir
    Path dir;

    private static DocumentMap extract(Extractor extractor, String text, String published) {
        return ActorListTest.extract(extractor, text, published);
    }

    private static Role role(DocumentMap map, String name) {
        return ActorListTest.role(map, name);
    }

    @Test
    void theShippedListReadsAndCoversEveryRegion() {
        List<ActorList.Actor> rows = ActorList.leaders().actors();
        Set<String> countries = rows.stream().map(ActorList.Actor::country).filter(c -> c != null).collect(Collectors.toSet());
        assertTrue(countries.size() >= 150, countries.size() + " countries");
        // One country of each region, and organizations' heads too.
        for (String iso3 : List.of("NGA", "BRA", "IND", "FJI", "POL", "SAU", "KAZ", "JAM")) {
            assertTrue(countries.contains(iso3), iso3 + " missing");
        }
        assertTrue(rows.stream().anyMatch(a -> a.organization() != null), "no organization's head");
    }

    @Test
    void noSpellingOfTheShippedListNamesTwoOwnersAtOnce() {
        // One person may serve a country, then an international body (a prime minister who becomes
        // Secretary-General): terms tell them apart. Two owners in overlapping terms would give nothing.
        Map<String, List<ActorList.Actor>> bySpelling = new HashMap<>();
        for (ActorList.Actor a : ActorList.leaders().actors()) {
            Set<String> spellings = new HashSet<>(a.aliases());
            spellings.add(a.name());
            spellings.forEach(s -> bySpelling.computeIfAbsent(Names.key(s), k -> new java.util.ArrayList<>()).add(a));
        }
        List<String> clashes = new java.util.ArrayList<>();
        bySpelling.forEach((spelling, actors) -> {
            for (ActorList.Actor a : actors) {
                for (ActorList.Actor b : actors) {
                    if (!owner(a).equals(owner(b)) && overlap(a, b) && owner(a).compareTo(owner(b)) < 0) {
                        clashes.add(spelling + ": " + owner(a) + " line " + a.line() + " / " + owner(b) + " line " + b.line());
                    }
                }
            }
        });
        assertTrue(clashes.isEmpty(), "spellings of two owners at once: " + clashes);
    }

    private static String owner(ActorList.Actor a) {
        return a.country() != null ? a.country() : "org:" + a.organization();
    }

    private static boolean overlap(ActorList.Actor a, ActorList.Actor b) {
        java.time.LocalDate far = java.time.LocalDate.of(9999, 1, 1);
        java.time.LocalDate early = java.time.LocalDate.of(1, 1, 1);
        // The month one term ends and the next begins belongs to both (the list gives months, not days).
        return (a.end() == null ? far : a.end()).minusDays(31).isAfter(b.start() == null ? early : b.start())
                && (b.end() == null ? far : b.end()).minusDays(31).isAfter(a.start() == null ? early : a.start());
    }

    @Test
    void aLeaderTheTextLeavesWithoutACountryGetsTheListedOne() {
        DocumentMap map = extract(EXTRACTOR, "Jacinda Ardern met Minister Ana Torvik on Monday. Ardern said the talks "
                + "with Torvik were useful.", "2019-05-02");
        Role ardern = role(map, "Jacinda Ardern");
        assertEquals("NZL", ardern.country());
        assertEquals("leaders-list", ardern.basis());
        assertEquals(0.4, ardern.confidence());
        // Within her term the list's title is given, the text having none.
        assertEquals("Prime Minister", ardern.title());
    }

    @Test
    void outsideTheTermTheCountryStaysButTheTitleDoesNot() {
        Role ardern = role(extract(EXTRACTOR, "Jacinda Ardern met Minister Ana Torvik on Monday.", "2025-03-02"),
                "Jacinda Ardern");
        assertEquals("NZL", ardern.country());
        assertEquals("Official", ardern.title());
    }

    @Test
    void aListedNameFoundWholeInsideALongerSpellingGivesTheCountryOnly() {
        // "Tamim bin Hamad" is listed; the text writes his father's line out in full.
        Role tamim = role(extract(EXTRACTOR, "Sheikh Tamim bin Hamad bin Khalifa met Minister Ana Torvik on Monday.", "2019-05-02"),
                "Tamim bin Hamad bin Khalifa");
        assertEquals("QAT", tamim.country());
        assertEquals("leaders-list", tamim.basis());
    }

    @Test
    void aListedFullNameIsOnePersonWhereTheNerCutsIt() {
        String text = "The talks between Fiame Naomi Mataafa and Sitiveni Rabuka took place in Apia.";
        // Without the list the NER leaves out the first word of her name.
        assertTrue(extract(new Extractor(Settings.defaults().withLeaders(false)), text, "2022-03-01").persons().stream()
                .noneMatch(p -> p.name().equals("Fiame Naomi Mataafa")));
        DocumentMap map = extract(EXTRACTOR, text, "2022-03-01");
        assertEquals("WSM", role(map, "Fiame Naomi Mataafa").country());
        assertTrue(map.events().stream().anyMatch(e -> e.participants().stream().anyMatch(p -> p.entity().id().equals("fiame-naomi-mataafa"))),
                map.events().toString());
    }

    @Test
    void theTextWinsOverTheShippedListOutsideALeadersTerm() {
        Role ardern = role(extract(EXTRACTOR, "Australian Minister Jacinda Ardern met Minister Ana Torvik on Monday.",
                "2025-05-02"), "Jacinda Ardern");
        assertEquals("AUS", ardern.country());
        assertEquals(Role.STATED, ardern.basis());
    }

    @Test
    void aLeaderInOfficeIsOfTheirCountryWhateverTheRulesRead() {
        // In her term the list knows better than a reading of the text that makes her another country's.
        Role ardern = role(extract(EXTRACTOR, "Australian Minister Jacinda Ardern met Minister Ana Torvik on Monday.",
                "2019-05-02"), "Jacinda Ardern");
        assertEquals("NZL", ardern.country());
        assertEquals("leaders-list", ardern.basis());
        assertEquals("Minister", ardern.title());
    }

    @Test
    void aLeadersCountryReplacesOneGuessedFromWhereTheStoryIsFiled() {
        String text = "NAIROBI, Kenya (XNA) — Prime Minister Jacinda Ardern held talks with Minister Ana Torvik on Monday.";
        PersonEntity without = extract(new Extractor(Settings.defaults().withLeaders(false)), text, "2019-05-02").persons()
                .stream().filter(x -> x.name().equals("Jacinda Ardern")).findFirst().orElseThrow();
        // Without the list, where the story was filed is all the text says of her.
        assertTrue(without.roles().stream().anyMatch(r -> "KEN".equals(r.country()) && "dateline".equals(r.basis())),
                without.roles().toString());
        Role ardern = role(extract(EXTRACTOR, text, "2019-05-02"), "Jacinda Ardern");
        assertEquals("NZL", ardern.country());
        assertEquals("leaders-list", ardern.basis());
        assertEquals("Prime Minister", ardern.title());
    }

    @Test
    void theUsersListWinsOverTheShippedOne() throws IOException {
        Path file = dir.resolve("actors.tsv");
        Files.writeString(file, "name\taliases\tcountry\torganization\ttitle\tstart\tend\n"
                + "Jacinda Ardern\t\t\tUnited Nations\tSpecial Envoy\t\t\n", StandardCharsets.UTF_8);
        Role ardern = role(extract(new Extractor(Settings.defaults().withActors(file)),
                "Jacinda Ardern met Minister Ana Torvik on Monday.", "2019-05-02"), "Jacinda Ardern");
        assertEquals("united-nations", ardern.organization());
        assertEquals("actor-list", ardern.basis());
    }

    @Test
    void theShippedListCanBeTurnedOff() {
        DocumentMap map = extract(new Extractor(Settings.defaults().withLeaders(false)),
                "Jacinda Ardern met Minister Ana Torvik on Monday.", "2019-05-02");
        PersonEntity ardern = map.persons().stream().filter(x -> x.name().equals("Jacinda Ardern")).findFirst().orElseThrow();
        assertTrue(ardern.roles().stream().allMatch(r -> r.country() == null), ardern.roles().toString());
    }
}
