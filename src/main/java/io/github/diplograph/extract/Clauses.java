package io.github.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * Cuts a sentence into rough clauses at conjunctions and relative pronouns, so that the actors of one
 * statement are not mixed with those of the next ("X met Y, but Z was absent").
 */
final class Clauses {

    private static final Set<String> BOUNDARIES = Set.of(";", "but", "while", "whereas", "although", "though",
            "because", "who", "which", "whose", "whom", "where", "before", "after", "when", "since", "however", ":", "--", "—");

    private Clauses() {
    }

    /** [start, end) token range of the clause holding token {@code i}. */
    static int[] around(List<Token> tokens, int i) {
        int start = i;
        while (start > 0 && !BOUNDARIES.contains(tokens.get(start).lower())) {
            start--;
        }
        int end = i + 1;
        while (end < tokens.size() && !BOUNDARIES.contains(tokens.get(end).lower())) {
            end++;
        }
        return new int[]{start, end};
    }
}
