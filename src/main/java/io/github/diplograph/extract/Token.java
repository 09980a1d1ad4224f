package io.github.diplograph.extract;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of the analysed text: its original spelling, character span, part of speech and NER class.
 * (A class rather than a record only to keep {@link #lower()}: the rules ask for it millions of times per
 * thousand articles, and each call used to lower-case and copy the word again.)
 */
public final class Token {

    private final String text;
    private final int begin;
    private final int end;
    private final String pos;
    private final String lemma;
    private final String ner;
    /** {@link #lower()}, computed on first use; a race computes the same string twice, harmlessly. */
    private String lower;

    public Token(String text, int begin, int end, String pos, String lemma, String ner) {
        this.text = text;
        this.begin = begin;
        this.end = end;
        this.pos = pos;
        this.lemma = lemma;
        this.ner = ner;
    }

    public String text() {
        return text;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    public String pos() {
        return pos;
    }

    public String lemma() {
        return lemma;
    }

    public String ner() {
        return ner;
    }

    /** Lower case with typographic apostrophes straightened, so "Ruto’s" reads like "Ruto's". */
    public String lower() {
        String l = lower;
        if (l == null) {
            l = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
            lower = l;
        }
        return l;
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isVerb() {
        return pos != null && pos.startsWith("VB");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && begin == t.begin && end == t.end && text.equals(t.text)
                && Objects.equals(pos, t.pos) && Objects.equals(lemma, t.lemma) && Objects.equals(ner, t.ner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, begin, end, pos, lemma, ner);
    }

    @Override
    public String toString() {
        return "Token[text=" + text + ", begin=" + begin + ", end=" + end + ", pos=" + pos + ", lemma=" + lemma
                + ", ner=" + ner + "]";
    }
}
