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

    static String keepSentences(String text) {
        return text == null || !text.contains("Rt.") ? text : RIGHT_HONOURABLE.matcher(text).replaceAll("Rt ");
    }
}
