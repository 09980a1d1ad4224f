package io.github.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a list of word patterns starts at a token: the one matcher of events, agreements and
 * relations. The longest pattern wins, so "backed by" beats "backed" and "phone talks" beats "talks";
 * between patterns of the same length the one listed first wins, so a list can rank its meanings (calls
 * before meetings). A list therefore never needs a longer pattern placed first to be seen.
 *
 * @param <P> the pattern type, which carries what the caller needs to know of a match (its event type …)
 */
final class TriggerMatcher<P extends TriggerMatcher.Phrase> {

    /** A sequence of lower-case words, compared token by token with {@link Token#lower()}. */
    interface Phrase {
        List<String> words();
    }

    /** The patterns by first word, each bucket in list order, so a token only tries the patterns it can start. */
    private final Map<String, List<P>> byFirstWord = new LinkedHashMap<>();

    TriggerMatcher(List<P> patterns) {
        for (P p : patterns) {
            if (p.words().isEmpty()) {
                throw new IllegalArgumentException("empty pattern");
            }
            byFirstWord.computeIfAbsent(p.words().get(0), w -> new ArrayList<>()).add(p);
        }
    }

    /** Whether a pattern matches anywhere in {@code tokens}. */
    boolean matchesIn(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (match(tokens, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** The longest pattern (first listed among equals) whose words are the tokens from {@code i} on, or null. */
    P match(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        P best = null;
        for (P p : byFirstWord.getOrDefault(tokens.get(i).lower(), List.of())) {
            if ((best == null || p.words().size() > best.words().size()) && matchesAt(p.words(), tokens, i)) {
                best = p;
            }
        }
        return best;
    }

    private static boolean matchesAt(List<String> words, List<Token> tokens, int i) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).equals(tokens.get(i + k).lower())) {
                return false;
            }
        }
        return true;
    }
}
