package io.github.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * Cuts a sentence into rough clauses at conjunctions and relative pronouns, so that the actors of one
 * statement are not mixed with those of the next ("X met Y, but Z was absent"). A relative clause set
 * off by commas ("X, who arrived on Saturday, held talks with Y") belongs to the clause around it, so
 * that X stays the subject of "held talks".
 */
final class Clauses {

    private static final Set<String> BOUNDARIES = Set.of(";", "but", "while", "whereas", "although", "though",
            "because", "who", "which", "whose", "whom", "where", "before", "after", "when", "since", "however", ":",
            "--", "—");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "where");

    private Clauses() {
    }

    /** A clause boundary word, except "since" as an adverb ("have since spoken by phone"). */
    private static boolean boundary(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        if (w.equals("since") && k + 1 < tokens.size() && tokens.get(k + 1).pos() != null
                && tokens.get(k + 1).pos().startsWith("VB")) {
            return false;
        }
        if (w.equals("and") && k > 0 && tokens.get(k - 1).lower().equals(",") && k + 1 < tokens.size()) {
            // ", and he telephoned B": a second statement with a subject of its own, whose object is not the
            // first one's ("X met A in Kuala Lumpur, and he telephoned B"); ", and C" in a list is not.
            Token next = tokens.get(k + 1);
            return SUBJECT_PRONOUNS.contains(next.lower()) || next.pos() != null && next.pos().matches("VB[DZ]");
        }
        if (w.equals(";") && listItemFollows(tokens, k)) {
            return false;
        }
        return BOUNDARIES.contains(w);
    }

    /**
     * "welcomed HE Mr A, Ambassador of X; HE Mr B, Ambassador of Y and …": a semicolon between the items of a
     * list of names and titles, not between statements. The words up to the next semicolon (or the end) have
     * been tagged and hold a capitalised word but no verb.
     */
    private static boolean listItemFollows(List<Token> tokens, int semicolon) {
        boolean tagged = false;
        boolean capital = false;
        for (int j = semicolon + 1; j < tokens.size() && !tokens.get(j).lower().equals(";"); j++) {
            Token t = tokens.get(j);
            if (t.pos() == null) {
                continue;
            }
            tagged = true;
            if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
                return false;
            }
            capital |= t.capitalized();
        }
        return tagged && capital;
    }

    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "added", "stated");

    /**
     * ", Xi told Biden on the telephone": a comma before a speaker and a speech verb ends the words reported,
     * whose plans and hopes ("The trip will seek to …") are not the speaker's statement that follows. Only a
     * clause's start: what a speaker says after the event's words ("In a meeting with reporters, Berg said she
     * hoped …") stays in its clause.
     */
    private static boolean attributionFollows(List<Token> tokens, int comma) {
        for (int j = comma + 1; j < Math.min(tokens.size(), comma + 8); j++) {
            Token t = tokens.get(j);
            if (SPEECH_VERBS.contains(t.lower())) {
                return j > comma + 1;
            }
            if (t.lower().equals(",") || t.pos() != null && t.pos().startsWith("VB")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    /** [start, end) token range of the clause holding token {@code i}. */
    static int[] around(List<Token> tokens, int i) {
        int start = i;
        while (start > 0 && !boundary(tokens, start) && !(start < i && tokens.get(start).lower().equals(",")
                && attributionFollows(tokens, start))) {
            start--;
        }
        // ", who …, held talks": step over a closed relative clause to reach its antecedent.
        while (start > 0 && RELATIVES.contains(tokens.get(start).lower()) && tokens.get(start - 1).lower().equals(",")
                && hasComma(tokens, start + 1, i)) {
            start -= 2;
            while (start > 0 && !boundary(tokens, start)) {
                start--;
            }
        }
        boolean relative = RELATIVES.contains(tokens.get(start).lower()) && start > 0
                && tokens.get(start - 1).lower().equals(",") && !hasComma(tokens, start + 1, i);
        int end = i + 1;
        while (end < tokens.size() && !boundary(tokens, end)
                && !(relative && tokens.get(end).lower().equals(",")) && !newPredicate(tokens, end)) {
            end++;
        }
        return new int[]{start, end};
    }

    /**
     * ", inaugurated the refinery", ", to discuss a meeting between A and B": after a comma, a past verb or a
     * purpose starts what the subject did next or why, whose persons are not the event's ("X met Y, inaugurated
     * the Z refinery"; "X and Y held talks, to discuss an upcoming meeting between their leaders, A and B").
     * Only a clause's end: what comes before the event's words is its subject.
     */
    private static boolean newPredicate(List<Token> tokens, int comma) {
        if (!tokens.get(comma).lower().equals(",") || comma + 2 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(comma + 1);
        return "VBD".equals(next.pos()) && !SPEECH_VERBS.contains(next.lower())
                || next.lower().equals("to") && "VB".equals(tokens.get(comma + 2).pos());
    }

    private static boolean hasComma(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).lower().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
