package io.github.diplograph.extract;

import io.github.diplograph.model.Role;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Officials who accompany a leader, or make up a delegation, serve the leader's country: "Lula was accompanied by Defense Minister
 * Nelson Jobim, … and presidential adviser Marco Garcia", "The premier is accompanied by Foreign Minister X,
 * Finance Minister Y", "officials who accompanied Yaakob are Minister of Human Resources X, …". The lists
 * name titles without a nationality, and in a story filed from the host's capital the dateline would
 * otherwise make them the host's.
 *
 * <p>Read in a sentence with a form of "accompany", "delegation" or "entourage" ("The U.S. delegation includes
 * senior adviser X, Secretary of State Y") whose persons of known country are all of one country
 * (the leader, named or referred to: "The premier"); every titled person without a country named after the
 * word takes it. A sentence naming two countries' officials ("X, accompanied by Y, met Z") says nothing.
 */
final class Companions {

    private Companions() {
    }

    private static final Set<String> MET = Set.of("met", "meets", "held", "holds", "received", "receives", "hosted",
            "welcomed", "greeted", "visited", "called");

    /** "The Prime Minister's entourage included …": the country of the one holding that title, when one does. */
    private static Set<String> ownersCountry(Analysis a, int s, int keyword) {
        Set<String> out = new LinkedHashSet<>();
        if (keyword < 3 || !a.lower(s, keyword - 1).equals("'s")) {
            return out;
        }
        Mention title = a.titleEndingAt(s, keyword - 2);
        if (title == null || !a.lower(s, title.first() - 1).equals("the")) {
            return out;
        }
        for (PersonCluster c : a.persons) {
            if (c.country() != null && PersonResolver.sameOffice(c.title(), title.title().canonical())) {
                out.add(c.country());
            }
        }
        return out;
    }

    static void assign(Analysis a, ActorFinder actors) {
        for (Sentence s : a.sentences) {
            ledDelegation(a, s);
            officialsIncluding(a, s);
        }
        for (Sentence s : a.sentences) {
            int keyword = -1;
            for (int k = 0; k < s.tokens().size() && keyword < 0; k++) {
                String w = s.tokens().get(k).lower();
                // "was joined on his visit by several members of his cabinet including …"
                boolean ownCabinet = w.equals("cabinet") && k > 0 && Set.of("his", "her", "their").contains(s.tokens().get(k - 1).lower());
                if (w.startsWith("accompan") || w.equals("delegation") || w.equals("entourage") || ownCabinet) {
                    keyword = k;
                }
            }
            // "Sisi received a delegation led by Senate committee chair X": the delegation received is the other side.
            if (keyword < 0 || s.tokens().get(keyword).lower().equals("delegation") && receivedBefore(a, s.index(), keyword)) {
                continue;
            }
            // "President X accompanied by Vice President Y and other officials met with US Secretary of State Z": the
            // list ends at the verb of meeting; who is met after it is the other side, and gives the list nothing.
            int met = s.tokens().size();
            for (int k = keyword + 1; k < s.tokens().size(); k++) {
                if (MET.contains(s.tokens().get(k).lower())) {
                    met = k;
                    break;
                }
            }
            final int end = met;
            Set<String> countries = new LinkedHashSet<>();
            for (Actor x : actors.actors(s.index())) {
                if (x.isPerson() && x.person() != null && x.person().country() != null && x.first() < end) {
                    countries.add(x.person().country());
                }
            }
            if (countries.isEmpty()) {
                countries.addAll(ownersCountry(a, s.index(), keyword));
            }
            if (countries.size() != 1) {
                continue;
            }
            String country = countries.iterator().next();
            Mention lastTitle = null;
            for (Mention m : a.mentionsIn(s.index())) {
                if (m.type() == Mention.Type.TITLE) {
                    lastTitle = m;
                    continue;
                }
                PersonCluster c = a.personOf.get(m);
                // The companions are named after the word ("X received Y and his delegation" names none).
                if (m.type() != Mention.Type.PERSON || m.first() < keyword || m.first() >= end || c == null || c.country() != null
                        || c.organization() != null) {
                    continue;
                }
                // "X, who is accompanied by a delegation, is visiting India at the invitation of PM Y": the host who
                // invited, welcomed or received the party is the other side, and no one named after him is a companion.
                if (hostWordBetween(a, s.index(), keyword, m.first())) {
                    break;
                }
                // "X introduces some members of his delegation to President Y": Y is the one they are introduced to.
                int before = m.first() - 1;
                while (before > keyword && a.titleEndingAt(s.index(), before) != null) {
                    before = a.titleEndingAt(s.index(), before).first() - 1;
                }
                if (a.lower(s.index(), before).equals("to")) {
                    break;
                }
                // "Adviser on Commerce and Trade Abdul Dawood", "Minister of Rural Development X": a title whose
                // portfolio stands between it and the name, a few words back, is the person's.
                String title = c.title() != null ? c.title()
                        : lastTitle != null && m.first() - lastTitle.last() <= 6 ? lastTitle.title().canonical() : null;
                // "Special Assistant to the Prime Minister on Foreign Affairs X": the title served, not X's own.
                if (c.title() == null && lastTitle != null && a.lower(s.index(), lastTitle.first() - 1).equals("the")
                        && a.lower(s.index(), lastTitle.first() - 2).equals("to")) {
                    title = "Official";
                }
                if (title != null) {
                    c.addRole(new Role(title, country, null).because("companion", 0.6, s.index()), null);
                }
                lastTitle = null;
            }
        }
    }

    private static final Set<String> HOST_WORDS = Set.of("invitation", "invited", "hosted", "host", "welcomed", "received",
            "receives", "greeted");

    /** "received a delegation", "welcomed the visiting Italian delegation": a word of receiving a few words before. */
    private static boolean receivedBefore(Analysis a, int s, int keyword) {
        for (int k = Math.max(0, keyword - 4); k < keyword; k++) {
            if (HOST_WORDS.contains(a.lower(s, k)) || Set.of("met", "meets", "meet").contains(a.lower(s, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hostWordBetween(Analysis a, int s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (HOST_WORDS.contains(a.lower(s, k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DELEGATION_NOUNS = Set.of("delegation", "representation", "side");
    private static final Set<String> DELEGATION_DESCRIBERS = Set.of("'s", "\u2019s", "'", "parliamentary", "military", "business",
            "trade", "senior", "high", "-", "level", "large", "strong", "joint", "technical", "presidential");

    /**
     * "the official senior delegation from the People's Republic of China, led by X", "The Kingdom of Saudi Arabia
     * representation was led by Y", "a Chinese delegation headed by Z": who leads a country's delegation serves
     * that country.
     */
    private static void ledDelegation(Analysis a, Sentence s) {
        int si = s.index();
        for (int k = 0; k < s.tokens().size(); k++) {
            if (!DELEGATION_NOUNS.contains(s.tokens().get(k).lower())) {
                continue;
            }
            String iso3 = null;
            int ownerFirst = -1;
            for (Mention m : a.mentionsIn(si)) {
                // The country right before the noun ("Chinese delegation", "Saudi Arabia representation") or after
                // "from"/"of" right after it ("delegation from the People's Republic of China").
                boolean before = m.last() >= k - 3 && m.last() < k && (m.type() == Mention.Type.DEMONYM || m.isCountryLike());
                // Only words that describe the delegation between: "Mongolia received a delegation led by X" is no
                // Mongolian delegation.
                for (int j = m.last() + 1; before && j < k; j++) {
                    before = DELEGATION_DESCRIBERS.contains(a.lower(si, j)) || Sides.DELEGATION_MODIFIERS.contains(a.lower(si, j));
                }
                int after = k + 1;
                boolean fromOf = Set.of("from", "of").contains(a.lower(si, after));
                boolean behind = fromOf && m.first() >= after + 1 && m.first() <= after + 2 && m.isCountryLike();
                if ((before || behind) && m.iso3() != null) {
                    iso3 = m.iso3();
                    ownerFirst = before ? m.first() : -1;
                }
            }
            if (iso3 == null) {
                continue;
            }
            // "A led the Kenyan side, while B led the Tanzanian side": the one right before "led the …".
            // ("A led Ghana's delegation to the meeting": the verb right before the country.)
            int led = k >= 3 && a.lower(si, k - 2).equals("the") ? k - 3 : ownerFirst > 0 ? ownerFirst - 1 : -1;
            if (led > 0 && Set.of("led", "headed").contains(a.lower(si, led))) {
                for (Mention m : a.mentionsIn(si)) {
                    PersonCluster c = m.type() == Mention.Type.PERSON ? a.personOf.get(m) : null;
                    if (c != null && m.last() == led - 1 && c.country() == null && c.organization() == null) {
                        c.addRole(new Role(c.title() != null ? c.title() : "Official", iso3, null)
                                .because("delegation-leader", 0.7, si), null);
                    }
                }
            }
            for (int q = k + 1; q < Math.min(s.tokens().size() - 2, k + 14); q++) {
                if (Set.of("led", "headed").contains(a.lower(si, q)) && a.lower(si, q + 1).equals("by")) {
                    for (Mention m : a.mentionsIn(si)) {
                        PersonCluster c = m.type() == Mention.Type.PERSON ? a.personOf.get(m) : null;
                        if (c != null && m.first() >= q + 2 && m.first() <= q + 6 && c.country() == null && c.organization() == null) {
                            c.addRole(new Role(c.title() != null ? c.title() : "Official", iso3, null)
                                    .because("delegation-leader", 0.7, si), null);
                            break;
                        }
                    }
                    break;
                }
            }
        }
    }

    private static final Set<String> OFFICIALS_NOUNS = Set.of("officials", "leaders", "ministers", "diplomats", "dignitaries");

    /**
     * "held bilateral meetings with U.N. officials, including Deputy Secretary-General X, General Assembly President Y
     * and …": the persons a body's or a country's officials include serve it.
     */
    private static void officialsIncluding(Analysis a, Sentence s) {
        int si = s.index();
        for (int k = 1; k + 2 < s.tokens().size(); k++) {
            if (!OFFICIALS_NOUNS.contains(s.tokens().get(k).lower())) {
                continue;
            }
            int inc = a.lower(si, k + 1).equals(",") ? k + 2 : k + 1;
            if (!Set.of("including", "namely", "such").contains(a.lower(si, inc))) {
                continue;
            }
            Mention owner = a.mentionAt(si, k - 1);
            if (owner == null || owner.last() != k - 1) {
                continue;
            }
            String country = owner.isCountryLike() || owner.type() == Mention.Type.DEMONYM ? owner.iso3() : null;
            String organization = owner.type() == Mention.Type.ORGANIZATION && owner.entry().organization() != null
                    ? owner.entry().organization().id() : null;
            if (country == null && organization == null) {
                continue;
            }
            for (Mention m : a.mentionsIn(si)) {
                if (m.first() <= inc) {
                    continue;
                }
                // The list ends at its verb or its purpose ("…, to discuss the situation").
                boolean ended = false;
                for (int q = inc + 1; q < m.first(); q++) {
                    ended |= s.tokens().get(q).isVerb() && !"VBN".equals(s.tokens().get(q).pos())
                            || a.lower(si, q).equals("to");
                }
                if (ended) {
                    break;
                }
                PersonCluster c = m.type() == Mention.Type.PERSON ? a.personOf.get(m) : null;
                if (c != null && c.country() == null && c.organization() == null) {
                    c.addRole(new Role(c.title() != null ? c.title() : "Official", country, organization)
                            .because("listed-officials", 0.7, si), null);
                }
            }
        }
    }
}
