package io.github.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * Which sentences the expensive CoreNLP taggers run on. Both taggers work one sentence at a time, so a
 * sentence left out never changes the tags of another; it is left out only where no rule reads them:
 * <ul>
 * <li>part-of-speech tags are read only in a sentence with a trigger: an event, agreement or relation
 *     phrase, or a visit noun;</li>
 * <li>the CRF NER finds names, which are capitalised: a sentence is tagged when a token has a capital
 *     letter, except a sentence-initial function word ("The", "He", "In").</li>
 * </ul>
 * Untagged tokens keep a null part of speech and the NER class "O".
 */
final class SentenceFilter {

    /** Nouns of a visit owned by a person ("Rama's one-day visit"), read without a trigger phrase. */
    private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip");

    /** Capitalised only because they open the sentence: never part of a name. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
            "his", "her", "its", "their", "our", "this", "that", "these", "those", "there", "in", "on", "at", "for",
            "but", "and", "or", "so", "if", "as", "after", "before", "when", "while", "since", "during", "with", "by",
            "from", "to", "of", "however", "meanwhile", "also", "both", "such", "some", "many", "most", "all",
            "according", "earlier", "later", "last", "what", "which", "who", "how", "why", "no", "not");

    private SentenceFilter() {
    }

    /**
     * Whether a rule can read the part of speech of a token of this sentence: it has an event, agreement or
     * relation phrase, or a visit noun (tokens not yet tagged: the phrases are matched on words alone).
     */
    static boolean needsPos(List<Token> tokens) {
        for (Token t : tokens) {
            // An event noun may follow modifiers no trigger lists ("held a face-to-face meeting"), which only
            // the part of speech tells apart (EventExtractor.EVENT_HEAD_NOUNS).
            if (VISIT_NOUNS.contains(t.lower()) || EventExtractor.EVENT_HEAD_NOUNS.contains(t.lower())) {
                return true;
            }
        }
        return Triggers.MATCHER.matchesIn(tokens) || AgreementExtractor.hasTrigger(tokens)
                || RelationExtractor.hasTrigger(tokens);
    }

    /** Whether the sentence can hold a name the NER would find. */
    static boolean needsNer(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (hasUpperCase(t.text()) && !(i == 0 && OPENERS.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpperCase(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
