package io.github.diplograph.extract;

import java.util.regex.Pattern;

/**
 * Forms of address whose dot CoreNLP's sentence splitter takes for a sentence's end: "Prime Minister of Nepal
 * Rt. Hon. X" was cut after "Rt.", leaving the name without its title. Their dot is made a space, so every
 * offset stays where it was.
 */
final class Abbreviations {

    /** "Rt." before "Hon."/"Honourable"/"Honorable". */
    private static final Pattern RIGHT_HONOURABLE = Pattern.compile("\\bRt\\.(?=\\s+Hon)");

    private Abbreviations() {
    }

    /**
     * A slash between two titles' capitalised words ("Deputy Prime Minister/Foreign Minister"): the tokenizer keeps
     * "Minister/Foreign" as one word, and neither title is then read. The slash becomes a space.
     */
    private static final Pattern TITLES_SLASHED = Pattern.compile("(?<=\\b\\p{Lu}\\p{Ll}{2,20})/(?=\\p{Lu}\\p{Ll}{2,}\\b)");

    static String keepSentences(String text) {
        if (text == null) {
            return null;
        }
        String kept = text.contains("Rt.") ? RIGHT_HONOURABLE.matcher(text).replaceAll("Rt ") : text;
        return kept.indexOf('/') < 0 ? kept : TITLES_SLASHED.matcher(kept).replaceAll(" ");
    }
}
