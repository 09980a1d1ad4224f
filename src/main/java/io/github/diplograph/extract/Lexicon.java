package io.github.diplograph.extract;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that more than one step of extraction reads, one list per meaning. They live here so
 * that a word added for one step is seen by every step that means the same thing; where a step needs a
 * little more or less, the difference is a named list here too, with the reason beside it. Words are
 * lower case, as {@link Token#lower()} gives them ("won't" is tokenised "wo" + "n't").
 */
final class Lexicon {

    // --- Modality: words that make what follows a plan, a hope, a possibility or a denial, not a report.

    // The groups are data, in rules/word-lists.tsv, each with its examples in a comment there.

    /** Future auxiliaries: "will meet", "'ll visit", "wo n't sign". */
    static final Set<String> FUTURE = WordLists.get("future");
    /** Modal verbs: possibility or duty, not a fact ("could meet", "would sign", "must visit"). */
    static final Set<String> MODAL_VERBS = WordLists.get("modal-verbs");
    /** Arrangements made for something still to happen: "plans to", "is scheduled to", "agreed to". */
    static final Set<String> PLAN = WordLists.get("plan");
    /** Hopes and aims: "hopes to meet", "seeks talks". */
    static final Set<String> HOPE = WordLists.get("hope");
    /** Offers and invitations, not yet taken up: "invited him to visit", "the possibility of talks". */
    static final Set<String> PROPOSAL = WordLists.get("proposal");
    /** Time still ahead: "the upcoming summit", "next week", "ahead of the visit". */
    static final Set<String> AHEAD = WordLists.get("ahead");
    /** Called off: "postponed the visit". */
    static final Set<String> CALLED_OFF = WordLists.get("called-off");
    /** Denial: "did not meet", "never visited". */
    static final Set<String> NEGATION = WordLists.get("negation");
    /** Condition or doubt: "if they meet", "whether he visits". */
    static final Set<String> CONDITION = WordLists.get("condition");

    /**
     * Every word of modality. A trigger after one of these in its clause reports no event ("will meet",
     * "is scheduled to visit", "did not call").
     */
    static final Set<String> MODALITY = union(FUTURE, MODAL_VERBS, PLAN, HOPE, PROPOSAL, AHEAD, CALLED_OFF, NEGATION,
            CONDITION);

    /** An infinitive is an intention, not a report: "to meet", "to sign". */
    static final Set<String> INFINITIVE_MARKERS = Set.of("to");

    /**
     * Before a signing verb, these make an agreement planned rather than signed. The modality plus the
     * infinitive: "agreed to sign" names the signing as an aim, and unlike an event trigger the signing verb
     * is looked at a few words back, so "to" counts there too.
     */
    static final Set<String> PLANNED_SIGNING = union(MODALITY, INFINITIVE_MARKERS);

    /**
     * What undoes a stated relation: a denial or a condition, and "no" ("no support for"). Not the rest of
     * the modality: a stance said in the future or as a wish ("will always be allies", "would back") is
     * still the stance.
     */
    static final Set<String> DENIED_STANCE = union(NEGATION, CONDITION, Set.of("no"));

    /**
     * A sentence with these speaks of time to come, so a bare "September 20" in it is the next one, not the
     * last. Only "next" of the {@link #AHEAD} words: "the upcoming summit" names an event, and is as often
     * told in a sentence about the past.
     */
    static final Set<String> FUTURE_TENSE = union(FUTURE, Set.of("next"));

    // --- Governments: the nouns that make a person or country stand for the state's executive.

    /** "Ruto's government", "the Assad regime", "the Biden administration", "the Kenyan cabinet". */
    static final Set<String> GOVERNMENT = Set.of("government", "administration", "cabinet", "regime");

    // --- Numbers.

    /** Cardinal numbers written as words: "seven memorandums", "two days ago". */
    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("dozen", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("hundred", 100));

    /**
     * Is token {@code k} of a sentence a word of {@code list}? A capitalised word inside a sentence is a
     * name or a month ("Theresa May", "in May", "Will Smith"), never the modal it is spelt like.
     */
    static boolean has(java.util.Set<String> list, java.util.List<Token> tokens, int k) {
        Token token = tokens.get(k);
        return list.contains(token.lower()) && (k == 0 || !Character.isUpperCase(token.text().charAt(0))
                // In a title-cased headline every word is capitalised: "… Seeks New Meeting With …" is a hope.
                // "May" stays a name or a month there too ("Theresa May Meets …").
                || !token.lower().equals("may") && titleCased(tokens));
    }

    /** A headline in title case: four words of four letters or more, nearly all capitalised. */
    static boolean titleCased(java.util.List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised * 10 >= words * 9;
    }

    private Lexicon() {
    }

    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return Set.copyOf(out);
    }
}
