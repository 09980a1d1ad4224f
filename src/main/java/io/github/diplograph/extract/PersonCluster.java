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

    final List<Mention> mentions = new ArrayList<>();
    final Set<String> keyTokens = new LinkedHashSet<>();
    final List<Role> roles = new ArrayList<>();
    /** Rank of the most specific title (from titles.tsv), e.g. HEAD_OF_STATE; null if none. */
    String rank;

    String canonicalName() {
        Mention best = mentions.get(0);
        for (Mention m : mentions) {
            int tokens = m.text().split("\\s+").length;
            int bestTokens = best.text().split("\\s+").length;
            if (tokens > bestTokens || (tokens == bestTokens && nonAscii(m.text()) > nonAscii(best.text()))) {
                best = m;
            }
        }
        return best.text();
    }

    String id() {
        return Ids.person(canonicalName());
    }

    String surname() {
        String[] parts = Names.key(canonicalName()).split(" ");
        return parts[parts.length - 1];
    }

    /** The country of the person's first role that names one, or null. */
    String country() {
        return roles.stream().map(Role::country).filter(c -> c != null).findFirst().orElse(null);
    }

    String organization() {
        return roles.stream().map(Role::organization).filter(c -> c != null).findFirst().orElse(null);
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
