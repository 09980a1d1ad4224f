package io.github.diplograph.extract;

import java.util.Locale;

/** One token of the analysed text: its original spelling, character span, part of speech and NER class. */
public record Token(String text, int begin, int end, String pos, String lemma, String ner) {

    /** Lower case with typographic apostrophes straightened, so "Ruto’s" reads like "Ruto's". */
    public String lower() {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isVerb() {
        return pos != null && pos.startsWith("VB");
    }
}
