package io.github.diplograph.extract;

import io.github.diplograph.model.EntityRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Lists the actors of each sentence, resolving back-references and pronouns to persons of the document. */
final class ActorFinder {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "into", "via", "near",
            "outside", "inside", "across", "around", "toward", "towards", "throughout");
    private static final Set<String> LEADER_NOUNS = Set.of("leader", "president", "head", "premier", "counterpart",
            "prime", "minister", "chancellor", "king", "emir", "monarch", "ruler", "foreign", "defence", "defense",
            "finance", "interior", "vice", "deputy", "crown", "prince", "secretary", "top", "diplomat", "envoy", "ambassador",
            "emissary", "pm");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her");

    private final Analysis a;

    ActorFinder(Analysis a) {
        this.a = a;
    }

    List<Actor> actors(int s) {
        List<Actor> out = new ArrayList<>();
        boolean[] quoted = a.quoted.get(s);
        for (Mention m : a.mentionsIn(s)) {
            // "Russia's", and "the Assad government's": the owner of what follows.
            boolean possessive = a.lower(s, m.last() + 1).equals("'s")
                    || Lexicon.GOVERNMENT.contains(a.lower(s, m.last() + 1))
                    && a.lower(s, m.last() + 2).equals("'s");
            switch (m.type()) {
                case PERSON -> {
                    if (namesAPlace(s, m)) {
                        continue;
                    }
                    PersonCluster c = a.personOf.get(m);
                    out.add(new Actor(s, EntityRef.person(c.id()), c, m.first(), m.last(), possessive, quoted[m.first()],
                            Actor.Via.NAME));
                }
                case COUNTRY, SEAT, CAPITAL -> {
                    if (!isPlace(s, m) && m.iso3() != null && !followedByLeaderNoun(s, m)) {
                        out.add(new Actor(s, EntityRef.country(m.iso3()), null, m.first(), m.last(), possessive,
                                quoted[m.first()], Actor.Via.NAME));
                    } else {
                        Actor back = countrysLeader(s, m);
                        if (back != null) {
                            out.add(back);
                        }
                    }
                }
                case ORGANIZATION -> {
                    Actor chief = organizationChief(s, m);
                    out.add(chief != null ? chief : new Actor(s, EntityRef.organization(m.entry().organization().id()), null,
                            m.first(), m.last(), possessive, quoted[m.first()], Actor.Via.NAME));
                }
                case DEMONYM -> {
                    Actor back = backReference(s, m);
                    if (back != null) {
                        out.add(back);
                    } else {
                        out.addAll(counterpartsNamedLater(s, m));
                    }
                }
                case TITLE -> {
                    Actor back = titledReference(s, m);
                    if (back != null) {
                        out.add(back);
                    }
                }
                default -> {
                }
            }
        }
        addPronouns(s, out);
        addPairs(s, out);
        addDelegation(s, out);
        out.sort(Comparator.comparingInt(Actor::first));
        return out;
    }

    /**
     * "The PM next met …", "the Prime Minister then met …", "the King received …": a leader's title alone, after "the", is the one
     * person of the article named earlier with that title — when there is exactly one. Not "the President of
     * Ghana" (another person) nor "the President, John Doe" (the name follows).
     */
    private Actor titledReference(int s, Mention title) {
        String rank = title.title().rank();
        // "The visiting head of state was received at the airport by …": the article's visitor, named before.
        int article = a.lower(s, title.first() - 1).equals("visiting") ? title.first() - 2 : title.first() - 1;
        // "Lyonpo also met Home Minister X": a title used alone, as a name is, to open the sentence.
        boolean bare = (title.first() == 0 || a.lower(s, title.first() - 1).equals(","))
                && a.sentences.get(s).tokens().size() > title.last() + 1
                && (a.sentences.get(s).tokens().get(title.last() + 1).isVerb()
                    || Set.of("also", "then", "later", "'s").contains(a.lower(s, title.last() + 1)));
        if (!a.lower(s, article).equals("the") && !bare || rank == null
                // A deputy, a minister or an envoy too ("During her visit, the Deputy Minister met …"): the one
                // person of the article named with that very title.
                // And an organization's officer: "The Secretary-General met with …" in a UN release.
                // "The Speaker then met with …" in a speaker's news.
                || !(rank.startsWith("HEAD") || Set.of("FOREIGN_MINISTER", "ROYAL", "DEPUTY", "MINISTER", "DIPLOMAT",
                        "ORG_OFFICIAL", "LEGISLATOR").contains(rank))
                || Set.of("of", "'s").contains(a.lower(s, title.last() + 1))
                // "the President, John Doe" names someone; "the chancellor, who called …" refers back.
                || a.lower(s, title.last() + 1).equals(",") && !a.lower(s, title.last() + 2).equals("who")) {
            return null;
        }
        Mention next = a.mentionAt(s, title.last() + 1);
        if (next != null && next.type() == Mention.Type.PERSON) {
            return null;
        }
        // With two such persons ("The PM next met his Mauritian counterpart …" after "Prime Minister Modi"),
        // the one the article has named more often so far is its subject, as a reader takes it; a tie is
        // left unresolved. The very title comes first: "the Minister of External Affairs also met …" after
        // "External Affairs Minister X met Foreign Minister Y" is X, though both hold a foreign ministry.
        boolean titleNamedBefore = a.persons.stream().anyMatch(c -> title.title().canonical().equalsIgnoreCase(c.title())
                && mentionsBefore(c, s, title.first()) > 0);
        PersonCluster best = mostNamedBefore(s, title, titleNamedBefore);
        return best == null ? null : new Actor(s, EntityRef.person(best.id()), best, bare ? title.first() : article,
                title.last(), false, a.quoted.get(s)[title.first()], Actor.Via.BACK_REFERENCE);
    }

    /** The person named most often before the title who holds it ({@code exact}) or an office like it; null on a tie. */
    private PersonCluster mostNamedBefore(int s, Mention title, boolean exact) {
        String rank = title.title().rank();
        PersonCluster best = null;
        int bestCount = 0;
        List<PersonCluster> tied = new ArrayList<>();
        for (PersonCluster c : a.persons) {
            int count = mentionsBefore(c, s, title.first());
            boolean same = title.title().canonical().equalsIgnoreCase(c.title());
            // A title held only in one country ("Lyonpo", Bhutan's ministers) is no one's of another.
            if (title.title().country() != null && c.country() != null && !title.title().country().equals(c.country())) {
                continue;
            }
            boolean like = "FOREIGN_MINISTER".equals(rank) && rank.equals(c.rank)
                    // "The Minister also met …": a foreign minister is a minister.
                    || "Minister".equals(title.title().canonical()) && c.rankIn(Set.of("MINISTER", "FOREIGN_MINISTER"))
                    // "The head of state evoked …" after "President X": any leader's title.
                    || "Head of State".equals(title.title().canonical()) && c.rankIn(Set.of("HEAD_OF_STATE", "ROYAL"))
                    || "Head of Government".equals(title.title().canonical()) && "HEAD_OF_GOVERNMENT".equals(c.rank);
            if (count == 0 || !(exact ? same : same || like)) {
                continue;
            }
            if (count > bestCount) {
                best = c;
                bestCount = count;
                tied.clear();
            } else if (count == bestCount) {
                tied.add(c);
            }
        }
        if (best == null || tied.isEmpty()) {
            return best;
        }
        // Named as often: the one the article named first, its subject, as a reader takes it ("Foreign minister X
        // visited India … Lyonpo also met Home Minister Y … In Kolkata, Lyonpo met …"; "Prime Minister A met Prime
        // Minister B. The Prime Minister then met …"). Over the evaluation sets this read gains more than it loses.
        tied.add(best);
        return tied.stream().min(Comparator.comparingInt(c -> c.mentions.get(0).begin())).orElseThrow();
    }

    /** How often the article named the person before token {@code token} of sentence {@code s}. */
    private static int mentionsBefore(PersonCluster c, int s, int token) {
        int count = 0;
        for (Mention m : c.mentions) {
            if (m.sentence() < s || m.sentence() == s && m.last() < token) {
                count++;
            }
        }
        return count;
    }

    /** "the SADC chief", "the UN chief": the official of that organization the article named. */
    private Actor organizationChief(int s, Mention org) {
        String next = a.lower(s, org.last() + 1);
        if (!a.lower(s, org.first() - 1).equals("the") || !Set.of("chief", "head", "leader", "boss").contains(next)) {
            return null;
        }
        String id = org.entry().organization().id();
        PersonCluster best = null;
        for (PersonCluster c : a.persons) {
            if (id.equals(c.organization()) && (best == null || c.mentions.size() > best.mentions.size())) {
                best = c;
            }
        }
        return best == null ? null : new Actor(s, EntityRef.person(best.id()), best, org.first() - 1, org.last() + 1,
                a.lower(s, org.last() + 2).equals("'s"), a.quoted.get(s)[org.first()], Actor.Via.BACK_REFERENCE);
    }

    /** A capital or country after "in", "to", "from" … is where something happens, not who acts. */
    boolean isPlace(int s, Mention m) {
        int i = m.first() - 1;
        if (a.lower(s, i).equals("the")) {
            i--;
        }
        return PLACE_PREPOSITIONS.contains(a.lower(s, i));
    }

    /** Words between a country's "'s" and its leader's title: "Nepal's new Prime Minister". */
    private static final Set<String> NEW = Set.of("new", "newly", "elected", "incoming");

    private boolean followedByLeaderNoun(int s, Mention m) {
        int i = m.last() + 1;
        if (a.lower(s, i).equals("'s")) {
            i++;
            while (NEW.contains(a.lower(s, i))) {
                i++;
            }
        }
        return a.titleStartingAt(s, i) != null;
    }

    /** "the Kenyan leader", "the French president": the official of that country named earlier. */
    /**
     * "met with his Chinese counterpart on Friday … Foreign Minister Wang Yi", "have met their Indonesian counterparts
     * … Indonesian foreign minister, C … Defence minister, D": the officials of that country, of the ranks of those
     * named before in the sentence, whom the next three sentences name for the first time (one for "counterpart").
     */
    private List<Actor> counterpartsNamedLater(int s, Mention demonym) {
        String noun = a.lower(s, demonym.last() + 1);
        boolean plural = noun.equals("counterparts");
        if (demonym.iso3() == null || !plural && !noun.equals("counterpart")
                || !Set.of("his", "her", "their").contains(a.lower(s, demonym.first() - 1))
                || a.mentionAt(s, demonym.last() + 2) != null || a.lower(s, demonym.last() + 2).equals(",")) {
            return List.of();
        }
        Set<String> ranks = new java.util.HashSet<>();
        for (Mention m : a.mentionsIn(s)) {
            PersonCluster c = a.personOf.get(m);
            if (c != null && m.last() < demonym.first() && c.rank != null) {
                ranks.add(c.rank);
            }
        }
        List<Actor> out = new ArrayList<>();
        for (PersonCluster c : a.persons) {
            int first = c.mentions.get(0).sentence();
            if (demonym.iso3().equals(c.country()) && first > s && first <= s + 3 && c.rankIn(ranks)) {
                out.add(new Actor(s, EntityRef.person(c.id()), c, demonym.first() - 1, demonym.last() + 1, false,
                        a.quoted.get(s)[demonym.first()], Actor.Via.BACK_REFERENCE));
            }
        }
        out.sort(Comparator.comparingInt(x -> x.person().mentions.get(0).begin()));
        return plural || out.isEmpty() ? out : List.of(out.get(0));
    }

    /** Places named after a person: "the shrine of Imam Musa al-Kazim", "the mausoleum of Ataturk". */
    private static final Set<String> PLACES_OF_PERSONS = Set.of("shrine", "tomb", "mausoleum", "grave", "memorial",
            "monument", "statue", "birthplace", "museum", "cemetery");

    /** The person's name here is a place's: "visit the shrine of Imam Musa al-Kazim" meets no one. */
    private boolean namesAPlace(int s, Mention person) {
        int k = person.first() - 1;
        Mention title = a.titleEndingAt(s, k);
        if (title != null) {
            k = title.first() - 1;
        }
        // ("the shrine of Imam Musa": a word of address the reference data does not list.)
        for (int steps = 0; steps < 2 && k > 0 && Character.isUpperCase(a.sentences.get(s).tokens().get(k).text().charAt(0)); steps++) {
            k--;
        }
        return a.lower(s, k).equals("of") && PLACES_OF_PERSONS.contains(a.lower(s, k - 1));
    }

    private Actor backReference(int s, Mention demonym) {
        // "the Kenyan leader", "the new French president"
        int the = demonym.first() - 1;
        // "the new French president", "welcomed the visiting Japanese Foreign Minister"
        while (NEW.contains(a.lower(s, the)) || a.lower(s, the).equals("visiting")) {
            the--;
        }
        // "Among those who greeted Kiwi PM were …": the abbreviation, as headlines write it, needs no article.
        boolean pm = a.lower(s, demonym.last() + 1).equals("pm");
        if (!a.lower(s, the).equals("the") && !pm) {
            return null;
        }
        return leaderReference(s, demonym, demonym.last() + 1, a.lower(s, the).equals("the") ? the : demonym.first());
    }

    /** The leader of {@code owner}'s country named in the article, referred to by the leader nouns at {@code i}. */
    private Actor leaderReference(int s, Mention owner, int i, int first) {
        Mention demonym = owner;
        if (!LEADER_NOUNS.contains(a.lower(s, i))) {
            return null;
        }
        int last = i;
        while (last + 1 < a.sentences.get(s).tokens().size() && LEADER_NOUNS.contains(a.lower(s, last + 1))) {
            last++;
        }
        // "the Iranian foreign ministry" is no person: the words must end on a person's noun.
        if (Set.of("foreign", "defence", "defense", "finance", "interior", "vice", "deputy", "crown", "prime", "top")
                .contains(a.lower(s, last))) {
            return null;
        }
        // "the French president Emmanuel Macron": the name itself follows, no back-reference needed.
        Mention next = a.mentionAt(s, last + 1);
        if (next != null && next.type() == Mention.Type.PERSON) {
            return null;
        }
        String iso3 = demonym.iso3();
        // "the Iranian foreign minister" is the Iranian named with that title, not the Iranian named most.
        // ("the Somali leader" says no more than that: "Leader" is of rank OTHER, and any leader fits.)
        Mention title = a.titleStartingAt(s, i);
        if (title != null && "OTHER".equals(title.title().rank())) {
            title = null;
        }
        // "the new French president" after "President-elect Jean Martin": the one newly elected.
        boolean newcomer = false;
        for (int k = first; k < i; k++) {
            newcomer |= NEW.contains(a.lower(s, k));
        }
        PersonCluster best = null;
        for (PersonCluster c : a.persons) {
            // Usually named before; a lede may name the official a sentence or two later ("The Indian prime
            // minister arrived in Hanoi … Narendra Modi was greeted").
            // ("the Saudi envoy" is the Saudi named with that title, whatever his first role: "Saudi envoy Prince X".)
            boolean holds = false;
            for (int r = 0; title != null && r < c.roles.size() && !holds; r++) {
                holds = PersonResolver.sameOffice(c.roles.get(r).title(), title.title().canonical());
            }
            if (iso3.equals(c.country()) && c.mentions.get(0).sentence() <= s + 3 && (isLeader(c) || holds)
                    && (title == null || title.title().rank() == null || c.rank == null || title.title().rank().equals(c.rank) || holds)
                    && (best == null || (newcomer && elected(c) != elected(best) ? elected(c)
                    : c.mentions.size() > best.mentions.size()))) {
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        return new Actor(s, EntityRef.person(best.id()), best, first, last,
                a.lower(s, last + 1).equals("'s"), a.quoted.get(s)[demonym.first()], Actor.Via.BACK_REFERENCE);
    }

    private static boolean elected(PersonCluster c) {
        String title = c.title() == null ? "" : c.title().toLowerCase(java.util.Locale.ROOT);
        return title.endsWith("-elect") || title.endsWith(" elect") || title.startsWith("incoming");
    }

    private static boolean isLeader(PersonCluster c) {
        return c.rank == null || c.rank.startsWith("HEAD") || c.rank.equals("FOREIGN_MINISTER")
                || c.rank.equals("MINISTER") || c.rank.equals("ROYAL");
    }

    /** "he", "his": the person the text is about — first person of this sentence before it, else of the last sentence with one. */
    private void addPronouns(int s, List<Actor> out) {
        List<Token> tokens = a.sentences.get(s).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!PRONOUNS.contains(tokens.get(i).lower())) {
                continue;
            }
            final int at = i;
            // "At the meeting with Foreign Minister X, he hoped …": the subject after a fronted phrase is not the
            // one the phrase names; it is the one the story was about.
            boolean afterFronted = i > 1 && tokens.get(i - 1).text().equals(",") && FRONTING.contains(tokens.get(0).lower())
                    && tokens.get(0).capitalized() && (tokens.get(i).lower().equals("he") || tokens.get(i).lower().equals("she"));
            PersonCluster target = afterFronted ? null : out.stream().filter(x -> x.isPerson() && x.last() < at && !x.quoted())
                    .map(Actor::person).findFirst().orElse(null);
            if (target == null) {
                target = subjectAfterFrontedPhrase(s, i, out);
            }
            for (int k = s - 1; target == null && k >= Math.max(0, s - 3); k--) {
                target = firstPerson(k);
            }
            if (target != null) {
                boolean possessive = tokens.get(i).lower().equals("his") || tokens.get(i).lower().equals("her");
                out.add(new Actor(s, EntityRef.person(target.id()), target, i, i, possessive, a.quoted.get(s)[i],
                        Actor.Via.PRONOUN));
            }
        }
    }

    /** Words after "delegation" that name its members there, so no earlier list is meant. */
    private static final Set<String> MEMBERS_FOLLOW = Set.of("of", "led", "headed", "comprising", "comprises", "comprised",
            "including", "includes", "included", "consisting", "which", "that", "from", "composed", ",");

    /**
     * "The delegation was welcomed … by its Speaker, X", "the New Zealand delegation met with Prime Minister Y": a
     * delegation named without its members is the members an earlier sentence listed ({@link #delegationMembers}).
     */
    private void addDelegation(int s, List<Actor> out) {
        List<Token> tokens = a.sentences.get(s).tokens();
        for (int k = 1; k < tokens.size(); k++) {
            if (!a.lower(s, k).equals("delegation") || MEMBERS_FOLLOW.contains(a.lower(s, k + 1)) || a.quoted.get(s)[k]) {
                continue;
            }
            int the = k - 1;
            while (the > 0 && (a.mentionAt(s, the) != null && a.mentionAt(s, the).isCountryLike()
                    || a.mentionAt(s, the) != null && a.mentionAt(s, the).type() == Mention.Type.DEMONYM
                    || Sides.DELEGATION_MODIFIERS.contains(a.lower(s, the)) || a.lower(s, the).equals("parliamentary"))) {
                the--;
            }
            if (!a.lower(s, the).equals("the")) {
                continue;
            }
            for (PersonCluster member : delegationMembers(s)) {
                final PersonCluster m = member;
                if (out.stream().noneMatch(x -> x.person() == m)) {
                    out.add(new Actor(s, EntityRef.person(m.id()), m, k, k, false, false, Actor.Via.BACK_REFERENCE));
                }
            }
        }
    }

    /**
     * The members of the delegation of sentence {@code s}: the persons an earlier sentence lists after "delegation"
     * ("a delegation comprising A, B and C"), or names as its opening subject ("A, B and C, as members of the
     * committee, had talks …"); the latest such list, none when none.
     */
    private List<PersonCluster> delegationMembers(int s) {
        for (int j = s - 1; j >= 0; j--) {
            final int sj = j;
            List<Mention> persons = a.mentionsIn(j).stream().filter(m -> m.type() == Mention.Type.PERSON && !a.quoted.get(sj)[m.first()]).toList();
            if (persons.size() < 2) {
                continue;
            }
            for (int k = 0; k < a.sentences.get(j).tokens().size(); k++) {
                if (a.lower(j, k).equals("delegation") && Set.of("comprising", "comprises", "comprised", "including", "includes",
                        "included", "consisting", "composed").contains(a.lower(j, k + 1))) {
                    final int from = k;
                    List<PersonCluster> listed = persons.stream().filter(m -> m.first() > from).map(a.personOf::get).distinct().toList();
                    if (listed.size() >= 2) {
                        return listed;
                    }
                }
            }
            // An opening list: the persons from the start, joined by commas and "and" (words of address between).
            List<PersonCluster> opening = new ArrayList<>();
            int k = 0;
            for (Mention m : persons) {
                while (k < m.first() && (PersonResolver.HONORIFICS.contains(a.lower(j, k)) || Set.of(",", "and").contains(a.lower(j, k))
                        && !opening.isEmpty())) {
                    k++;
                }
                if (k != m.first()) {
                    break;
                }
                opening.add(a.personOf.get(m));
                k = m.last() + 1;
            }
            if (opening.size() >= 2 && Set.of(",", "had", "have", "met", "visited", "were", "are").contains(a.lower(j, k))) {
                return opening.stream().distinct().toList();
            }
        }
        return List.of();
    }

    private static final Set<String> FRONTING = Set.of("during", "after", "before", "on", "in", "at", "while",
            "following", "upon", "throughout", "since", "ahead");

    /**
     * "During his July visit to Seoul, Deputy Secretary Doe met …": a pronoun in a phrase fronted before
     * the subject points forward to that subject, not back to the previous sentence.
     */
    private PersonCluster subjectAfterFrontedPhrase(int s, int pronoun, List<Actor> out) {
        List<Token> tokens = a.sentences.get(s).tokens();
        // The phrase opens the sentence or follows a comma: "Besides, …, in the meeting with his counterpart
        // X, Mr. Modi discussed …".
        int open = pronoun - 1;
        while (open >= 0 && !tokens.get(open).text().equals(",")) {
            open--;
        }
        open++;
        if (tokens.isEmpty() || !FRONTING.contains(tokens.get(open).lower()) || pronoun - open > (open == 0 ? 3 : 6)) {
            return null;
        }
        int comma = pronoun + 1;
        while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
            comma++;
        }
        final int after = comma;
        return out.stream().filter(x -> x.isPerson() && x.first() > after && x.first() <= after + 20 && !x.quoted()
                && x.via() != Actor.Via.PRONOUN).map(Actor::person).findFirst().orElse(null);
    }

    private static final Set<String> PAIR_NOUNS = Set.of("leaders", "presidents", "ministers", "premiers", "men",
            "women", "officials", "diplomats", "counterparts", "heads", "sides", "chancellors");

    /** "the two leaders", "both ministers", "the pair": the last two persons of different countries named before. */
    private void addPairs(int s, List<Actor> out) {
        List<Token> tokens = a.sentences.get(s).tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            String next = tokens.get(i + 1).lower();
            boolean pair = (w.equals("two") || w.equals("both")) && (PAIR_NOUNS.contains(next)
                    // "the two prime ministers", "both foreign ministers"
                    || i + 2 < tokens.size() && Set.of("prime", "foreign", "defence", "defense", "finance", "heads")
                    .contains(next) && PAIR_NOUNS.contains(tokens.get(i + 2).lower()))
                    || w.equals("the") && next.equals("pair")
                    // "the leaders recalled their meeting last November"
                    || w.equals("their") && Set.of("meeting", "talks", "last", "previous", "first").contains(next)
                    // "A and his counterpart B have discussed … . The meeting was held on the sidelines of …":
                    // a sentence that opens on the meeting and names nobody is about the two named before.
                    || i == 0 && w.equals("the") && Set.of("meeting", "talks", "call", "conversation").contains(next)
                    && i + 2 < tokens.size() && Set.of("was", "were", "took", "lasted", "held").contains(tokens.get(i + 2).lower())
                    && out.stream().noneMatch(Actor::isPerson)
                    // "PM A sent a congratulatory message to B. This was followed by a telephonic conversation on …"
                    || i == 2 && w.equals("followed") && next.equals("by") && Set.of("this", "it").contains(tokens.get(0).lower())
                    && tokens.get(1).lower().equals("was") && out.stream().noneMatch(Actor::isPerson);
            if (!pair || a.quoted.get(s)[i]) {
                continue;
            }
            final int at = i;
            if (w.equals("their") && out.stream().filter(x -> x.isPerson() && x.first() > at && x.via() != Actor.Via.PRONOUN)
                    .map(Actor::person).distinct().count() >= 2) {
                // "During their talks on Monday, A and B discussed …": the sentence names the two itself.
                continue;
            }
            // "the two Ministers" are no president or prime minister: "Minister X held talks with External Affairs
            // Minister Y and called on Prime Minister Z. Meeting between the two Ministers …" is X and Y.
            boolean ministers = next.equals("ministers") && (w.equals("two") || w.equals("both"));
            List<PersonCluster> two = lastTwoPersons(s, i, ministers);
            if (two.size() == 2) {
                for (PersonCluster c : two) {
                    out.add(new Actor(s, EntityRef.person(c.id()), c, i, i + 1, false, false, Actor.Via.PRONOUN));
                }
            }
        }
    }

    private List<PersonCluster> lastTwoPersons(int s, int before, boolean ministersOnly) {
        List<PersonCluster> found = new ArrayList<>();
        for (int k = s; k >= Math.max(0, s - 6) && found.size() < 2; k--) {
            List<Mention> ms = new ArrayList<>(a.mentionsIn(k));
            java.util.Collections.reverse(ms);
            for (Mention m : ms) {
                PersonCluster c = a.personOf.get(m);
                if (c == null || (k == s && m.first() >= before) || found.contains(c) || a.quoted.get(k)[m.first()]) {
                    continue;
                }
                // "Jaiswal said that the two leaders have met ten times": the one who says it is not one of them.
                if (k == s && Set.of("said", "says", "told", "added", "noted", "stated").contains(a.lower(k, m.last() + 1))
                        || c.title() != null && c.title().toLowerCase(java.util.Locale.ROOT).contains("spokes")) {
                    continue;
                }
                if (found.size() == 1 && c.country() != null && c.country().equals(found.get(0).country())) {
                    continue;
                }
                if (ministersOnly && c.rank != null && (c.rank.startsWith("HEAD") || c.rank.equals("ROYAL"))) {
                    continue;
                }
                found.add(c);
                if (found.size() == 2) {
                    break;
                }
            }
        }
        return found;
    }

    /** A subject "he" or "she", unquoted, before token {@code token} of sentence {@code s}. */
    private boolean pronounBefore(int s, int token) {
        for (int k = 0; k < token; k++) {
            if (Set.of("he", "she").contains(a.lower(s, k)) && !a.quoted.get(s)[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Nepal's new Prime Minister today spoke to …", "Yesterday, Nepal Prime Minister met …": the country's leader
     * named in the article (not when a name follows the title), or null.
     */
    private Actor countrysLeader(int s, Mention m) {
        if (m.type() != Mention.Type.COUNTRY || m.iso3() == null || !(a.lower(s, m.last() + 1).equals("'s") || !isPlace(s, m))) {
            return null;
        }
        int noun = a.lower(s, m.last() + 1).equals("'s") ? m.last() + 2 : m.last() + 1;
        while (NEW.contains(a.lower(s, noun))) {
            noun++;
        }
        return leaderReference(s, m, noun, m.first());
    }

    private PersonCluster firstPerson(int s) {
        for (Mention m : a.mentionsIn(s)) {
            if (a.quoted.get(s)[m.first()]) {
                continue;
            }
            // "… he descended his aircraft and was received by Prime Minister X. He was also greeted by …": a
            // "he" before any name is that sentence's subject, the one named before it.
            if (pronounBefore(s, m.first())) {
                for (int k = s - 1; k >= Math.max(0, s - 3); k--) {
                    PersonCluster earlier = firstPerson(k);
                    if (earlier != null) {
                        return earlier;
                    }
                }
                return null;
            }
            if (m.type() == Mention.Type.PERSON) {
                return a.personOf.get(m);
            }
            // "Yesterday, Nepal Prime Minister met External Affairs Minister X … Earlier, he met …": the country's
            // leader the sentence opens with, not the one he met, is who "he" is.
            Actor leader = followedByLeaderNoun(s, m) ? countrysLeader(s, m) : null;
            if (leader != null) {
                return leader.person();
            }
            // "While here, the Lao leader laid a wreath at the President X mausoleum. He also had meetings with …":
            // the one referred to before any name is who "he" is.
            Actor back = m.type() == Mention.Type.DEMONYM ? backReference(s, m)
                    : m.type() == Mention.Type.TITLE ? titledReference(s, m) : null;
            if (back != null) {
                return back.person();
            }
        }
        return null;
    }
}
