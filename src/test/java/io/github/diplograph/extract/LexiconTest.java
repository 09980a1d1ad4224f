package io.github.diplograph.extract;

import io.github.diplograph.model.FuzzyDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each list that names a meaning is read whole by every step that means it. */
class LexiconTest {

    private static final List<Set<String>> MODALITY_GROUPS = List.of(Lexicon.FUTURE, Lexicon.MODAL_VERBS, Lexicon.PLAN,
            Lexicon.HOPE, Lexicon.PROPOSAL, Lexicon.AHEAD, Lexicon.CALLED_OFF, Lexicon.NEGATION, Lexicon.CONDITION);

    @Test
    void modalityIsExactlyItsGroups() {
        assertEquals(Lexicon.union(MODALITY_GROUPS.toArray(Set[]::new)), Lexicon.MODALITY);
        int sizes = MODALITY_GROUPS.stream().mapToInt(Set::size).sum();
        assertEquals(sizes, Lexicon.MODALITY.size(), "a word belongs to one meaning only");
    }

    @Test
    void aPlannedSigningIsAnyModalityAndAnInfinitive() {
        assertTrue(Lexicon.PLANNED_SIGNING.containsAll(Lexicon.MODALITY));
        assertTrue(Lexicon.PLANNED_SIGNING.containsAll(Lexicon.INFINITIVE_MARKERS));
    }

    @Test
    void aStanceIsUndoneByDenialOrConditionButNotByTheFuture() {
        assertTrue(Lexicon.DENIED_STANCE.containsAll(Lexicon.NEGATION));
        assertTrue(Lexicon.DENIED_STANCE.containsAll(Lexicon.CONDITION));
        assertTrue(Lexicon.DENIED_STANCE.contains("no"));
        // "Kenya and Uganda will always be important allies", "Turkey would back the plan"
        Lexicon.FUTURE.forEach(w -> assertFalse(Lexicon.DENIED_STANCE.contains(w), w));
        Lexicon.MODAL_VERBS.forEach(w -> assertFalse(Lexicon.DENIED_STANCE.contains(w), w));
    }

    @Test
    void theFutureTenseIsTheFutureAuxiliariesAndNext() {
        assertTrue(Lexicon.FUTURE_TENSE.containsAll(Lexicon.FUTURE));
        assertTrue(Lexicon.FUTURE_TENSE.contains("next"));
    }

    @Test
    void everyGovernmentListHoldsTheGovernmentNouns() {
        assertTrue(EventExtractor.OWNED_NOUNS.containsAll(Lexicon.GOVERNMENT));
        assertTrue(PersonResolver.OWNER_INSTITUTIONS.containsAll(Lexicon.GOVERNMENT));
    }

    @Test
    void wordsAreLowerCaseAsTokensGiveThem() {
        for (Set<String> list : List.of(Lexicon.MODALITY, Lexicon.PLANNED_SIGNING, Lexicon.DENIED_STANCE,
                Lexicon.FUTURE_TENSE, Lexicon.GOVERNMENT, Lexicon.NUMBER_WORDS.keySet(), EventExtractor.OWNED_NOUNS,
                PersonResolver.OWNER_INSTITUTIONS)) {
            list.forEach(w -> assertEquals(w.toLowerCase(Locale.ROOT), w));
        }
    }

    @Test
    void numberWordsCountAndDateTheSame() {
        assertEquals(7, Lexicon.NUMBER_WORDS.get("seven"));
        assertEquals(12, Lexicon.NUMBER_WORDS.get("dozen"));
        assertEquals(100, Lexicon.NUMBER_WORDS.get("hundred"));
        // DateResolver reads the same table for "… ago", plus its own vague amounts ("a couple of").
        DateResolver r = new DateResolver(FuzzyDate.day(LocalDate.of(2024, 2, 21)));
        assertEquals(FuzzyDate.year(2013), r.find("They last met eleven years ago.", false).get(0).date());
        assertEquals(FuzzyDate.year(2022), r.find("They met a couple of years ago.", false).get(0).date());
    }
}
