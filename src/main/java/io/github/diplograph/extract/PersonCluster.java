package io.github.diplograph.extract;

import io.github.diplograph.identity.Ids;
import io.github.diplograph.identity.Names;
import io.github.diplograph.model.Role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** All mentions of one person within a document, with the roles the text gives them. */
final class PersonCluster {

    /** Compiled once: the canonical name is asked for many times per person. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final List<Mention> own = new ArrayList<>();
    /** Read-only: mentions join through {@link #add} and are ordered by {@link #sortMentions}, which keep the names below true. */
    final List<Mention> mentions = java.util.Collections.unmodifiableList(own);
    final Set<String> keyTokens = new LinkedHashSet<>();
    final List<Role> roles = new ArrayList<>();
    /** Rank of the most specific title (from titles.tsv), e.g. HEAD_OF_STATE; null if none. */
    String rank;

    /** Whether the rank is one of {@code ranks}: false while no rank is known (null is in no set). */
    boolean rankIn(java.util.Set<String> ranks) {
        return rank != null && ranks.contains(rank);
    }

    /**
     * The canonical name, its id and surname, kept once computed: every rule asks for them (the id folds
     * the name each time) and they change only when a mention joins or the mentions are reordered.
     */
    private String canonical;
    private String id;
    private String surname;

    void add(Mention m) {
        own.add(m);
        forgetNames();
    }

    /** Mentions in text order; the longest-name tie-break of {@link #canonicalName} then prefers the earliest. */
    void sortMentions() {
        own.sort(java.util.Comparator.comparingInt(Mention::begin));
        forgetNames();
    }

    private void forgetNames() {
        canonical = null;
        id = null;
        surname = null;
    }

    String canonicalName() {
        if (canonical == null) {
            Mention best = mentions.get(0);
            for (Mention m : mentions) {
                int tokens = WHITESPACE.split(m.text()).length;
                int bestTokens = WHITESPACE.split(best.text()).length;
                if (tokens > bestTokens || (tokens == bestTokens && nonAscii(m.text()) > nonAscii(best.text()))) {
                    best = m;
                }
            }
            canonical = withTheSurnameMostWritten(best.text());
        }
        return canonical;
    }

    /**
     * "Julie Bishop meets Marty Natelegawa" in a headline, "Mr Natalegawa" three times below: a surname the
     * article spells another way more often (one or two letters apart) is the spelling the name keeps.
     */
    private String withTheSurnameMostWritten(String name) {
        String[] words = WHITESPACE.split(name);
        String last = words[words.length - 1];
        if (words.length < 2 || last.length() < 5) {
            return name;
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : mentions) {
            String[] w = WHITESPACE.split(m.text());
            // A headline's spelling counts half: "Reception for President Hassan Rowhani" above a body that
            // writes "Rouhani" keeps the body's.
            counts.merge(w[w.length - 1], m.sentence() == 0 ? 1 : 2, Integer::sum);
        }
        String most = last;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.getOrDefault(most, 0) && !e.getKey().equals(last) && e.getKey().length() >= 5
                    && PersonResolver.levenshtein(Names.key(e.getKey()), Names.key(last)) <= 2) {
                most = e.getKey();
            }
        }
        return most.equals(last) ? name : name.substring(0, name.length() - last.length()) + most;
    }

    String id() {
        if (id == null) {
            id = Ids.person(canonicalName());
        }
        return id;
    }

    String surname() {
        if (surname == null) {
            String[] parts = Names.key(canonicalName()).split(" ");
            surname = parts[parts.length - 1];
        }
        return surname;
    }

    /** The country of the person's first role that names one, or null. */
    String country() {
        return roles.stream().map(Role::country).filter(c -> c != null).findFirst().orElse(null);
    }

    String organization() {
        return roles.stream().map(Role::organization).filter(c -> c != null).findFirst().orElse(null);
    }

    /** A leader's wife or husband: of the leader's country, and never an official a titled reference means. */
    boolean spouse() {
        return title() != null && java.util.Set.of("first lady", "first gentleman", "spouse").contains(title().toLowerCase(java.util.Locale.ROOT));
    }

    String title() {
        return roles.stream().map(Role::title).filter(c -> c != null).findFirst().orElse(null);
    }

    void addRole(Role role, String titleRank) {
        if (role.title() == null) {
            return;
        }
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            if (r.title().equalsIgnoreCase(role.title())) {
                if (r.country() == null && r.organization() == null) {
                    roles.set(i, role);
                }
                return;
            }
        }
        roles.add(role);
        if (rank == null) {
            rank = titleRank;
        }
    }

    private static int nonAscii(String s) {
        return (int) s.chars().filter(c -> c > 127).count();
    }
}
