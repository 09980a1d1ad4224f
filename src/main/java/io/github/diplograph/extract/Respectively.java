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

    /** The plural of an office that a list of countries and then a list of its holders share. */
    static final Set<String> PLURAL_OFFICES = Set.of("ministers", "presidents", "premiers", "leaders",
            "secretaries", "chancellors", "envoys", "ambassadors", "chiefs", "heads", "monarchs", "kings", "emirs",
            "counterparts", "diplomats", "governments");

    static void assign(Analysis a) {
        apposedHolders(a);
        interleavedHolders(a);
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
            giveInOrder(a, si, persons, countries);
        }
    }

    /**
     * "The Prime Ministers of Finland and Latvia, Sanna Virta and Janis Ozols, met …", "the Croatian and Hungarian
     * foreign ministers, A and B,": an office's plural between a list of countries and a list of as many persons
     * set off by a comma pairs them in order, as "respectively" does.
     */
    private static void apposedHolders(Analysis a) {
        for (Sentence s : a.sentences) {
            int si = s.index();
            for (int k = 1; k + 1 < s.tokens().size(); k++) {
                Mention first = a.mentionAt(si, k + 1);
                // ("the Somali and Kenyan foreign ministers Ahmed Awed and Raychelle Omamo met": no comma before the names.)
                boolean bare = PLURAL_OFFICES.contains(a.lower(si, k));
                if (!a.lower(si, k).equals(",") && !bare || first == null || first.type() != Mention.Type.PERSON || first.first() != k + 1) {
                    continue;
                }
                List<Mention> persons = listStartingAt(a, si, k + 1);
                if (persons.size() < 2) {
                    continue;
                }
                List<Mention> countries = List.of();
                // "the Lithuanian, Latvian and Estonian foreign ministers – respectively, A, B and C".
                int office = bare ? k : k - 1;
                if (a.lower(si, office).equals("respectively")) {
                    office--;
                    if (Set.of("\u2013", "\u2014", "-", ",").contains(a.lower(si, office))) {
                        office--;
                    }
                }
                Mention before = a.mentionAt(si, office);
                if (!bare && office == k - 1 && before != null && before.last() == k - 1) {
                    // "… of Finland and Latvia, …": the office is named before "of".
                    List<Mention> listed = listEndingAt(a, si, k - 1, false);
                    int of = listed.isEmpty() ? -1 : listed.get(0).first() - 1;
                    if (of > 0 && a.lower(si, of).equals("of") && PLURAL_OFFICES.contains(a.lower(si, of - 1))) {
                        countries = listed;
                    }
                } else if (PLURAL_OFFICES.contains(a.lower(si, office))) {
                    // "the Finnish and Latvian prime ministers, …": the countries before the office's words.
                    int q = office;
                    while (q > 0 && office + 1 - q <= 3 && a.mentionAt(si, q - 1) == null && Character.isLetter(a.lower(si, q - 1).charAt(0))
                            && !Set.of("and", "of", "the").contains(a.lower(si, q - 1))) {
                        q--;
                    }
                    Mention last = a.mentionAt(si, q - 1);
                    if (last != null && last.last() == q - 1) {
                        countries = listEndingAt(a, si, q - 1, false);
                    }
                }
                if (bare && countries.size() == persons.size()) {
                    // The demonym next to the office ("Kenyan foreign ministers A and B") was read as the first name's
                    // own; in a list of countries it is only the last one's.
                    String adjacent = countries.get(countries.size() - 1).iso3();
                    for (int i = 0; i + 1 < persons.size(); i++) {
                        PersonCluster c = a.personOf.get(persons.get(i));
                        if (c != null && adjacent != null && adjacent.equals(c.country())) {
                            c.roles.removeIf(r -> adjacent.equals(r.country()));
                        }
                    }
                }
                giveInOrder(a, si, persons, countries);
            }
        }
    }

    private static final java.util.Set<String> HOLDER_AFTER = java.util.Set.of(",", "-", "\u2013", "\u2014", ":");

    /**
     * "received the Ambassadors of Australia, Paula Ganly, Spain, Pedro Martin and Czech Republic, Petr Stepan": an
     * office's plural, "of", then each country followed by its holder.
     */
    private static void interleavedHolders(Analysis a) {
        for (Sentence s : a.sentences) {
            int si = s.index();
            int n = s.tokens().size();
            for (int k = 0; k + 1 < n; k++) {
                if (!PLURAL_OFFICES.contains(a.lower(si, k)) || !a.lower(si, k + 1).equals("of")) {
                    continue;
                }
                List<Mention> persons = new ArrayList<>();
                List<Mention> countries = new ArrayList<>();
                int j = k + 2;
                while (j < n) {
                    if (a.lower(si, j).equals("the")) {
                        j++;
                    }
                    Mention country = a.mentionAt(si, j);
                    // ("the ambassadors of Serbia - Stefan T, Brazil - Maria R …": a dash between them as well.)
                    if (country == null || country.first() != j || !country.isCountryLike() || country.iso3() == null
                            || !HOLDER_AFTER.contains(a.lower(si, country.last() + 1))) {
                        break;
                    }
                    Mention person = a.mentionAt(si, country.last() + 2);
                    if (person == null || person.type() != Mention.Type.PERSON || person.first() != country.last() + 2) {
                        break;
                    }
                    countries.add(country);
                    persons.add(person);
                    j = person.last() + 1;
                    if (j < n && LIST_GLUE.contains(a.lower(si, j))) {
                        j++;
                    }
                    if (j < n && LIST_GLUE.contains(a.lower(si, j))) {
                        j++;
                    }
                }
                if (persons.size() >= 2) {
                    // The office is each one's: "Ambassadors" → "Ambassador".
                    String plural = s.tokens().get(k).text();
                    String office = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                            : plural.substring(0, plural.length() - 1);
                    // Its rank too ("ambassadors": diplomats), so that envoys received together are not taken for a
                    // gathering of their countries (Extractor.sidesOfSeveralCountries).
                    Mention title = a.titleStartingAt(si, k);
                    String rank = title != null ? title.title().rank()
                            : java.util.Set.of("ambassadors", "envoys", "diplomats").contains(a.lower(si, k)) ? "DIPLOMAT" : null;
                    for (Mention p : persons) {
                        PersonCluster c = a.personOf.get(p);
                        if (c != null && c.title() == null && Character.isUpperCase(office.charAt(0))) {
                            c.addRole(new Role(office, null, null).because("respectively", 0.8, si), rank);
                        }
                        if (c != null && c.rank == null) {
                            c.rank = rank;
                        }
                    }
                    giveInOrder(a, si, persons, countries);
                }
            }
        }
    }

    /** Each person of the list takes the country at the same place in the other list, when the two are as long. */
    private static void giveInOrder(Analysis a, int si, List<Mention> persons, List<Mention> countries) {
        if (countries.size() != persons.size()) {
            return;
        }
        for (int i = 0; i < persons.size(); i++) {
            PersonCluster c = a.personOf.get(persons.get(i));
            if (c != null && c.country() == null && c.organization() == null) {
                c.addRole(new Role(c.title() != null ? c.title() : "Official", countries.get(i).iso3(), null)
                        .because("respectively", 0.8, si), null);
            }
        }
    }

    /** The persons joined by commas and "and" whose first starts at token {@code first}, in order. */
    private static List<Mention> listStartingAt(Analysis a, int si, int first) {
        List<Mention> out = new ArrayList<>();
        int k = first;
        while (k < a.sentences.get(si).tokens().size()) {
            Mention m = a.mentionAt(si, k);
            if (m == null || m.first() != k || m.type() != Mention.Type.PERSON) {
                break;
            }
            out.add(m);
            k = m.last() + 1;
            int glue = k;
            while (glue < a.sentences.get(si).tokens().size() && LIST_GLUE.contains(a.lower(si, glue))) {
                glue++;
            }
            if (glue == k) {
                break;
            }
            k = glue;
        }
        return out;
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
