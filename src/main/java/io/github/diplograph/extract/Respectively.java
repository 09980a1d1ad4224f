package io.github.diplograph.extract;

import io.github.diplograph.model.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Croatia and Hungary are determined to …, the two countries' foreign ministers, Miro Kovac and Peter Szijjarto
 * respectively, told a press conference": a list of persons closed by "respectively" takes, in order, the list of
 * countries named before it in the sentence. Read with the stated roles, before the weaker evidence (a counterpart,
 * a titled reference) can give either person the other's country.
 */
final class Respectively {

    private Respectively() {
    }

    private static final Set<String> LIST_GLUE = Set.of(",", "and");

    static void assign(Analysis a) {
        for (Sentence s : a.sentences) {
            int si = s.index();
            int word = -1;
            for (int k = 0; k < s.tokens().size(); k++) {
                if (a.lower(si, k).equals("respectively")) {
                    word = k;
                    break;
                }
            }
            if (word < 0) {
                continue;
            }
            List<Mention> persons = listEndingAt(a, si, word - 1, true);
            if (persons.size() < 2) {
                continue;
            }
            List<Mention> countries = new ArrayList<>();
            for (int k = persons.get(0).first() - 1; k >= 0 && countries.isEmpty(); k--) {
                Mention m = a.mentionAt(si, k);
                if (m != null && m.last() == k && (m.isCountryLike() || m.type() == Mention.Type.DEMONYM) && m.iso3() != null) {
                    countries = listEndingAt(a, si, k, false);
                }
            }
            if (countries.size() != persons.size()) {
                continue;
            }
            for (int i = 0; i < persons.size(); i++) {
                PersonCluster c = a.personOf.get(persons.get(i));
                if (c != null && c.country() == null && c.organization() == null) {
                    c.addRole(new Role(c.title() != null ? c.title() : "Official", countries.get(i).iso3(), null)
                            .because("respectively", 0.8, si), null);
                }
            }
        }
    }

    /** The mentions of one kind joined by commas and "and" whose last ends at token {@code last}, in order. */
    private static List<Mention> listEndingAt(Analysis a, int si, int last, boolean persons) {
        List<Mention> out = new ArrayList<>();
        int k = last;
        while (k >= 0) {
            Mention m = a.mentionAt(si, k);
            boolean fits = m != null && m.last() == k && (persons ? m.type() == Mention.Type.PERSON
                    : (m.isCountryLike() || m.type() == Mention.Type.DEMONYM) && m.iso3() != null);
            if (!fits) {
                break;
            }
            out.add(0, m);
            k = m.first() - 1;
            if (k < 0 || !LIST_GLUE.contains(a.lower(si, k))) {
                break;
            }
            while (k >= 0 && LIST_GLUE.contains(a.lower(si, k))) {
                k--;
            }
        }
        return out;
    }
}
