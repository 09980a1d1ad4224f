package io.github.diplograph.extract;

import io.github.diplograph.model.DatePrecision;
import io.github.diplograph.model.FuzzyDate;

import java.util.List;

/**
 * Picks the date of a fact: a date in its own clause or sentence first; else the last date stated
 * earlier in the same paragraph; else the article's main date (the first dated day close to publication),
 * kept only to the month because the link is indirect; else the publication year; else unknown.
 */
final class DateContext {

    private final Analysis a;
    private final FuzzyDate anchor;

    DateContext(Analysis a) {
        this.a = a;
        this.anchor = findAnchor();
    }

    /**
     * "During the talks, X said ties have grown since establishing relations in 1990": a date in a "since"
     * phrase after the trigger dates a state of things, not the event.
     */
    private boolean sinceBefore(int s, int trigger, int date) {
        // "visit to Nepal since he became foreign secretary in May last year": the phrase runs to its date.
        for (int k = Math.max(trigger + 1, date - 10); k < date; k++) {
            if (a.sentences.get(s).tokens().get(k).lower().equals("since")) {
                return true;
            }
        }
        return false;
    }

    FuzzyDate dateFor(int s, int trigger) {
        List<DateResolver.DateMention> here = a.dates.get(s);
        if (!here.isEmpty()) {
            int[] clause = Clauses.around(a.sentences.get(s).tokens(), trigger);
            // The date expression nearest the trigger in its clause (after it preferred), else the first known
            // one in the sentence. A relative date that cannot be resolved ("on Tuesday", no publication date)
            // still claims the event: it is then undated rather than given some other date.
            DateResolver.DateMention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (DateResolver.DateMention d : here) {
                int tokenIndex = tokenAt(s, d.start());
                if (tokenIndex < clause[0] || tokenIndex >= clause[1] || sinceBefore(s, trigger, tokenIndex)) {
                    continue;
                }
                int distance = tokenIndex >= trigger ? tokenIndex - trigger : (trigger - tokenIndex) * 2;
                if (distance < bestDistance) {
                    best = d;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                return best.date();
            }
            // Outside the clause: the known date nearest the trigger.
            DateResolver.DateMention nearest = null;
            int nearestDistance = Integer.MAX_VALUE;
            for (DateResolver.DateMention d : here) {
                int distance = Math.abs(tokenAt(s, d.start()) - trigger);
                if (d.date().known() && distance < nearestDistance && !sinceBefore(s, trigger, tokenAt(s, d.start()))) {
                    nearest = d;
                    nearestDistance = distance;
                }
            }
            if (nearest != null) {
                return nearest.date();
            }
        }
        Sentence sentence = a.sentences.get(s);
        for (int k = s - 1; k >= 0 && a.sentences.get(k).paragraph() == sentence.paragraph(); k--) {
            List<DateResolver.DateMention> before = a.dates.get(k);
            for (int j = before.size() - 1; j >= 0; j--) {
                if (before.get(j).date().known()) {
                    return before.get(j).date();
                }
            }
        }
        if (anchor != null) {
            return anchor;
        }
        return a.published.known() ? FuzzyDate.year(a.published.date().getYear()) : FuzzyDate.UNKNOWN;
    }

    private FuzzyDate findAnchor() {
        if (!a.published.known() || a.published.precision() != DatePrecision.DAY) {
            return null;
        }
        for (List<DateResolver.DateMention> ds : a.dates) {
            for (DateResolver.DateMention d : ds) {
                FuzzyDate f = d.date();
                if (f.precision() == DatePrecision.DAY) {
                    long days = a.published.date().toEpochDay() - f.date().toEpochDay();
                    if (days >= -1 && days <= 10) {
                        return FuzzyDate.month(f.date().getYear(), f.date().getMonthValue());
                    }
                }
            }
        }
        return null;
    }

    /** Index of the token starting at or covering character offset {@code offset} (relative to the sentence). */
    int tokenAt(int s, int offset) {
        Sentence sentence = a.sentences.get(s);
        int abs = sentence.begin() + offset;
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > abs) {
                return i;
            }
        }
        return tokens.size() - 1;
    }
}
