package io.github.diplograph.extract;

import io.github.diplograph.model.Role;

import java.util.Set;

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

    private static final Set<String> DELEGATION_VERBS = Set.of("comprises", "comprised", "includes", "included",
            "consists", "consisted", "was", "is", "including", "comprising");
    /** Words between a country and "delegation": "the Qatari official delegation", "the Indian high-level delegation". */
    static final Set<String> DELEGATION_MODIFIERS = Set.of("official", "high-level", "visiting", "ministerial",
            "government", "governmental");

    /** Token after "delegation" that starts its list: "comprises", "that included", "which includes". */
    static boolean listFollows(Analysis a, int si, int delegation) {
        int k = delegation + 1;
        if (Set.of("that", "which").contains(a.lower(si, k))) {
            k++;
        }
        return DELEGATION_VERBS.contains(a.lower(si, k));
    }

    /** Verbs that end a delegation's list: who it met is the other side. */
    private static final Set<String> MEETING_VERBS = Set.of("met", "meets", "held", "holds", "received", "receives",
            "hosted", "welcomed", "greeted", "visited", "called");

    /** "the delegation of St Kitts and Nevis including Minister X": a country right after "delegation of [the]". */
    private static boolean delegationOf(Analysis a, int si, Mention m) {
        int k = m.first() - 1;
        if (a.lower(si, k).equals("the")) {
            k--;
        }
        return a.lower(si, k).equals("of") && a.lower(si, k - 1).equals("delegation");
    }

    static void assign(Analysis a) {
        String delegationCountry = null;
        for (Sentence s : a.sentences) {
            String side = null;
            int sideAt = -1;
            int si = s.index();
            // "… a delegation of United States Senators. The delegation, led by Senator A, included Senators B, C": the
            // delegation named again opens its list.
            if (delegationCountry != null && a.lower(si, 0).equals("the") && a.lower(si, 1).equals("delegation")
                    && (a.lower(si, 2).equals(",") || DELEGATION_VERBS.contains(a.lower(si, 2)))) {
                side = delegationCountry;
                sideAt = 1;
            }
            for (Mention m : a.mentionsIn(si)) {
                if (m.isCountryLike() && m.iso3() != null && delegationOf(a, si, m)) {
                    side = m.iso3();
                    sideAt = m.last();
                    delegationCountry = m.iso3();
                    continue;
                }
                if (side != null && sideAt >= 0) {
                    boolean verb = false;
                    for (int k = sideAt + 1; k < m.first() && !verb; k++) {
                        verb = MEETING_VERBS.contains(a.lower(si, k));
                    }
                    if (verb) {
                        side = null;
                        sideAt = -1;
                        continue;
                    }
                }
                // "The Pakistan delegation comprises the Special Representative for Afghanistan, Ambassador X, …"
                int noun = m.last() + 1;
                while (DELEGATION_MODIFIERS.contains(a.lower(si, noun)) && noun < m.last() + 3) {
                    noun++;
                }
                boolean delegation = a.lower(si, noun).equals("delegation") && listFollows(a, si, noun);
                if ((m.isCountryLike() || delegation && m.type() == Mention.Type.DEMONYM) && m.iso3() != null
                        && (a.lower(si, m.last() + 1).equals("side") || delegation)
                        && Set.of("the", "a").contains(a.lower(si, m.first() - 1))) {
                    // "A led the Kenyan side, while B led the Tanzanian side": the side is its leader's, named before
                    // it (Companions), not a list's that follows.
                    boolean ledBefore = Set.of("led", "headed").contains(a.lower(si, m.first() - 2));
                    side = ledBefore ? null : m.iso3();
                    sideAt = -1;
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
