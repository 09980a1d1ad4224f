package io.github.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * Which sentences the expensive CoreNLP taggers run on. Both taggers work one sentence at a time, so a
 * sentence left out never changes the tags of another; it is left out only where no rule reads them:
 * <ul>
 * <li>part-of-speech tags are read only in a sentence with a trigger: an event, agreement or relation
 *     phrase, or a visit noun;</li>
 * <li>the CRF NER finds names, which are capitalised: it runs on the stretches of a sentence around a
 *     token with a capital letter (a sentence-initial function word such as "The", "He", "In" aside), with a
 *     few words of context either side.</li>
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

    /** Tokens of context the NER is given either side of a capitalised token ({@link #nerStretches}). */
    static final int NER_CONTEXT = 4;

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

    /**
     * The stretches of a sentence the CRF NER runs on: every token with a capital letter (a sentence-initial
     * function word aside) and {@value #NER_CONTEXT} tokens either side of it, stretches that touch or overlap
     * merged. The 3-class model's features look at most four words either side of the word it tags, so a
     * capitalised word is tagged from the same features as in the whole sentence (three words of context
     * were too few: "King Hassan II co-chaired talks at the palace" lost "II"), while the long lowercase
     * runs between names (a quarter of the tokens of a news sentence) are no longer tagged. Only the CRF's
     * best path across a stretch's ends can differ: over 500 evaluation articles it changed one official.
     * Returns pairs {@code [from, to)} in order; empty when no token needs the NER.
     */
    static List<int[]> nerStretches(List<Token> tokens) {
        List<int[]> stretches = new java.util.ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!hasUpperCase(t.text()) || (i == 0 && OPENERS.contains(t.lower()))) {
                continue;
            }
            int from = Math.max(0, i - NER_CONTEXT);
            int to = Math.min(n, i + NER_CONTEXT + 1);
            int[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                stretches.add(new int[] {from, to});
            }
        }
        return stretches;
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
