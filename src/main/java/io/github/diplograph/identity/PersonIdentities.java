package io.github.diplograph.identity;

import io.github.diplograph.identity.Names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, across documents, which persons are the same: "Andres Manuel Lopez Obrador" in one outlet and
 * "Andrés Manuel López Obrador" or "Manuel López Obrador" in another are one node. Two names are one person when one's words contain the
 * other's, or surname and first initial agree (transliterations: "Sergei"/"Sergey"), and their known
 * countries do not contradict each other. Pure logic, fed with candidates read from the graph.
 */
public final class PersonIdentities {

    /** A person as known so far: id, every spelling, and the countries they hold roles for. */
    public record Known(String id, List<String> names, Set<String> countries) {
    }

    private final Map<String, List<Known>> bySurname = new HashMap<>();
    /**
     * Each spelling's words, computed once: a name word many persons share ("bin", "al", a common surname)
     * makes every new name meet hundreds of candidates, and folding both names again for each pair made a
     * batch's resolution quadratic in string work.
     */
    private final Map<String, List<String>> words = new HashMap<>();

    public static String surname(String name) {
        String[] words = Names.key(name).split(" ");
        return words[words.length - 1];
    }

    /** The word before the surname in names of three or more words: "López" in "Andrés Manuel López Obrador". */
    public static String familyName(String name) {
        String[] words = Names.key(name).split(" ");
        return words.length >= 3 ? words[words.length - 2] : null;
    }

    /** Every word but the given name: the keys under which the person may be found. */
    public static List<String> lookupKeys(String name) {
        List<String> words = Arrays.asList(Names.key(name).split(" "));
        return words.size() == 1 ? words : words.subList(1, words.size());
    }

    public void add(Known known) {
        for (String n : known.names()) {
            for (String key : lookupKeys(n)) {
                bySurname.computeIfAbsent(key, s -> new ArrayList<>()).add(known);
            }
        }
    }

    private List<Known> candidates(String name) {
        List<Known> out = new ArrayList<>();
        // Seen by identity: a key shared by many persons ("bin", "al", a common surname) lists hundreds, and
        // out.contains compared each with all before it, field by field (a batch of 1,000 documents took
        // minutes). The same person listed under two keys is the same object.
        Set<Known> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String key : lookupKeys(name)) {
            for (Known k : bySurname.getOrDefault(key, List.of())) {
                if (seen.add(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** The id under which this person is (or will be) stored. */
    public String resolve(String id, String name, List<String> aliases, Set<String> countries) {
        List<Known> candidates = candidates(name);
        for (Known k : candidates) {
            if (k.id().equals(id)) {
                return id;
            }
        }
        boolean surnameOnly = !Names.key(name).contains(" ");
        // A bare surname ("Erdoğan") joins a full name only when that surname is unambiguous.
        boolean unambiguous = surnameOnly && candidates.stream().map(Known::id).distinct().count() == 1;
        for (Known k : candidates) {
            boolean sameName = surnameOnly ? unambiguous : k.names().stream().anyMatch(n -> sameFullName(n, name));
            boolean countriesAgree = k.countries().isEmpty() || countries.isEmpty()
                    || k.countries().stream().anyMatch(countries::contains);
            if (sameName && countriesAgree) {
                return k.id();
            }
        }
        List<String> names = new ArrayList<>(aliases);
        names.add(name);
        add(new Known(id, names, new HashSet<>(countries)));
        return id;
    }

    /**
     * Full names only (a bare surname is matched by the caller, and only when it is unambiguous), with
     * each spelling's words kept from one comparison to the next.
     */
    private boolean sameFullName(String a, String b) {
        List<String> x = words.computeIfAbsent(a, Names::words);
        List<String> y = words.computeIfAbsent(b, Names::words);
        return x.size() > 1 && y.size() > 1 && Names.sameWords(x, y);
    }
}
