package io.github.diplograph.extract;

import io.github.diplograph.model.Role;

/**
 * "The talks were attended on the Saudi side by Minister of Finance X, …", "On the Jordanian side, the round
 * of talks was attended by Prime Minister Y; …", "The Vietnamese side included Deputy Minister Z": readouts
 * list each delegation after the side it sat on. Every person named after "the [Demonym|Country] side", up
 * to the next side named in the sentence, serves that side's country, unless the text states another.
 * Read before the article's home country, which would otherwise give the host's country to both lists.
 */
final class Sides {

    private Sides() {
    }

    static void assign(Analysis a) {
        for (Sentence s : a.sentences) {
            String side = null;
            int si = s.index();
            for (Mention m : a.mentionsIn(si)) {
                if (m.isCountryLike() && m.iso3() != null && a.lower(si, m.last() + 1).equals("side")
                        && a.lower(si, m.first() - 1).equals("the")) {
                    side = m.iso3();
                    continue;
                }
                PersonCluster c = a.personOf.get(m);
                if (side == null || m.type() != Mention.Type.PERSON || c == null || c.country() != null
                        || c.organization() != null) {
                    continue;
                }
                c.addRole(new Role(c.title() != null ? c.title() : "Official", side, null).because("side", 0.8, si), null);
            }
        }
    }
}
