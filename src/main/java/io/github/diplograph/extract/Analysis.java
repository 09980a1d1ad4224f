package io.github.diplograph.extract;

import io.github.diplograph.model.FuzzyDate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working state of the extraction of one document: the sentences, their mentions and dates, and the
 * persons resolved so far. Built once per document, read by the fact extractors.
 */
final class Analysis {

    final String text;
    final FuzzyDate published;
    final List<Sentence> sentences;
    final List<List<Mention>> mentions = new ArrayList<>();
    final List<List<DateResolver.DateMention>> dates = new ArrayList<>();
    final List<boolean[]> quoted = new ArrayList<>();
    final List<PersonCluster> persons = new ArrayList<>();
    final Map<Mention, PersonCluster> personOf = new HashMap<>();
    /** Name key of a nickname ("jokowi") → name key of the person it stands for ("joko widodo"); see {@link Nicknames}. */
    final Map<String, String> nicknames = new HashMap<>();

    Analysis(String text, FuzzyDate published, List<Sentence> sentences) {
        this.text = text;
        this.published = published;
        this.sentences = sentences;
    }

    List<Mention> mentionsIn(int sentence) {
        return mentions.get(sentence);
    }

    /** The mention covering token {@code i} of a sentence, or null. */
    Mention mentionAt(int sentence, int token) {
        for (Mention m : mentions.get(sentence)) {
            if (m.type() != Mention.Type.TITLE && m.first() <= token && token <= m.last()) {
                return m;
            }
        }
        return null;
    }

    Mention titleEndingAt(int sentence, int token) {
        for (Mention m : mentions.get(sentence)) {
            if (m.type() == Mention.Type.TITLE && m.last() == token) {
                return m;
            }
        }
        return null;
    }

    Mention titleStartingAt(int sentence, int token) {
        for (Mention m : mentions.get(sentence)) {
            if (m.type() == Mention.Type.TITLE && m.first() == token) {
                return m;
            }
        }
        return null;
    }

    Token token(int sentence, int i) {
        List<Token> t = sentences.get(sentence).tokens();
        return i >= 0 && i < t.size() ? t.get(i) : null;
    }

    String lower(int sentence, int i) {
        Token t = token(sentence, i);
        return t == null ? "" : t.lower();
    }

    private static final java.util.Set<String> SPEAKER_WORDS = Lexicon.union(Lexicon.MODALITY, java.util.Set.of("i", "we",
            "our", "us", "my", "me", "you", "your", "i'm", "we're", "let", "set", "should", "must", "shall", "could", "can",
            "may", "might"));
    private static final java.util.Set<String> REPORTED_ACTS = java.util.Set.of("met", "received", "held", "hosted",
            "welcomed", "discussed");

    /**
     * "'His Excellency President X met with the Executive Secretary of IGAD, Dr Y and discussed …,' the presidency said
     * in a statement": a quoted release that tells in the third person what was done is a report of it, not speech.
     * The quoted words of this sentence name two persons and a past act of meeting, and no word of a speaker (I, we,
     * you) or of what may or will be.
     */
    static boolean narrativeQuote(Sentence s, boolean[] q, List<Mention> mentions) {
        // Two persons named inside it: who met whom ("'PM A held talks,' spokesperson B said" stays speech).
        if (mentions.stream().filter(m -> m.type() == Mention.Type.PERSON && q[m.first()]).count() < 2) {
            return false;
        }
        boolean any = false;
        boolean act = false;
        for (int i = 0; i < q.length; i++) {
            if (!q[i]) {
                continue;
            }
            any = true;
            String w = s.tokens().get(i).lower();
            if (SPEAKER_WORDS.contains(w)) {
                return false;
            }
            act |= REPORTED_ACTS.contains(w);
        }
        return any && act;
    }

    /** Marks tokens between quotation marks: speech is not a report of what happened. */
    static boolean[] quotedTokens(Sentence s, boolean openAtStart) {
        List<Token> t = s.tokens();
        boolean[] q = new boolean[t.size()];
        boolean open = openAtStart;
        for (int i = 0; i < t.size(); i++) {
            String x = t.get(i).text();
            if (x.equals("\u201C") || x.equals("``")) {
                open = true;
            } else if (x.equals("\u201D") || x.equals("''")) {
                open = false;
            } else if (x.equals("\"")) {
                open = !open;
            }
            q[i] = open;
        }
        return q;
    }
}
