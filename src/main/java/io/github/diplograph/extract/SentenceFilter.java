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
    static final int NER_CONTEXT = 5;

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
     * best path across a stretch's ends can differ, so a fifth word is given: with four, and known words no
     * longer centres ({@link #nerStretches(List, ReferenceData)}), "II" was lost again where "Amman" after it no
     * longer lengthened the stretch; with five, nine of the ≈ 680 evaluation articles changed at all.
     * Returns pairs {@code [from, to)} in order; empty when no token needs the NER.
     */
    static List<int[]> nerStretches(List<Token> tokens) {
        return nerStretches(tokens, null);
    }

    /**
     * As {@link #nerStretches(List)}, but a capitalised word our own reference data already reads (a
     * country, demonym, city or organization, a title, a month or a weekday: {@link #knownCapitals}) is no
     * centre of a stretch: the CRF still tags it where it lies within {@value #NER_CONTEXT} words of an
     * unknown capitalised word, which is where a name can be.
     */
    static List<int[]> nerStretches(List<Token> tokens, ReferenceData ref) {
        List<int[]> stretches = new java.util.ArrayList<>();
        int n = tokens.size();
        boolean[] known = ref == null ? new boolean[n] : knownCapitals(tokens, ref);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!hasUpperCase(t.text()) || (i == 0 && OPENERS.contains(t.lower())) || known[i]) {
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

    /** Months and weekdays, capitalised in English and never a name on their own. */
    private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * The tokens of capitalised spans the reference data reads whole (the longest span from each token):
     * "United States", "Foreign Minister", "Kenyan", "NATO", "June".
     */
    static boolean[] knownCapitals(List<Token> tokens, ReferenceData ref) {
        int n = tokens.size();
        boolean[] known = new boolean[n];
        int longest = Math.max(ref.longestNameTokens(), ref.longestTitleTokens());
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!hasUpperCase(t.text())) {
                continue;
            }
            if (CALENDAR_WORDS.contains(t.lower())) {
                known[i] = true;
                continue;
            }
            boolean name = ref.mayStartName(t.text());
            boolean title = ref.mayStartTitle(t.lower());
            if (!name && !title) {
                continue;
            }
            StringBuilder span = new StringBuilder();
            int end = -1;
            for (int j = i; j < Math.min(n, i + longest); j++) {
                if (j > i) {
                    // The text between the tokens as a space: the reference data is matched on words.
                    span.append(tokens.get(j).begin() > tokens.get(j - 1).end() ? " " : "");
                }
                span.append(tokens.get(j).text());
                String s = span.toString();
                if (name && ref.lookup(s) != null || title && ref.title(s) != null) {
                    end = j;
                }
            }
            for (int k = i; k <= end; k++) {
                known[k] = true;
            }
        }
        return known;
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
