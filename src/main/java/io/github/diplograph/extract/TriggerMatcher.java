package io.github.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

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

    /** A pattern matched at a token, and the index of the last token it covers. */
    record Match<P>(P pattern, int end) {
    }

    /**
     * As {@link #match}, but a pattern word in {@code heads} ("meeting", "talks") may be preceded by modifiers
     * the pattern does not list, and its "a" also matches "an": "held a meeting" matches "held a face-to-face
     * meeting" and "held an informal meeting". An exact match wins; the loose one is tried only without it.
     */
    Match<P> matchLoosely(List<Token> tokens, int i, BiPredicate<List<Token>, Integer> modifier, Set<String> heads) {
        P exact = match(tokens, i);
        if (exact != null) {
            return new Match<>(exact, i + exact.words().size() - 1);
        }
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Match<P> best = null;
        for (P p : byFirstWord.getOrDefault(tokens.get(i).lower(), List.of())) {
            int end = looseEnd(p.words(), tokens, i, modifier, heads);
            if (end >= 0 && (best == null || p.words().size() > best.pattern().words().size())) {
                best = new Match<>(p, end);
            }
        }
        return best;
    }

    private static int looseEnd(List<String> words, List<Token> tokens, int i, BiPredicate<List<Token>, Integer> modifier,
                                Set<String> heads) {
        int at = i;
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            if (k > 0 && heads.contains(word)) {
                // At most five tokens: "a face-to-face meeting" (five tokens: the tokenizer splits at hyphens).
                for (int skipped = 0; skipped < 5 && at < tokens.size() && !tokens.get(at).lower().equals(word)
                        && modifier.test(tokens, at); skipped++) {
                    at++;
                }
            }
            if (at >= tokens.size()) {
                return -1;
            }
            String token = tokens.get(at).lower();
            if (!(token.equals(word) || word.equals("a") && token.equals("an"))) {
                return -1;
            }
            at++;
        }
        return at - 1;
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
