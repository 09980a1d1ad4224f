package io.github.diplograph.extract;

import io.github.diplograph.identity.Names;
import io.github.diplograph.model.Participant;
import io.github.diplograph.model.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Resolves person mentions within one document ("Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador", "López Obrador" are one
 * person) and reads their roles from the text around each mention: premodifiers ("Indian Foreign
 * Minister Subrahmanyam Jaishankar", "his Kenyan counterpart Jane Doe"), appositions ("Macron, the French
 * president,", "the President of Kenya, William Ruto").
 */
final class PersonResolver {

    /** Latin American usage: the "chancellor" (canciller) is the foreign minister. */
    private static final Set<String> CANCILLER_COUNTRIES = Set.of("ARG", "BOL", "BRA", "CHL", "COL", "CRI", "CUB",
            "DOM", "ECU", "SLV", "GTM", "HND", "MEX", "NIC", "PAN", "PRY", "PER", "URY", "VEN", "ESP");

    /**
     * Institutions between an owner and a title, which leave the owner the title's country or organization:
     * "Pakistan's army chief", "African Union Commission Chairperson", "Kenyan government spokesman".
     */
    static final Set<String> OWNER_INSTITUTIONS = Lexicon.union(Lexicon.GOVERNMENT, Set.of("commission",
            "council", "secretariat", "assembly", "presidency", "presidential", "army", "ministry", "foreign",
            "defence", "defense", "state"));

    /** Words of address between a title and a name: "Emir Sheikh Tamim", "Crown Prince Mohammed". */
    static final Set<String> HONORIFICS = Set.of("sheikh", "sheikha", "sheik", "prince", "princess", "mr", "mr.", "mrs",
            "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "gen.", "general", "his", "her", "majesty",
            "highness", "excellency", "royal", "samdech", "samdach", "techo", "moha", "borvor", "thipadei", "shri", "smt", "shrimati",
            "honorable", "honourable", "hon", "hon.", "rt", "rt.", "right", "h.e", "h.e.", "madam", "madame", "datuk", "dato", "dato'", "datin", "seri", "tun");

    private final ReferenceData ref;

    PersonResolver(ReferenceData ref) {
        this.ref = ref;
    }

    void resolve(Analysis a) {
        List<Mention> all = new ArrayList<>();
        a.mentions.forEach(ms -> ms.stream().filter(m -> m.type() == Mention.Type.PERSON).forEach(all::add));
        // Full names first, so that surnames attach to them.
        all.sort(Comparator.comparingInt((Mention m) -> -Names.key(m.text()).split(" ").length)
                .thenComparingInt(Mention::begin));
        for (Mention m : all) {
            PersonCluster c = findCluster(a, m);
            if (c == null) {
                c = new PersonCluster();
                a.persons.add(c);
            }
            c.add(m);
            c.keyTokens.addAll(Arrays.asList(Names.key(m.text()).split(" ")));
            a.personOf.put(m, c);
        }
        for (PersonCluster c : a.persons) {
            c.sortMentions();
        }
        for (Mention m : all) {
            readRole(a, m);
        }
        Respectively.assign(a);
        envoysFromCountries(a);
        for (Mention m : all) {
            PersonCluster c = a.personOf.get(m);
            if (c != null && c.country() == null && c.organization() == null) {
                titleAfterAs(a, m);
            }
        }
        for (Mention m : all) {
            readCountryPossessive(a, m);
        }
        for (Mention m : all) {
            readCounterpart(a, m);
        }
        for (Mention m : all) {
            readLeaderOf(a, m);
        }
        for (Mention m : all) {
            titleOnTheNextLine(a, m);
        }
        for (Mention m : all) {
            servantOfAPerson(a, m);
        }
        bindUnnamedTitles(a);
        unnamedCounterparts(a);
        for (Mention m : all) {
            sameOrganizationAsCoordinated(a, m);
        }
    }

    /**
     * "The meeting addressed regional issues, Sisi's spokesman Bassam Rady said": one who holds a title of a named
     * person's (spokesman, adviser, envoy, chief of staff …) serves that person's country, when the text gives them
     * none. A counterpart is of the other side, and is left out.
     */
    private static void servantOfAPerson(Analysis a, Mention person) {
        PersonCluster cluster = a.personOf.get(person);
        int s = person.sentence();
        if (cluster == null || cluster.country() != null || cluster.organization() != null) {
            return;
        }
        Mention title = a.titleEndingAt(s, person.first() - 1);
        if (title == null || title.title().canonical().toLowerCase(java.util.Locale.ROOT).contains("counterpart")
                || !Set.of("'s", "\u2019s").contains(a.lower(s, title.first() - 1))) {
            return;
        }
        Mention owner = a.mentionAt(s, title.first() - 2);
        PersonCluster master = owner == null || owner.type() != Mention.Type.PERSON ? null : a.personOf.get(owner);
        if (master == null || master == cluster || master.country() == null) {
            return;
        }
        cluster.addRole(new Role(title.title().canonical(), master.country(), null).because("servant-of", 0.7, s),
                title.title().rank());
    }

    private static final Set<String> ENVOY_WORDS = Set.of("credentials", "credence", "ambassador", "ambassadors", "envoy",
            "envoys", "commissioner", "commissioners");

    /**
     * "His Excellency Jeeva Rao from India was the next to present his credentials", "The last of the five envoys was
     * Dileep Tan from Singapore": in a sentence about envoys, the country after "from" right behind the name is theirs.
     */
    private static void envoysFromCountries(Analysis a) {
        for (int s = 0; s < a.sentences.size(); s++) {
            boolean envoys = false;
            for (int k = 0; k < a.sentences.get(s).tokens().size() && !envoys; k++) {
                envoys = ENVOY_WORDS.contains(a.lower(s, k));
            }
            if (!envoys) {
                continue;
            }
            for (Mention m : a.mentionsIn(s)) {
                PersonCluster c = a.personOf.get(m);
                if (c == null || c.country() != null || c.organization() != null || !a.lower(s, m.last() + 1).equals("from")) {
                    continue;
                }
                int k = m.last() + 2 + (a.lower(s, m.last() + 2).equals("the") ? 1 : 0);
                Mention country = a.mentionAt(s, k);
                if (country != null && country.type() == Mention.Type.COUNTRY && country.iso3() != null && country.first() == k) {
                    c.addRole(new Role(c.title() != null ? c.title() : "Ambassador", country.iso3(), null)
                            .because("stated", 0.8, s), "DIPLOMAT");
                }
            }
        }
    }

    /**
     * "Foreign Minister X met with his Chinese counterpart on Friday … 'my meeting with Foreign Minister Wang Yi …'",
     * "A and B have met their Indonesian counterparts … Indonesian foreign minister, C … Defence minister, D": a
     * counterpart left unnamed is the official of the same rank named in the next sentences without a country.
     */
    private static void unnamedCounterparts(Analysis a) {
        for (int s = 0; s < a.sentences.size(); s++) {
            for (Mention d : a.mentionsIn(s)) {
                if (d.type() != Mention.Type.DEMONYM || d.iso3() == null
                        || !Set.of("his", "her", "their").contains(a.lower(s, d.first() - 1))) {
                    continue;
                }
                String noun = a.lower(s, d.last() + 1);
                boolean plural = noun.equals("counterparts");
                if (!plural && !noun.equals("counterpart") || a.mentionAt(s, d.last() + 2) != null
                        || a.lower(s, d.last() + 2).equals(",")) {
                    continue;
                }
                // The ranks of the officials whose counterparts they are: those named before in the sentence.
                Set<String> ranks = new java.util.HashSet<>();
                for (Mention m : a.mentionsIn(s)) {
                    PersonCluster c = a.personOf.get(m);
                    if (c != null && m.last() < d.first() && c.rank != null) {
                        ranks.add(c.rank);
                    }
                }
                if (ranks.isEmpty()) {
                    continue;
                }
                for (int k = s + 1; k < Math.min(a.sentences.size(), s + 4); k++) {
                    for (Mention m : a.mentionsIn(k)) {
                        PersonCluster c = a.personOf.get(m);
                        // (Named for the first time there: not the official himself, named again.)
                        if (c != null && c.country() == null && c.organization() == null && c.title() != null
                                && c.rankIn(ranks) && c.mentions.get(0).sentence() > s) {
                            c.addRole(new Role(c.title(), d.iso3(), null).because("counterpart", 0.7, k), null);
                            if (!plural) {
                                k = s + 4;
                                break;
                            }
                        }
                    }
                }
            }
        }
    }

    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint", "ben");
    /** The ranks a generic "head of state" or "leader" may stand for. */
    private static final Set<String> LEADER_RANKS = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "ROYAL");

    /**
     * "Faisal bin Khalid" is not "Saad bin Faisal bin Khalid" (his son): a name chained by
     * "bin" belongs to a longer one only where the longer one holds the same chain in order, from its start
     * ("Majid bin Khalid" in "Majid bin Khalid Al Saud").
     */
    private static boolean patronymsInOrder(PersonCluster c, List<String> tokens) {
        if (tokens.size() == 1 && fatherOnly(c, tokens.get(0))) {
            return false;
        }
        if (tokens.stream().noneMatch(PATRONYMIC::contains)) {
            return true;
        }
        for (Mention m : c.mentions) {
            List<String> other = Arrays.asList(Names.key(m.text()).split(" "));
            if (other.size() >= tokens.size() && other.subList(0, tokens.size()).equals(tokens)) {
                return true;
            }
            // "Dr. bin Daghar" after "Ahmed Obeid bin Daghar": a name that opens on "bin" is the end of the full one.
            if (PATRONYMIC.contains(tokens.get(0)) && other.size() > tokens.size()
                    && other.subList(other.size() - tokens.size(), other.size()).equals(tokens)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "King Salman and Crown Prince Mohammed bin Salman": in the person's names the word stands only after "bin",
     * where it is the father's name, so alone it names the father, not the son.
     */
    private static boolean fatherOnly(PersonCluster c, String token) {
        boolean seen = false;
        for (Mention m : c.mentions) {
            String[] other = Names.key(m.text()).split(" ");
            for (int k = 0; k < other.length; k++) {
                if (other[k].equals(token)) {
                    if (k == 0 || !PATRONYMIC.contains(other[k - 1])) {
                        return false;
                    }
                    seen = true;
                }
            }
        }
        return seen;
    }

    private static long fullNames(PersonCluster c) {
        return c.mentions.stream().filter(m -> Names.key(m.text()).contains(" ")).count();
    }

    /** 1 when {@code m} and one of the person's mentions come right after the same title ("President"), else 0. */
    private static int sameTitleBefore(Analysis a, PersonCluster c, Mention m) {
        Mention title = a.titleEndingAt(m.sentence(), m.first() - 1);
        if (title == null || Names.key(m.text()).contains(" ")) {
            return 0;
        }
        for (Mention o : c.mentions) {
            Mention theirs = a.titleEndingAt(o.sentence(), o.first() - 1);
            if (theirs != null && theirs.title().canonical().equals(title.title().canonical())) {
                return 1;
            }
        }
        return 0;
    }

    /** A name after "Sheikh", "Sheikha": the given name a Gulf ruler is called by. */
    private static boolean isAddressedAsRoyal(Analysis a, Mention m) {
        return Set.of("sheikh", "sheikha", "sheik").contains(a.lower(m.sentence(), m.first() - 1));
    }

    private PersonCluster findCluster(Analysis a, Mention m) {
        // A nickname ("Jokowi") joins the person whose name it was given with.
        String key = Names.key(m.text());
        List<String> tokens = Arrays.asList(a.nicknames.getOrDefault(key, key).split(" "));
        PersonCluster best = null;
        boolean addressed = tokens.size() == 1 && isAddressedAsRoyal(a, m);
        for (PersonCluster c : a.persons) {
            if (addressed && c.mentions.stream().noneMatch(o -> isAddressedAsRoyal(a, o)
                    || Names.key(o.text()).split(" ").length > 1 && PATRONYMIC.contains(Names.key(o.text()).split(" ")[1]))) {
                // "Sheikh Mohamed" is not the photographer "Mohamed Al Hammadi": a ruler called by his given name
                // is the person written with the same address or with his father's name ("Mohamed bin Zayed").
                continue;
            }
            if (c.keyTokens.containsAll(tokens) && patronymsInOrder(c, tokens) || sameNameOtherSpelling(c, tokens)
                    || sameLettersJoined(c, tokens) || transliterated(c, tokens)) {
                // "US President Biden" after "President Joe Biden and First Lady Jill Biden": the one named with the
                // same title first; then the person named more often in full, then the one named first: "Dr Bawumia"
                // after "Dr Mahamudu Bawumia and his wife, Samira" is Mahamudu, though his wife was named twice.
                int titled = sameTitleBefore(a, c, m);
                int bestTitled = best == null ? 0 : sameTitleBefore(a, best, m);
                if (best == null || titled > bestTitled || titled == bestTitled && (fullNames(c) > fullNames(best)
                        || fullNames(c) == fullNames(best) && c.mentions.get(0).begin() < best.mentions.get(0).begin())) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * "Tokaev" for "Tokayev", "Zhaparov" for "Japarov": a surname spelled by another transliteration, alone
     * or after the same given name. Only for surnames long enough that one or two letters apart is telling.
     */
    private static boolean transliterated(PersonCluster c, List<String> tokens) {
        String surname = tokens.get(tokens.size() - 1);
        String theirs = c.surname();
        if (surname.length() < 5 || theirs.length() < 5 || surname.equals(theirs)) {
            return false;
        }
        if (tokens.size() > 1) {
            String[] cTokens = Names.key(c.canonicalName()).split(" ");
            if (!cTokens[0].equals(tokens.get(0))) {
                return false;
            }
        }
        int allowed = Math.min(surname.length(), theirs.length()) >= 7 ? 2 : 1;
        return levenshtein(surname, theirs) <= allowed;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "Amirabdollahian" and "Amir-Abdollahian": the same letters with or without the hyphen or space. */
    private static boolean sameLettersJoined(PersonCluster c, List<String> tokens) {
        String joined = String.join("", tokens);
        if (joined.length() < 6) {
            return false;
        }
        // A patronymic chain inside a longer one is a forefather ("Saad bin [Faisal bin Khalid]").
        int starts = tokens.stream().anyMatch(PATRONYMIC::contains) ? 1 : Integer.MAX_VALUE;
        for (Mention m : c.mentions) {
            String[] t = Names.key(m.text()).split(" ");
            for (int i = 0; i < Math.min(t.length, starts); i++) {
                StringBuilder sb = new StringBuilder();
                for (int j = i; j < t.length; j++) {
                    sb.append(t[j]);
                    // (One word matching one word is no joining: "Salman" in "Mohammed bin Salman" is the father's.)
                    if (sb.toString().equals(joined) && (j > i || tokens.size() > 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> FRONTED_CLAUSE_OPENERS = Set.of("after", "before", "when", "while", "as", "once",
            "following", "during", "upon", "if", "since", "until", "having");
    private static final Set<String> MAIN_CLAUSE_VERBS = Set.of("will", "would", "is", "was", "has", "had", "can", "could",
            "then", "also", "said", "says", "told", "went", "proceeded", "left", "met", "held", "thanked", "added");

    /** Letters of honours and offices written after a name in Commonwealth releases. */
    private static final Set<String> POSTNOMINALS = Set.of("jp", "j.p.", "mp", "m.p.", "sc", "s.c.", "qc", "q.c.", "kc",
            "k.c.", "obe", "cbe", "kbe", "mbe", "dbe", "gcmg", "kcmg", "cmg", "phd", "ph.d.", "oj", "mla", "mna", "gcb");

    /** "Sergey Shoigu" and "Sergei Shoigu": same surname, same initial of the given name. */
    private static boolean sameNameOtherSpelling(PersonCluster c, List<String> tokens) {
        if (tokens.size() < 2) {
            return false;
        }
        String[] cTokens = Names.key(c.canonicalName()).split(" ");
        // "Majid bin Khalid" and "Saad bin Faisal bin Khalid": a patronymic chain's last name is a
        // forefather's, which brothers and cousins share.
        if (tokens.stream().anyMatch(PATRONYMIC::contains) || Arrays.stream(cTokens).anyMatch(PATRONYMIC::contains)) {
            return false;
        }
        return cTokens.length >= 2 && cTokens[cTokens.length - 1].equals(tokens.get(tokens.size() - 1))
                && cTokens[0].charAt(0) == tokens.get(0).charAt(0) && spellingsOfOneName(cTokens[0], tokens.get(0));
    }

    /**
     * "Sergei"/"Sergey", "Muhammad"/"Mohammed", "J."/"John": one given name spelled two ways, or an initial.
     * "Bimala Rai Paudyal" and "Bharat Raj Paudyal" share a surname and an initial but are two people.
     */
    static boolean spellingsOfOneName(String x, String y) {
        if (x.length() <= 1 || y.length() <= 1) {
            return true;
        }
        return levenshtein(x, y) <= Math.max(2, Math.max(x.length(), y.length()) / 3);
    }

    private void readRole(Analysis a, Mention person) {
        PersonCluster cluster = a.personOf.get(person);
        int s = person.sentence();
        if (listedInParentheses(a, person, cluster)) {
            return;
        }
        countryInParenthesesAfter(a, person, cluster);
        // Premodifier: [Demonym|Country('s)|Organization] Title [and Title] [Sheikh|Prince …] NAME
        int before = person.first() - 1;
        // ("Rt. . Hon.": the tokenizer may give the dot of an abbreviation a token of its own.)
        // ("Dato’ Saifuddin": the apostrophe of "Dato’" a token of its own too.)
        // ("Dr. the Honourable Timothy Harris", "Senator the Honourable X": "the" inside a Commonwealth style.)
        while ((HONORIFICS.contains(a.lower(s, before)) || Set.of(".", "'", "\u2019").contains(a.lower(s, before))
                && HONORIFICS.contains(a.lower(s, before - 1))
                || a.lower(s, before).equals("the") && Set.of("honourable", "honorable", "hon", "rt", "right", "most")
                        .contains(a.lower(s, before + 1)) && (a.lower(s, before - 1).equals(".")
                        || HONORIFICS.contains(a.lower(s, before - 1)))) && a.titleEndingAt(s, before) == null) {
            before--;
        }
        // "Defence Minister Gen Bashir Wardak": a short military rank between an office and its holder.
        if (MILITARY_RANKS.contains(a.lower(s, before)) && a.titleEndingAt(s, before - 1) != null) {
            before--;
        }
        // "the President of the Republic of Fiji, Major General X (retd)": after an office and a comma, a general's rank
        // is only his address; the office is read as an apposition's (below).
        Mention generalsRank = a.titleEndingAt(s, before);
        if (generalsRank != null && generalsRank.last() == before && Set.of("major", "lieutenant", "brigadier").contains(a.lower(s, generalsRank.first()))
                && Set.of("general", "gen.", "gen").contains(a.lower(s, generalsRank.first() + 1))
                && a.lower(s, generalsRank.first() - 1).equals(",")) {
            Mention prior = a.mentionAt(s, generalsRank.first() - 2);
            if (a.titleEndingAt(s, generalsRank.first() - 2) != null
                    || prior != null && prior.isCountryLike() && prior.last() == generalsRank.first() - 2) {
                before = generalsRank.first() - 1;
            }
        }
        // "Saudi Ambassador to the United States Princess Reema": a royal address after an envoy's posting is only
        // the address; the posting is not her country.
        if (Set.of("prince", "princess", "sheikh", "sheikha").contains(a.lower(s, before))) {
            Mention posting = a.mentionAt(s, before - 1);
            int to = posting == null ? -1 : posting.first() - 1;
            if (to > 0 && a.lower(s, to).equals("the")) {
                to--;
            }
            if (posting != null && posting.isCountryLike() && posting.last() == before - 1 && Set.of("to", "in").contains(a.lower(s, to))) {
                before--;
            }
        }
        // "the Crown Prince of Jordan, Prince X": a word of address that is also a title, after a titled phrase and a
        // comma, is only the address; the phrase before the comma is the role (read below).
        if (HONORIFICS.contains(a.lower(s, before)) && a.lower(s, before - 1).equals(",")) {
            Mention prior = a.mentionAt(s, before - 2);
            if (a.titleEndingAt(s, before - 2) != null || prior != null && prior.isCountryLike() && prior.last() == before - 2) {
                before--;
            }
        }
        // "Speaker National Assembly X", "Chairman Senate Y": the body the title is of, between it and the name.
        int body = before;
        while (body > before - 3 && MentionFinder.INSTITUTION_WORDS.contains(a.lower(s, body))
                || body < before && a.lower(s, body).equals("national")) {
            body--;
        }
        if (body < before && a.titleEndingAt(s, before) == null && a.titleEndingAt(s, body) != null
                && a.mentionAt(s, body + 1) == null) {
            before = body;
        }
        Mention title = a.titleEndingAt(s, before);
        if (title != null) {
            List<Mention> titles = new ArrayList<>(List.of(title));
            // "Deputy Prime Minister and Minister of Education X"; "The Custodian of the Two Holy Mosques King X".
            // "Saudi Crown Prince, Deputy Premier and Minister of Defense X": titles listed with commas too.
            while (Set.of("and", ",").contains(a.lower(s, titles.get(0).first() - 1)) && a.titleEndingAt(s, titles.get(0).first() - 2) != null
                    || a.titleEndingAt(s, titles.get(0).first() - 1) != null) {
                Mention earlier = a.titleEndingAt(s, titles.get(0).first() - 1);
                titles.add(0, earlier != null ? earlier : a.titleEndingAt(s, titles.get(0).first() - 2));
            }
            // "Advisor of the Foreign Minister for Political Affairs Prince X", "Adviser to the President Y": X serves
            // the office named after "of the", and holds the one before it.
            int served = titles.get(0).first() - 1;
            if (a.lower(s, served).equals("the") && Set.of("of", "to").contains(a.lower(s, served - 1))
                    && a.titleEndingAt(s, served - 2) != null && (!Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "ROYAL",
                            "FOREIGN_MINISTER", "MINISTER").contains(a.titleEndingAt(s, served - 2).title().rank())
                            // "Secretary to the Crown Prince Dr. X": a private secretary, no minister.
                            || a.titleEndingAt(s, served - 2).title().canonical().equals("Secretary"))) {
                titles = new ArrayList<>(List.of(a.titleEndingAt(s, served - 2)));
            }
            Mention owner = ownerBefore(a, s, titles.get(0).first() - 1);
            if (owner == null && a.lower(s, titles.get(0).first() - 1).equals("and")) {
                // "Deputy Prime Minister of Qatar and Minister of State for Defence Affairs X": the first title's country.
                Mention country = a.mentionAt(s, titles.get(0).first() - 2);
                if (country != null && country.isCountryLike() && country.last() == titles.get(0).first() - 2) {
                    int of = country.first() - 1;
                    if (a.lower(s, of).equals("the")) {
                        of--;
                    }
                    Mention first = a.lower(s, of).equals("of") ? a.titleEndingAt(s, of - 1) : null;
                    if (first != null) {
                        titles.add(0, first);
                        owner = country;
                    }
                }
            }
            if (owner == null) {
                // Titles that carry their owner: "UN Secretary-General", "EU foreign policy chief".
                Mention inside = a.mentionAt(s, titles.get(0).first());
                if (inside != null && (inside.isCountryLike() || inside.type() == Mention.Type.ORGANIZATION)) {
                    owner = inside;
                }
            }
            if (owner == null && a.lower(s, titles.get(0).first() - 1).equals(",")) {
                // "Pakistan's army chief, General Asim Munir": the owner comes with the earlier title.
                Mention earlier = a.titleEndingAt(s, titles.get(0).first() - 2);
                if (earlier != null) {
                    owner = ownerBefore(a, s, earlier.first() - 1);
                    titles.add(0, earlier);
                } else {
                    // "Uganda's Permanent Representative to the United Nations, Ambassador X": an envoy's title and
                    // posting before the comma; the envoy's owner is X's.
                    Mention posting = a.mentionAt(s, titles.get(0).first() - 2);
                    if (posting != null && posting.last() == titles.get(0).first() - 2
                            && (posting.isCountryLike() || posting.type() == Mention.Type.ORGANIZATION)) {
                        int to = a.lower(s, posting.first() - 1).equals("the") ? posting.first() - 2 : posting.first() - 1;
                        Mention envoy = Set.of("to", "in").contains(a.lower(s, to)) ? a.titleEndingAt(s, to - 1) : null;
                        if (envoy != null && "DIPLOMAT".equals(envoy.title().rank())) {
                            owner = ownerBefore(a, s, envoy.first() - 1);
                        }
                    }
                }
            }
            if (owner == null && ownerAfterOf(a, s, titles.get(titles.size() - 1).last() + 1) == null) {
                // "President Putin of Russia", "Prime Minister Tom Ash of Freedonia": the owner after the name.
                owner = ownerAfterOf(a, s, person.last() + 1);
            }
            // "… the greetings of Qatar's Emir Sheikh X, and King Hassan in turn asked …": after ", and" a
            // titled name followed by words of its own is the subject of a new statement, not the list's end.
            boolean newStatement = a.lower(s, titles.get(0).first() - 1).equals("and")
                    && a.lower(s, titles.get(0).first() - 2).equals(",")
                    && Set.of("in", "also", "then", "later", "thanked", "asked", "said", "told", "expressed", "welcomed",
                            "received", "noted", "stressed")
                            .contains(a.lower(s, person.last() + 1))
                    // "In a meeting with Namibian Foreign Minister X, Minister Y acknowledged …": a name whose verb
                    // follows is the subject after a fronted phrase, not an item of a list.
                    || person.last() + 1 < a.sentences.get(s).tokens().size()
                    && a.sentences.get(s).tokens().get(person.last() + 1).isVerb()
                    && !"VBN".equals(a.sentences.get(s).tokens().get(person.last() + 1).pos())
                    && !"VBG".equals(a.sentences.get(s).tokens().get(person.last() + 1).pos());
            if (owner == null && !newStatement && ownerAfterOf(a, s, titles.get(titles.size() - 1).last() + 1) == null) {
                owner = ownerOfTheList(a, s, titles.get(0).first() - 1, 0);
            }
            for (Mention t : titles) {
                addRole(a, cluster, t, owner, ownerAfterOf(a, s, t.last() + 1));
            }
            if (title.title().plural()) {
                // "Kenyan Cabinet Secretaries Jane Doe and John Roe": each name of the list holds the title;
                // "Presidents Jose Macuacua of Mozambique and Tendai Moyo of Zimbabwe": each with its own country.
                int k = person.last() + 1;
                Mention of = ownerAfterOf(a, s, k);
                if (of != null) {
                    k = of.last() + 1;
                }
                while (Set.of(",", "and").contains(a.lower(s, k))) {
                    int next = a.lower(s, k + 1).equals("and") ? k + 2 : k + 1;
                    Mention listed = a.mentionAt(s, next);
                    if (listed == null || listed.type() != Mention.Type.PERSON || listed.first() != next) {
                        break;
                    }
                    Mention own = ownerAfterOf(a, s, listed.last() + 1);
                    addRole(a, a.personOf.get(listed), title, own != null ? null : of != null ? null : owner, own);
                    k = own != null ? own.last() + 1 : listed.last() + 1;
                }
            }
            return;
        }
        if (envoyTo(a, cluster, s, before)) {
            return;
        }
        // "President of Uzbekistan Shavkat Mirziyoyev": Title of [the Republic of] Country NAME — and a first
        // name NER left out of the person ("President of Turkey Recep/O Tayyip Erdoğan").
        for (int k = 0; k < 2 && before > 0 && a.mentionAt(s, before) == null
                && Character.isUpperCase(a.sentences.get(s).tokens().get(before).text().charAt(0))
                && a.titleEndingAt(s, before) == null; k++) {
            before--;
        }
        Mention ownerRightBefore = a.mentionAt(s, before);
        if (ownerRightBefore != null && (ownerRightBefore.isCountryLike() || ownerRightBefore.type() == Mention.Type.ORGANIZATION)) {
            int of = ownerRightBefore.first() - 1;
            while (of > 0 && STATE_WORDS.contains(a.lower(s, of)) && !a.lower(s, of).equals("of")) {
                of--;
            }
            if (a.lower(s, of).equals("the")) {
                of--;
            }
            Mention titleOf = a.lower(s, of).equals("of") ? a.titleEndingAt(s, of - 1) : null;
            if (titleOf != null) {
                addRole(a, cluster, titleOf, ownerRightBefore, null);
                return;
            }
        }
        // "the President of Kenya, William Ruto" / "The Kenyan Foreign Minister, Jane Doe," /
        // "The Executive Secretary of the Southern African Development Community (SADC), Elias Magosi"
        // — but not "During the conversation with the President of Kenya, Jane Doe said": there the titled
        // phrase is the object of "with", and the name after the comma is the sentence's subject.
        // Words of address stand between the comma and the name: "the Emir of Qatar, Sheikh Hamad bin Khalid".
        int comma = person.first() - 1;
        while (comma > 0 && (HONORIFICS.contains(a.lower(s, comma)) || a.lower(s, comma).equals(".")
                && HONORIFICS.contains(a.lower(s, comma - 1))
                // "the Prime Minister of Barbados, the Honourable Mia Mottley", "…, Dr. the Honourable Keith Rowley"
                || a.lower(s, comma).equals("the") && Set.of("honourable", "honorable", "hon", "rt", "right", "most")
                        .contains(a.lower(s, comma + 1)))) {
            comma--;
        }
        // "the President of the Republic of Fiji, Major General X (retd)": a general's rank is only his address here.
        Mention rank = a.titleEndingAt(s, person.first() - 1);
        if (rank != null && Set.of("major", "lieutenant", "brigadier").contains(a.lower(s, rank.first()))
                && Set.of("general", "gen.", "gen").contains(a.lower(s, rank.first() + 1)) && a.lower(s, rank.first() - 1).equals(",")) {
            comma = rank.first() - 1;
        }
        // "Ambassador of Oman (H.E. X)": a name in parentheses after the title is set off as by a comma.
        boolean parenthesis = Set.of("(", "-lrb-").contains(a.lower(s, comma)) && Set.of(")", "-rrb-").contains(a.lower(s, person.last() + 1));
        // "with the President of Kenya, Ruto said …": after a preposition's object the name starts the statement;
        // "accompanied by the Minister of X, Ms Jane Doe and …": a name the list goes on from is the title's.
        String afterName = a.lower(s, person.last() + 1);
        boolean listGoesOn = person.last() + 1 >= a.sentences.get(s).tokens().size()
                || Set.of("and", ",", ".", ";", "as", "who", "(", "-lrb-").contains(afterName) || parenthesis
                // "Doe is holding talks with the President of Mali, Amadou Traore at the villa": the sentence has
                // its verb before the title, and a place after the name, not a verb of its own.
                || Set.of("in", "at", "during", "on").contains(afterName) && finiteVerbBetween(a, s, -1, comma);
        if ((a.lower(s, comma).equals(",") || parenthesis) && (!introducedByPreposition(a, s, comma - 1) || listGoesOn)) {
            int end = comma - 1;
            // "The High Commissioner of Australia to New Zealand, resident in Wellington, H.E. X": where the envoy lives
            // is an aside between the office and the name.
            Mention residence = a.mentionAt(s, end);
            if (residence != null && residence.last() == end) {
                int in = residence.first() - 1;
                if (Set.of("in", "at").contains(a.lower(s, in)) && Set.of("resident", "based", "residing").contains(a.lower(s, in - 1))
                        && a.lower(s, in - 2).equals(",")) {
                    end = in - 3;
                }
            }
            if (a.lower(s, end).equals(")") || a.lower(s, end).equals("-rrb-")) {
                while (end > 0 && !a.lower(s, end).equals("(") && !a.lower(s, end).equals("-lrb-")) {
                    end--;
                }
                end--;
            }
            if (envoyTo(a, cluster, s, end)) {
                return;
            }
            Mention owner = a.mentionAt(s, end);
            Mention t2 = a.titleEndingAt(s, end);
            if (t2 == null && a.lower(s, end).equals("republic") && a.lower(s, end - 1).equals("the")
                    && a.lower(s, end - 2).equals("of")) {
                // "the President of the Republic, X": the head of the article's own state (its country comes later).
                t2 = a.titleEndingAt(s, end - 3);
            }
            if (t2 != null && officeOf(a, s, t2) != null) {
                // "the Chief of the Chancellery of the President of Poland, X": X heads an office of the
                // president's; the title is not X's, the country is.
                Mention country = ownerAfterOf(a, s, t2.last() + 1);
                if (country != null && country.type() == Mention.Type.COUNTRY && cluster.country() == null) {
                    cluster.addRole(new Role(cluster.title() != null ? cluster.title() : "Official", country.iso3(), null)
                            .because("office-of", 0.7, s), null);
                }
                return;
            }
            if (t2 != null) {
                addRole(a, cluster, t2, ownerBefore(a, s, t2.first() - 1), countryInside(a, s, t2));
                return;
            }
            if (owner != null && owner.isCountryLike() || owner != null && owner.type() == Mention.Type.ORGANIZATION) {
                int of = owner.first() - 1;
                // "the Crown Prince of the Hashemite Kingdom of Jordan, Prince X": the state's long form.
                if (a.lower(s, of).equals("of") && STATE_WORDS.contains(a.lower(s, of - 1))) {
                    of--;
                    while (of > 0 && (STATE_WORDS.contains(a.lower(s, of)) || a.lower(s, of).equals("hashemite"))
                            && !a.lower(s, of).equals("of")) {
                        of--;
                    }
                }
                if (a.lower(s, of).equals("the")) {
                    of--;
                }
                Mention t3 = a.titleEndingAt(s, of - 1);
                if (t3 == null && a.lower(s, of).equals("of")) {
                    // "the Speaker of the Parliament of the Republic of Moldova, X": the country's own body.
                    int k = of - 1;
                    while (k > of - 3 && (MentionFinder.INSTITUTION_WORDS.contains(a.lower(s, k)) || a.lower(s, k).equals("national"))) {
                        k--;
                    }
                    if (k < of - 1 && a.lower(s, k).equals("the")) {
                        k--;
                    }
                    if (k < of - 1 && a.lower(s, k).equals("of") && a.titleEndingAt(s, k - 1) != null) {
                        if (owner.type() == Mention.Type.COUNTRY && owner.iso3() != null
                                && Set.of("parliament", "assembly", "senate", "congress", "duma", "majlis").contains(a.lower(s, of - 1))) {
                            // "the President of the Parliament": its speaker, not the head of state.
                            cluster.addRole(new Role("Speaker", owner.iso3(), null).because(Role.STATED, 0.9, s), "OTHER");
                            return;
                        }
                        of = k;
                        t3 = a.titleEndingAt(s, k - 1);
                    }
                }
                if (t3 != null && a.lower(s, of).equals("of") && officeOf(a, s, t3) != null) {
                    // "the Chief of the Chancellery of the President of the Republic of Poland, X": X heads an
                    // office of the president's; the title is not X's, the country is.
                    if (owner.type() == Mention.Type.COUNTRY && cluster.country() == null) {
                        cluster.addRole(new Role(cluster.title() != null ? cluster.title() : "Official", owner.iso3(), null)
                                .because("office-of", 0.7, s), null);
                    }
                    return;
                }
                if (t3 != null && a.lower(s, of).equals("of")) {
                    addRole(a, cluster, t3, owner, null);
                    return;
                }
            }
        }
        // Apposition: NAME, [the|his|her] [Demonym|Country's] Title [of Country]
        if (a.lower(s, person.last() + 1).equals(",")) {
            int i = person.last() + 2;
            // "Kamla Doe, S.C., M.P., Prime Minister of …", "Jane Roe, JP, Minister of …": letters after a name first.
            while (POSTNOMINALS.contains(a.lower(s, i)) && a.lower(s, i + 1).equals(",")) {
                i += 2;
            }
            if (Set.of("the", "his", "her", "a", "an").contains(a.lower(s, i))) {
                i++;
            }
            // "Abdulla Shahid, the new Foreign Minister of the Republic of Maldives, …"
            while (NEWLY.contains(a.lower(s, i))) {
                i++;
            }
            Mention owner = null;
            Mention m = a.mentionAt(s, i);
            if (m != null && (m.isCountryLike() || m.type() == Mention.Type.ORGANIZATION)) {
                owner = m;
                i = m.last() + 1;
                if (a.lower(s, i).equals("'s")) {
                    i++;
                }
            }
            Mention t = a.titleStartingAt(s, i);
            // ("Defence Minister Gen Bashir Wardak": a military rank may stand between the title and its holder.)
            int holder = t == null ? -1 : t.last() + 1;
            while (holder > 0 && MILITARY_RANKS.contains(a.lower(s, holder))) {
                holder++;
            }
            Mention namedNext = t == null ? null : a.mentionAt(s, holder);
            if (namedNext != null && namedNext.type() == Mention.Type.PERSON) {
                // "Jane Doe, minister of foreign affairs John Roe": that title is the next person's.
                t = null;
            }
            if (t != null && (a.lower(s, t.last() + 1).matches("discuss|meet|hold|sign|agree|talk|vow|pledge|urge|hail")
                    // ("Jokowi, Micronesian Leader Plant Tree at …": a title-cased headline's verb, no name.)
                    || s == 0 && a.mentionAt(s, t.last() + 1) == null && a.token(s, t.last() + 1) != null
                            && a.token(s, t.last() + 1).capitalized() && Character.isLowerCase(a.lower(s, t.last() + 1).charAt(0))
                            && !Set.of("of", "for").contains(a.lower(s, t.last() + 1)))) {
                // "Doe, Brazil's president discuss ties" (a headline): two subjects of one verb, not an apposition.
                t = null;
            }
            if (t != null && person.first() > 0 && FRONTED_CLAUSE_OPENERS.contains(a.lower(s, 0))
                    && MAIN_CLAUSE_VERBS.contains(a.lower(s, t.last() + 1))) {
                // "After he meets with Buhari, the Secretary of State will proceed …": the name ends a fronted clause;
                // the title is the main clause's subject, not an apposition.
                t = null;
            }
            while (t != null) {
                addRole(a, cluster, t, owner, ownerAfterPortfolio(a, s, t.last() + 1));
                // "…, general secretary of the Communist Party of China and Chinese president,"
                int next = t.last() + 1;
                while (next < a.sentences.get(s).tokens().size() && !a.lower(s, next).equals("and")
                        && !a.lower(s, next).equals(",") && next - t.last() < 8) {
                    next++;
                }
                if (!a.lower(s, next).equals("and")) {
                    break;
                }
                next++;
                owner = null;
                Mention m2 = a.mentionAt(s, next);
                if (m2 != null && (m2.isCountryLike() || m2.type() == Mention.Type.ORGANIZATION)) {
                    owner = m2;
                    next = m2.last() + 1 + (a.lower(s, m2.last() + 1).equals("'s") ? 1 : 0);
                }
                t = a.titleStartingAt(s, next);
            }
        }
        // "Doe declared himself the interim president of Ruritania"
        for (int i = person.last() + 1; i < Math.min(person.last() + 4, a.sentences.get(s).tokens().size()); i++) {
            if (a.lower(s, i).equals("himself") || a.lower(s, i).equals("herself")) {
                int j = i + 1;
                while (Set.of("as", "the", "a").contains(a.lower(s, j))) {
                    j++;
                }
                Mention t = a.titleStartingAt(s, j);
                if (t != null) {
                    addRole(a, cluster, t, null, ownerAfterOf(a, s, t.last() + 1));
                }
            }
        }
    }

    /**
     * "The diplomats included Jan Nowak (Poland), Ana Lima (Angola) …": a country in parentheses right after a
     * name is that person's. The title, if the text gives one elsewhere, stays; else "Official".
     */
    private static void countryInParenthesesAfter(Analysis a, Mention person, PersonCluster cluster) {
        int s = person.sentence();
        int open = person.last() + 1;
        if (!Set.of("(", "-lrb-").contains(a.lower(s, open)) || cluster.country() != null || cluster.organization() != null) {
            return;
        }
        Mention country = a.mentionAt(s, open + 1);
        if (country != null && country.type() == Mention.Type.COUNTRY && country.iso3() != null
                && Set.of(")", "-rrb-").contains(a.lower(s, country.last() + 1))) {
            cluster.addRole(new Role(cluster.title() != null ? cluster.title() : "Official", country.iso3(), null)
                    .because("country-in-parentheses", 0.8, s), null);
        }
    }

    /** Short military ranks written between an office and its holder: "Defence Minister Gen X". */
    private static final Set<String> MILITARY_RANKS = Set.of("gen", "gen.", "maj", "lt", "col", "brig",
            // (Not a rank, but placed the same: "Prime Minister a.i. Ariel Henry", ad interim.)
            "a.i.", "a.i");

    /** Words between an apposition's article and its title that say only since when: "the newly appointed". */
    private static final Set<String> NEWLY = Set.of("new", "newly", "recently", "appointed", "elected", "incoming");

    /**
     * "foreign ministers of Tajikistan (Jane Doe), Uzbekistan (John Roe) and …": a name in parentheses after a
     * country, in a list that a plural title "of" opens, holds that title for that country.
     */
    private boolean listedInParentheses(Analysis a, Mention person, PersonCluster cluster) {
        int s = person.sentence();
        Mention country = a.mentionAt(s, person.first() - 2);
        if (!a.lower(s, person.first() - 1).equals("(") || country == null || country.type() != Mention.Type.COUNTRY
                || country.last() != person.first() - 2 || country.iso3() == null) {
            return false;
        }
        for (int k = country.first() - 1; k > 0; k--) {
            String w = a.lower(s, k);
            if (w.equals(".") || w.equals(";")) {
                return false;
            }
            if (!w.equals("of") || !a.lower(s, k - 1).endsWith("s")) {
                continue;
            }
            for (int n = 3; n >= 1; n--) {
                if (k - n < 0) {
                    continue;
                }
                StringBuilder phrase = new StringBuilder();
                for (int j = k - n; j < k; j++) {
                    phrase.append(j > k - n ? " " : "").append(a.lower(s, j));
                }
                String singular = phrase.substring(0, phrase.length() - 1);
                ReferenceData.Title title = ref.title(singular);
                if (title != null) {
                    cluster.addRole(new Role(title.canonical(), country.iso3(), null).because("stated", 0.9, s), title.rank());
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * "Doe embarked on his first state visit as the 16th President of Ruritania": a title "of" a country after
     * "as", in the person's own words with no other person in between, is the person's.
     */
    private void titleAfterAs(Analysis a, Mention person) {
        int s = person.sentence();
        int size = a.sentences.get(s).tokens().size();
        for (int i = person.last() + 1; i < Math.min(person.last() + 16, size); i++) {
            String w = a.lower(s, i);
            Mention m = a.mentionAt(s, i);
            if (w.equals(";") || w.equals(".") || m != null && m.type() == Mention.Type.PERSON) {
                return;
            }
            if (!w.equals("as")) {
                continue;
            }
            int j = i + 1;
            while (j < size && (Set.of("the", "a", "an", "new", "first").contains(a.lower(s, j))
                    || a.lower(s, j).matches("\\d+(st|nd|rd|th)"))) {
                j++;
            }
            Mention t = a.titleStartingAt(s, j);
            Mention owner = t == null ? null : ownerAfterOf(a, s, t.last() + 1);
            if (owner != null && owner.type() == Mention.Type.COUNTRY) {
                addRole(a, a.personOf.get(person), t, null, owner);
            }
            return;
        }
    }

    /**
     * "EU foreign policy chief Josep Borrell and Enlargement Commissioner Olivér Várhelyi": an organization
     * official named right after another one of an organization serves the same organization.
     */
    private static void sameOrganizationAsCoordinated(Analysis a, Mention person) {
        PersonCluster c = a.personOf.get(person);
        if (c.organization() != null || c.country() != null || !"ORG_OFFICIAL".equals(c.rank)) {
            return;
        }
        int s = person.sentence();
        int i = person.first() - 1;
        while (a.titleEndingAt(s, i) != null) {
            i = a.titleEndingAt(s, i).first() - 1;
        }
        if (!a.lower(s, i).equals("and")) {
            return;
        }
        Mention before = a.mentionAt(s, i - 1);
        PersonCluster other = before == null ? null : a.personOf.get(before);
        if (other != null && other.organization() != null) {
            c.addRole(new Role(c.title(), null, other.organization()).because("same-organization", 0.8, person.sentence()), null);
        }
    }

    /**
     * "The Indian prime minister arrived in Hanoi … Narendra Modi was greeted": a titled official named
     * only later is the first person without a country mentioned within the next two sentences.
     */
    private void bindUnnamedTitles(Analysis a) {
        for (int s = 0; s < a.sentences.size(); s++) {
            // "the Turkish president and the Qatari emir held talks … The meeting of A and B": each title of a
            // sentence takes the next person the ones before it did not take.
            Set<PersonCluster> taken = new java.util.HashSet<>();
            for (Mention t : a.mentionsIn(s)) {
                if (t.type() != Mention.Type.TITLE) {
                    continue;
                }
                Mention owner = a.mentionAt(s, t.first() - 1);
                // "the French president"; a headline's "Vanuatu PM meets French President" too.
                boolean theDemonym = owner != null && owner.type() == Mention.Type.DEMONYM
                        && (a.lower(s, owner.first() - 1).equals("the") || s <= 1);
                // "Solih holds official talks with Sri Lanka PM": a headline's country right before the title.
                boolean countryTitle = owner != null && owner.type() == Mention.Type.COUNTRY && owner.iso3() != null;
                if (!theDemonym && !countryTitle) {
                    // "Nepal's new Prime Minister today spoke to …": a country's title, named later.
                    Mention possessor = ownerBefore(a, s, t.first() - 1);
                    owner = possessor != null && possessor.isCountryLike() && possessor.iso3() != null
                            && a.lower(s, possessor.last() + 1).equals("'s") ? possessor : null;
                }
                if (owner == null && s <= 1 && "ROYAL".equals(t.title().rank()) && a.lower(s, t.last() + 1).equals("of") && !t.text().toLowerCase(java.util.Locale.ROOT)
                        .endsWith("s")) {
                    // "King of Bahrain receives Yemen's Prime Minister": the title's country after "of", with no
                    // name after it, is a reference to the one named below.
                    int c = t.last() + 2 + (a.lower(s, t.last() + 2).equals("the") ? 1 : 0);
                    Mention country = a.mentionAt(s, c);
                    if (country != null && country.type() == Mention.Type.COUNTRY && country.iso3() != null && country.first() == c
                            && a.mentionAt(s, country.last() + 1) == null
                            && !Set.of(",", "'s", "and").contains(a.lower(s, country.last() + 1))
                            // Only one can be meant: "Phone conversation with the president of Ukraine" above two
                            // presidents says nothing a reader can place.
                            && a.persons.stream().filter(p -> p.country() == null && p.organization() == null
                                    && sameOffice(p.title(), t.title().canonical())).count() == 1) {
                        owner = country;
                    }
                }
                Mention next = a.mentionAt(s, t.last() + 1);
                if (owner == null || next != null && next.type() == Mention.Type.PERSON || a.lower(s, t.last() + 1).equals(",")) {
                    continue;
                }
                String iso3 = owner.iso3();
                // "Ecuador's chancellor" is its foreign minister, not a head of government: no such title there.
                if (!heldThere(t.title().canonical(), iso3)) {
                    continue;
                }
                // Only when the article names no official of that country: otherwise "the Somali leader" is
                // a back-reference to the one it named, not a new person.
                // "the Qatari emir" is not the Qatari defence minister the article named: a title of its own
                // (not a mere "leader") refers back only to an official of that country with the same title.
                boolean generic = "OTHER".equals(t.title().rank());
                // "the Dominican head of state" names no office of its own: any president, king or prime
                // minister of that country the article named is the one meant.
                boolean anyLeader = Set.of("Head of State", "Head of Government").contains(t.title().canonical());
                // (A leader's spouse is no official: "the Liberian leader" after "First Lady Jane Doe" is still to bind.)
                boolean known = a.persons.stream().anyMatch(c -> iso3.equals(c.country()) && !c.spouse()
                        && (generic || c.title() == null || sameOffice(c.title(), t.title().canonical())
                            || anyLeader && c.rankIn(LEADER_RANKS)));
                if (known) {
                    continue;
                }
                // "… spoke to his Bhutanese counterpart. Prime Minister Ram Sharma thanked …": the person
                // later given the same title is the one meant; else the first person named after the title.
                // "Okonkwo, Malian president meet in Abuja" (a headline): the one named before the title, joined
                // to it as a second subject of one verb, is not the one it means.
                Set<PersonCluster> others = new java.util.HashSet<>(taken);
                PersonCluster coordinate = coordinateSubjectBefore(a, s, t, owner);
                if (coordinate != null) {
                    others.add(coordinate);
                }
                if (s == 0) {
                    // "Museveni delighted as CAR president sends a note": a headline names no one twice, so a
                    // person it named before the title (other than in apposition, right before a comma) is another.
                    for (Mention m : a.mentionsIn(s)) {
                        if (m.type() == Mention.Type.PERSON && m.last() < t.first() && !a.lower(s, m.last() + 1).equals(",")) {
                            others.add(a.personOf.get(m));
                        }
                    }
                }
                // "The Vanuatu prime minister signed the visitor book, before meeting with Mr Albanese": the one met
                // after the title is another person.
                for (Mention m : a.mentionsIn(s)) {
                    if (m.type() == Mention.Type.PERSON && m.first() > t.last()
                            && hasWordBetween(a, s, t.last(), m.first(), Set.of("with", "met", "meets", "received", "receives",
                                    "welcomed", "welcomes", "hosted", "hosts", "greeted", "called"))) {
                        others.add(a.personOf.get(m));
                    }
                }
                PersonCluster target = firstUnplacedWithTitle(a, s, t.last(), t.title().canonical(), others);
                if (target == null && theDemonym && s > 1) {
                    // "… held talks with Prime Minister Abiy Ahmed. … 'I received through him the message,' the
                    // Ethiopian premier tweeted": in the body, the one named before with that office, if any.
                    target = unplacedNamedBefore(a, s, t, anyLeader);
                }
                if (target == null) {
                    target = firstUnplacedPersonAfter(a, s, t.last(), others, t);
                }
                if (target == null && s > 1) {
                    // "President Ali … The Guyanese Head of State had said …": the one named before with that office.
                    target = unplacedNamedBefore(a, s, t, anyLeader);
                }
                if (target != null) {
                    taken.add(target);
                    // "the Guyanese Head of State" names no office of its own: the person keeps "President".
                    String title = anyLeader && target.title() != null ? target.title() : t.title().canonical();
                    target.addRole(new Role(title, iso3, null).because("titled-reference", 0.8, s),
                            anyLeader && target.title() != null ? target.rank : t.title().rank());
                }
            }
        }
    }

    private static boolean hasWordBetween(Analysis a, int s, int from, int to, Set<String> words) {
        for (int k = from + 1; k < to; k++) {
            if (words.contains(a.lower(s, k))) {
                return true;
            }
        }
        return false;
    }

    /** One office under two names: a premier is a prime minister. */
    static boolean sameOffice(String held, String title) {
        if (held == null) {
            return false;
        }
        Set<String> premier = Set.of("premier", "prime minister");
        // "the Indian foreign minister" is India's External Affairs Minister.
        Set<String> foreign = Set.of("foreign minister", "external affairs minister");
        String h = held.toLowerCase(java.util.Locale.ROOT);
        String t = title.toLowerCase(java.util.Locale.ROOT);
        return held.equalsIgnoreCase(title) || premier.contains(h) && premier.contains(t) || foreign.contains(h) && foreign.contains(t);
    }

    /** The person named before sentence {@code s}, of no country yet, who holds the title (or, for "head of state", leads). */
    private static PersonCluster unplacedNamedBefore(Analysis a, int s, Mention t, boolean anyLeader) {
        PersonCluster best = null;
        boolean tie = false;
        for (PersonCluster c : a.persons) {
            if (c.country() != null || c.organization() != null || c.mentions.get(0).sentence() >= s) {
                continue;
            }
            boolean fits = anyLeader ? c.rankIn(LEADER_RANKS) : sameOffice(c.title(), t.title().canonical());
            if (!fits) {
                continue;
            }
            if (best == null || c.mentions.size() > best.mentions.size()) {
                best = c;
                tie = false;
            } else if (c.mentions.size() == best.mentions.size()) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The person named right before a titled reference and joined to it by "and" or a comma, when the words after
     * the title are the verb both share ("Doe and Malian president hold talks", "Doe, Malian president meet").
     */
    private static PersonCluster coordinateSubjectBefore(Analysis a, int s, Mention title, Mention owner) {
        int before = (owner != null && owner.last() == title.first() - 1 ? owner.first() : title.first()) - 1;
        if (a.lower(s, before).equals("the")) {
            before--;
        }
        if (!Set.of(",", "and").contains(a.lower(s, before))) {
            return null;
        }
        Mention named = a.mentionAt(s, before - 1);
        if (named == null || named.type() != Mention.Type.PERSON || named.last() != before - 1
                || !a.lower(s, title.last() + 1).matches("discuss|discusses|meet|meets|hold|holds|sign|signs|agree|agrees|talk|talks|vow|pledge|urge|hail")) {
            return null;
        }
        return a.personOf.get(named);
    }

    private static PersonCluster firstUnplacedWithTitle(Analysis a, int s, int token, String title, Set<PersonCluster> others) {
        // A headline's title may wait for its name past a byline and a dateline: it looks further.
        for (int k = s; k < Math.min(a.sentences.size(), s <= 1 ? s + 12 : s + 3); k++) {
            for (Mention m : a.mentionsIn(k)) {
                if (m.type() == Mention.Type.PERSON && (k > s || m.first() > token)) {
                    PersonCluster c = a.personOf.get(m);
                    if (sameOffice(c.title(), title) && c.country() == null && c.organization() == null && !others.contains(c)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static boolean finiteVerbBetween(Analysis a, int s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token t = a.sentences.get(s).tokens().get(k);
            // (Parts of speech are tagged only where a rule reads them: auxiliaries by their words elsewhere.)
            if (t.pos() != null ? Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos())
                    : Set.of("will", "would", "shall", "can", "could", "may", "might", "is", "was", "are", "were", "has",
                            "had", "have", "met", "received", "called").contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Greek Education Minister … Anastasiades then joined …": a person the text gives another title is not the
     * one a titled reference means; a generic title ("leader", "head of state") may mean any leader.
     */
    private static boolean mayHold(PersonCluster c, Mention title) {
        String t = title.title().canonical();
        return c.title() == null || c.title().equalsIgnoreCase(t) || "OTHER".equals(title.title().rank())
                || Set.of("Head of State", "Head of Government").contains(t) && c.rankIn(LEADER_RANKS);
    }

    private static PersonCluster firstUnplacedPersonAfter(Analysis a, int s, int token, Set<PersonCluster> taken, Mention title) {
        for (int k = s; k < Math.min(a.sentences.size(), s + 3); k++) {
            for (Mention m : a.mentionsIn(k)) {
                if (m.type() == Mention.Type.PERSON && (k > s || m.first() > token) && !taken.contains(a.personOf.get(m))) {
                    // "The Iranian foreign minister will also call on the Speaker X": whom the title's own verb
                    // reaches is another person.
                    if (k == s && finiteVerbBetween(a, s, token, m.first())) {
                        return null;
                    }
                    PersonCluster c = a.personOf.get(m);
                    return c.country() == null && c.organization() == null && mayHold(c, title) ? c : null;
                }
            }
        }
        return null;
    }

    /**
     * "Foreign Secretary Vikram Misri told reporters in New Delhi that India …": a titled official whose
     * country the text never states, speaking in a sentence that names one country only, speaks for it.
     */
    /**
     * "TBILISI, Oct 27 (AP) — … President Salome Zourabichvili": a national official whose country the
     * text never states is taken to be of the country the story is filed from. Not for officials of
     * organizations or diplomats, who are often foreigners there.
     */
    /**
     * Leaders' titles only a few countries give: a "Chancellor" in a Polish paper's story is Germany's or
     * Austria's, never the paper's own (the article's home is no evidence for such a title elsewhere).
     */
    private static final java.util.Map<String, Set<String>> TITLE_HELD_ONLY_IN = java.util.Map.of(
            "Chancellor", Set.of("DEU", "AUT"),
            "Emir", Set.of("QAT", "KWT"),
            "Sultan", Set.of("OMN", "BRN"),
            "Grand Duke", Set.of("LUX"),
            // Monarchies with a king in 2005–2025 (Nepal's until 2008); "King" never takes a dateline elsewhere.
            "King", Set.of("SAU", "JOR", "MAR", "BHR", "ESP", "GBR", "NLD", "BEL", "NOR", "SWE", "DNK", "THA", "KHM",
                    "BTN", "LSO", "SWZ", "TON", "MYS", "NPL"));

    static boolean heldThere(String title, String iso3) {
        Set<String> only = TITLE_HELD_ONLY_IN.get(title);
        return only == null || only.contains(iso3);
    }

    /**
     * "Karimi went into a meeting with Sultan Faris" in a story about Oman: a title only a few countries
     * give (above) is the one of them the article names, when it names exactly one.
     */
    static void titleOfFewCountries(Analysis a, String dateline) {
        Set<String> named = new java.util.HashSet<>();
        a.mentions.forEach(ms -> ms.stream().filter(m -> m.isCountryLike() && m.iso3() != null).forEach(m -> named.add(m.iso3())));
        for (PersonCluster c : a.persons) {
            Set<String> only = c.title() == null ? null : TITLE_HELD_ONLY_IN.get(c.title());
            // "AMMAN — King Hassan received the Saudi minister": a dateline where the title is held decides.
            if (only == null || c.country() != null || c.organization() != null || dateline != null && only.contains(dateline)) {
                continue;
            }
            List<String> there = only.stream().filter(named::contains).toList();
            if (there.size() == 1) {
                c.addRole(new Role(c.title(), there.get(0), null).because("title-of-few-countries", 0.6, null), null);
            }
        }
    }

    /** "BRASILIA — President X arrived here …": one who arrives where the story is filed is a visitor there. */
    private static boolean arrives(Analysis a, PersonCluster c) {
        for (Mention m : c.mentions) {
            for (int k = m.last() + 1; k <= m.last() + 3 && k < a.sentences.get(m.sentence()).tokens().size(); k++) {
                if (Set.of("arrived", "arrives", "arriving", "landed", "lands").contains(a.lower(m.sentence(), k))
                        && a.lower(m.sentence(), k + 1).equals("here")) {
                    return true;
                }
            }
        }
        return false;
    }

    static void datelineCountry(Analysis a, String iso3) {
        datelineCountry(a, iso3, Set.of());
    }

    /** @param visitors ids of the persons who visit the dateline's country ("KATHMANDU: … Modi arrived in Kathmandu") */
    static void datelineCountry(Analysis a, String iso3, Set<String> visitors) {
        if (iso3 == null) {
            return;
        }
        // "then-Prime Minister Jacinda Ardern" in a Suva story: former officials are as often foreign.
        List<PersonCluster> given = new ArrayList<>();
        for (PersonCluster c : a.persons) {
            // Every leader of the kind: a story filed from a capital recalls earlier presidents ("ousted President X").
            if (c.title() != null && c.country() == null && c.organization() == null && c.rank != null
                    && !c.rankIn(Set.of("ORG_OFFICIAL", "DIPLOMAT")) && !c.title().startsWith("Former ")
                    && heldThere(c.title(), iso3) && !arrives(a, c) && !visitors.contains(c.id())
                    && !pairedWithTheHolder(a, c, iso3) && !foreignMinisterThereNamed(a, c, iso3)) {
                given.add(c);
            }
        }
        for (PersonCluster c : given) {
            // "LUSAKA – President A has met President B at State House": of two leaders with one title named in one
            // sentence, only the one the article names more often is the dateline's; equals stay open.
            boolean outnamed = oneAtATime(c) && given.stream().anyMatch(o -> o != c && c.title().equalsIgnoreCase(o.title())
                    && metInOneSentence(a, c, o) && o.mentions.size() >= c.mentions.size());
            if (!outnamed) {
                c.addRole(new Role(c.title(), iso3, null).because("dateline", 0.6, null), null);
            }
        }
    }

    /** "MANILA: Minister X held talks with the Secretary of Foreign Affairs of the Philippines Y": one foreign minister a country. */
    private static boolean foreignMinisterThereNamed(Analysis a, PersonCluster c, String iso3) {
        return "FOREIGN_MINISTER".equals(c.rank) && a.persons.stream().anyMatch(o -> o != c && iso3.equals(o.country())
                && "FOREIGN_MINISTER".equals(o.rank) && o.title() != null && !o.title().startsWith("Former "));
    }

    private static final Set<String> MEETING_VERBS = Set.of("met", "meets", "received", "receives", "hosted", "hosts",
            "welcomed", "welcomes", "talks", "held");

    /** "President A has met President B": the two named in one sentence with a verb of meeting between them. */
    private static boolean metInOneSentence(Analysis a, PersonCluster x, PersonCluster y) {
        for (Mention m : x.mentions) {
            for (Mention n : y.mentions) {
                if (n.sentence() != m.sentence()) {
                    continue;
                }
                int from = Math.min(m.last(), n.last()) + 1;
                int to = Math.max(m.first(), n.first());
                for (int k = from; k < to; k++) {
                    if (MEETING_VERBS.contains(a.lower(m.sentence(), k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "CAIRO — Prime Minister X and Egyptian Prime Minister Y attended": a leader joined by "and" to the one the
     * text says holds the same title for the dateline's country is the other country's.
     */
    private static boolean pairedWithTheHolder(Analysis a, PersonCluster c, String iso3) {
        if (!oneAtATime(c)) {
            return false;
        }
        for (Mention m : c.mentions) {
            int s = m.sentence();
            for (Mention other : a.mentionsIn(s)) {
                PersonCluster o = a.personOf.get(other);
                if (o == null || o == c || !iso3.equals(o.country()) || !c.title().equalsIgnoreCase(o.title())
                        || other.first() <= m.last() || other.first() - m.last() > 7) {
                    continue;
                }
                for (int k = m.last() + 1; k < other.first(); k++) {
                    if (a.lower(s, k).equals("and")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Ranks a country gives to one person at a time. */
    private static final Set<String> ONE_AT_A_TIME = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT");

    /**
     * "the call between President Ash and President Bay" in a release of Freedonia (a readout, about the
     * present: not for dateline stories, which recall earlier leaders): a country has one President at a time, so of the candidates for the same leader's title of {@code iso3} only the one the
     * article names most often (the first of equals) is given it, and none when the article already states
     * who holds that title for {@code iso3}. The other is the foreign side, whose country the text leaves open.
     */
    private static boolean oneAtATime(PersonCluster c) {
        return c.rankIn(ONE_AT_A_TIME);
    }

    static List<PersonCluster> oneLeaderPerTitle(Analysis a, String iso3, List<PersonCluster> candidates) {
        List<PersonCluster> kept = new ArrayList<>();
        Set<String> taken = new java.util.HashSet<>();
        for (PersonCluster c : a.persons) {
            if (iso3.equals(c.country()) && c.title() != null && oneAtATime(c)) {
                taken.add(c.title().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (PersonCluster c : candidates) {
            if (!oneAtATime(c)) {
                kept.add(c);
                continue;
            }
            String title = c.title().toLowerCase(java.util.Locale.ROOT);
            PersonCluster first = candidates.stream().filter(o -> oneAtATime(o) && o.title().equalsIgnoreCase(title))
                    .max(Comparator.comparingInt((PersonCluster o) -> o.mentions.size())
                            .thenComparingInt(o -> -o.mentions.stream().mapToInt(Mention::begin).min().orElse(0))).orElseThrow();
            if (first == c && !taken.contains(title)) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * "The White House … Secretary Blinken met …": a national official whose country the text never
     * states, in an article where one country's seat of power speaks, is of that country. A last
     * resort, with low confidence; not for officials of organizations, diplomats or former officials.
     */
    static void homeCountry(Analysis a, String iso3, Set<String> otherSide) {
        homeCountry(a, iso3, otherSide, Set.of());
    }

    /** @param inEvents ids of the persons who take part in an event of the article */
    static void homeCountry(Analysis a, String iso3, Set<String> otherSide, Set<String> inEvents) {
        if (iso3 == null) {
            return;
        }
        for (PersonCluster c : oneLeaderPerTitle(a, iso3, a.persons.stream().filter(c -> c.title() != null
                && !otherSide.contains(c.id()) && c.country() == null && c.organization() == null && c.rank != null
                && !c.rankIn(Set.of("ORG_OFFICIAL", "DIPLOMAT")) && !c.title().startsWith("Former ")
                && heldThere(c.title(), iso3) && (inEvents.contains(c.id()) || oneAtATime(c) || !onlyAmongForeigners(a, c, iso3))).toList())) {
            c.addRole(new Role(c.title(), iso3, null).because("home-country", 0.5, null), null);
        }
    }

    /**
     * "… welcomed the statements by Senator Alvaro Uribe and FARC leader Rodrigo Londoño" in a release
     * about Colombia: a person who is not a leader, takes part in no event of the release (a release of a
     * seat of power is about its leader, whatever the topic) and is named only in sentences
     * about another country, never beside the home country, is as likely that country's; the home country
     * is not given on so little.
     */
    private static boolean onlyAmongForeigners(Analysis a, PersonCluster c, String home) {
        boolean foreign = false;
        for (Mention m : c.mentions) {
            for (Mention x : a.mentions.get(m.sentence())) {
                // "spoke with the United States President": a country that owns a title describes that official.
                int after = a.lower(m.sentence(), x.last() + 1).equals("'s") ? x.last() + 2 : x.last() + 1;
                if (x.isCountryLike() && x.iso3() != null && a.titleStartingAt(m.sentence(), after) == null) {
                    if (x.iso3().equals(home)) {
                        return false;
                    }
                    foreign = true;
                } else if (x.type() == Mention.Type.PERSON && x != m && a.personOf.get(x) != c
                        && home.equals(a.personOf.get(x).country())) {
                    return false;
                }
            }
        }
        return foreign;
    }

    /**
     * Roles the text does not state but that are guessed from context: where the story is filed or
     * published, whose place or visit it is, the other side of a meeting, who speaks in a sentence about
     * one country, who stands on one side or travels with a leader, which of a title's few countries the
     * article names. A leader's listed country is better evidence than any of them.
     */
    static final Set<String> GUESSED_BASES = Set.of("dateline", "home-country", "home-side", "host-of-place",
            "host-of-visit", "other-side", "speaker-of-one-country", "same-side", "companion", "title-of-few-countries");

    /**
     * A person the text leaves without a country or organization, listed in an actor list under one of
     * their spellings, holds the listed role. The text's title is kept ("Minister Doe" stays a Minister);
     * the list gives the owner (and a title when the text has none). Spellings that name actors of
     * different owners are ambiguous and give nothing.
     *
     * <p>The user's list ({@code overrides} null) never goes against the text, not even its weakest guess.
     * The shipped leaders list ({@code overrides} the user's list) also replaces a country the text only
     * lets us guess ({@link #GUESSED_BASES}) — a president met abroad is still of their own country,
     * whatever the dateline says — and, for a leader in office on the article's date, any other country
     * the rules read (a sitting president of Ghana is Ghana's, whatever a misread apposition said);
     * never where the user's list names the person.
     */
    static void actorList(Analysis a, ActorList list, String basis, ActorList overrides) {
        if (list.isEmpty()) {
            return;
        }
        for (PersonCluster c : a.persons) {
            boolean open = c.country() == null && c.organization() == null;
            if (!open && (overrides == null || c.organization() != null)) {
                continue;
            }
            Set<String> spellings = new java.util.LinkedHashSet<>();
            spellings.add(c.canonicalName());
            c.mentions.forEach(m -> spellings.add(m.text()));
            ActorList.Match found = list.match(spellings, a.published);
            if (found == null) {
                continue;
            }
            boolean guessed = c.roles.stream().filter(r -> r.country() != null).allMatch(r -> GUESSED_BASES.contains(r.basis()));
            if (!open && !guessed && !found.inTerm()) {
                continue;
            }
            if (open) {
                String title = c.title() != null ? c.title() : found.title() != null ? found.title() : "Official";
                c.addRole(new Role(title, found.country(), found.organization()).because(basis, 0.4, null), null);
            } else if (found.country() != null && !found.country().equals(c.country()) && overrides.match(spellings, a.published) == null) {
                c.roles.replaceAll(r -> r.country() == null ? r : new Role(r.title(), found.country(), null).because(basis, 0.4, null));
                List<Role> distinct = List.copyOf(new java.util.LinkedHashSet<>(c.roles));
                c.roles.clear();
                c.roles.addAll(distinct);
            }
        }
    }

    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "stated", "announced", "added");

    static void speakersOfOneCountry(Analysis a) {
        for (List<Mention> ms : a.mentions) {
            for (Mention m : ms) {
                if (m.type() == Mention.Type.PERSON) {
                    speakerOfOneCountry(a, m);
                }
            }
        }
    }

    private static void speakerOfOneCountry(Analysis a, Mention person) {
        PersonCluster c = a.personOf.get(person);
        if (c.title() == null || c.country() != null || c.organization() != null) {
            return;
        }
        int s = person.sentence();
        boolean speaks = false;
        for (int i = person.last() + 1; i < Math.min(person.last() + 4, a.sentences.get(s).tokens().size()); i++) {
            if (a.lower(s, i).equals("and")) {
                // "Sisi received a delegation led by X and said …": the verb goes on with the sentence's subject.
                break;
            }
            // "… called on Prime Minister X, said a press release": the verb has its own subject after it.
            speaks |= SPEECH_VERBS.contains(a.lower(s, i))
                    && !(a.lower(s, i - 1).equals(",") && Set.of("a", "an", "the", "his", "her", "its", "their", "officials",
                            "sources", "reports").contains(a.lower(s, i + 1)));
        }
        if (!speaks) {
            return;
        }
        Set<String> countries = new java.util.HashSet<>();
        int verb = person.last() + 1;
        while (verb < a.sentences.get(s).tokens().size() && !SPEECH_VERBS.contains(a.lower(s, verb))) {
            verb++;
        }
        for (Mention m : a.mentionsIn(s)) {
            // "accepted an invitation to visit Turkey": a destination is not the speaker's country.
            // Nor is the nationality of the one spoken to ("Xi told US Vice-President Biden"), nor a place the
            // speech is about ("to reach people in the US").
            int b = m.first() - 1;
            if (a.lower(s, b).equals("the")) {
                b--;
            }
            // "relations with Botswana and Zimbabwe": the list goes back to its preposition.
            while (Set.of("and", ",").contains(a.lower(s, b)) && a.mentionAt(s, b - 1) != null
                    && a.mentionAt(s, b - 1).isCountryLike()) {
                b = a.mentionAt(s, b - 1).first() - 1;
            }
            String before = a.lower(s, b);
            boolean destination = Set.of("to", "visit", "from", "against", "with", "toward", "towards", "told", "tells",
                    "in").contains(before);
            // Nor a country in the speaker's quoted words ("'… PM Jane Doe of Ruritania held talks,' the
            // spokesperson said"): the words are about others as often as about the speaker's own side.
            // Nor the nationality of another office ("While welcoming the Chinese President, X said …").
            boolean othersOffice = m.type() == Mention.Type.DEMONYM && a.titleStartingAt(s, m.last() + 1) != null
                    && !(a.mentionAt(s, a.titleStartingAt(s, m.last() + 1).last() + 1) == person);
            if ((m.isCountryLike() || m.type() == Mention.Type.CITY) && m.iso3() != null && !destination && !othersOffice
                    && !a.quoted.get(s)[m.first()]) {
                countries.add(m.iso3());
            }
            PersonCluster other = a.personOf.get(m);
            // "Xi told Biden …": the one spoken to is the other side, not the speaker's compatriot.
            // Nor is a person the speech is about ("before Chávez's arrival").
            // Nor a person the speaker's quoted words are about ("… Prime Minister Vula was highly respected", Dunn said).
            // Nor a person the speaker speaks of ("X said he appreciated the gesture Prime Minister Y showed").
            if (other != null && other != c && other.country() != null && !spokenTo(a, s, m) && m.first() < verb
                    && !a.lower(s, m.last() + 1).equals("'s") && !a.quoted.get(s)[m.first()]) {
                countries.add(other.country());
            }
        }
        if (countries.size() == 1) {
            c.addRole(new Role(c.title(), countries.iterator().next(), null).because("speaker-of-one-country", 0.6, s), null);
        }
    }

    /**
     * "Minister of Foreign Affairs X received in audience the Ambassador of China to Nigeria, Y": an official
     * who meets the envoys posted to one country, and whose country the text leaves open, is of that country
     * (the article names no other posting). After events, before the dateline's and the publisher's country.
     */
    static void hostOfEnvoys(Analysis a, List<io.github.diplograph.model.EventFact> events) {
        Set<String> postings = new java.util.HashSet<>();
        for (List<Mention> ms : a.mentions) {
            for (Mention t : ms) {
                if (t.type() != Mention.Type.TITLE || !"DIPLOMAT".equals(t.title().rank())) {
                    continue;
                }
                int s = t.sentence();
                for (int k = t.last() + 1; k < Math.min(t.last() + 10, a.sentences.get(s).tokens().size()); k++) {
                    String w = a.lower(s, k);
                    if (w.equals(",") || w.equals(".") || a.mentionAt(s, k) != null && a.mentionAt(s, k).type() == Mention.Type.PERSON) {
                        break;
                    }
                    if (w.equals("to")) {
                        Mention posting = a.mentionAt(s, a.lower(s, k + 1).equals("the") ? k + 2 : k + 1);
                        if (posting != null && posting.type() == Mention.Type.COUNTRY && posting.iso3() != null) {
                            postings.add(posting.iso3());
                        }
                        break;
                    }
                }
            }
        }
        if (postings.size() != 1) {
            return;
        }
        String country = postings.iterator().next();
        Set<String> envoys = new java.util.HashSet<>();
        a.persons.stream().filter(c -> "DIPLOMAT".equals(c.rank) && !country.equals(c.country())).forEach(c -> envoys.add(c.id()));
        Set<String> ofThePosting = new java.util.HashSet<>();
        a.persons.stream().filter(c -> country.equals(c.country())).forEach(c -> ofThePosting.add(c.id()));
        Set<String> hosts = new java.util.HashSet<>();
        for (io.github.diplograph.model.EventFact e : events) {
            // One envoy and one official alone: "Rabuka met with Fiji's High Commissioner to New Zealand, X, and New
            // Zealand's Minister Y" has the envoy beside his own leader.
            if (e.type() == io.github.diplograph.model.EventType.MEETING && e.participants().size() == 2
                    && e.participants().stream().noneMatch(p -> ofThePosting.contains(p.entity().id()))
                    && e.participants().stream().anyMatch(p -> envoys.contains(p.entity().id()))) {
                e.participants().stream().filter(p -> !envoys.contains(p.entity().id())).forEach(p -> hosts.add(p.entity().id()));
            }
        }
        for (PersonCluster c : a.persons) {
            if (hosts.contains(c.id()) && c.country() == null && c.organization() == null && c.title() != null
                    && !"DIPLOMAT".equals(c.rank)) {
                c.addRole(new Role(c.title(), country, null).because("host-of-envoy", 0.7, c.mentions.get(0).sentence()), null);
            }
        }
    }

    /**
     * "was scheduled to hold talks with his host, Filipe Nyusi": the host of the article's visit is of the
     * country visited, when every visit the article reports goes to one country. After events: the
     * destination is what the visit's extraction found.
     */
    static void hostsOfTheVisit(Analysis a, List<io.github.diplograph.model.EventFact> events) {
        Set<String> destinations = new java.util.HashSet<>();
        events.stream().filter(e -> e.type() == io.github.diplograph.model.EventType.VISIT && e.place() != null)
                .forEach(e -> destinations.add(e.place().country()));
        if (destinations.size() != 1 || destinations.contains(null)) {
            return;
        }
        String country = destinations.iterator().next();
        // "An official discussion between the visiting Prime Minister X and President Y": a titled official
        // the visitor met there, whose country the text leaves open, is the visit's host.
        Set<String> visitors = new java.util.HashSet<>();
        events.stream().filter(e -> e.type() == io.github.diplograph.model.EventType.VISIT)
                .forEach(e -> e.participants().forEach(p -> visitors.add(p.entity().id())));
        Set<String> metByVisitor = new java.util.HashSet<>();
        for (io.github.diplograph.model.EventFact e : events) {
            boolean here = e.place() == null || country.equals(e.place().country());
            if (e.type() == io.github.diplograph.model.EventType.MEETING && here
                    && e.participants().stream().anyMatch(p -> visitors.contains(p.entity().id()))) {
                // ("The Presidential delegation includes A and B": those on the visitor's own side are no hosts.)
                Set<String> visitorSides = new java.util.HashSet<>();
                e.participants().stream().filter(p -> visitors.contains(p.entity().id()) && p.role() != null)
                        .forEach(p -> visitorSides.add(p.role()));
                if (e.participants().stream().allMatch(p -> visitorSides.contains(p.role()))) {
                    // ("a discussion between the visiting A and B": no sides told apart, B is met all the same.)
                    visitorSides.clear();
                }
                e.participants().stream().filter(p -> !visitors.contains(p.entity().id()) && !visitorSides.contains(p.role()))
                        .forEach(p -> metByVisitor.add(p.entity().id()));
            }
        }
        for (PersonCluster c : a.persons) {
            if (metByVisitor.contains(c.id()) && c.country() == null && c.organization() == null && c.title() != null) {
                c.addRole(new Role(c.title(), country, null).because("host-of-visit", 0.6, c.mentions.get(0).sentence()), null);
            }
        }
        for (List<Mention> ms : a.mentions) {
            for (Mention m : ms) {
                PersonCluster c = a.personOf.get(m);
                if (m.type() != Mention.Type.PERSON || c == null || c.country() != null || c.organization() != null) {
                    continue;
                }
                int s = m.sentence();
                int i = m.first() - 1;
                if (a.lower(s, i).equals(",")) {
                    i--;
                }
                // ("… called on PM Modi in Kathmandu": the one called on is the visitor himself, not a host.)
                if (visitors.contains(c.id())) {
                    continue;
                }
                if (a.lower(s, i).equals("host") && Set.of("his", "her", "their", "the").contains(a.lower(s, i - 1))
                        || callenOn(a, s, m)) {
                    c.addRole(new Role(c.title() != null ? c.title() : "Leader", country, null)
                            .because("host-of-visit", 0.6, s), null);
                }
            }
        }
    }

    /**
     * "During the visit, Akter is scheduled to call on President X and Vice President Y": those a visitor
     * calls on, titles and a list aside, receive the visit. Only a titled person (a leader named without a
     * country in a story about a trip abroad).
     */
    private static boolean callenOn(Analysis a, int s, Mention person) {
        int i = person.first() - 1;
        for (int steps = 0; steps < 12 && i > 0; steps++) {
            String w = a.lower(s, i);
            if (w.equals("on") && Set.of("call", "calls", "called", "calling").contains(a.lower(s, i - 1))) {
                return a.personOf.get(person).title() != null;
            }
            Mention m = a.titleEndingAt(s, i) != null ? a.titleEndingAt(s, i) : a.mentionAt(s, i);
            boolean listed = m != null && (m.type() == Mention.Type.TITLE || m.type() == Mention.Type.PERSON)
                    || Set.of("and", ",").contains(w) || HONORIFICS.contains(w);
            if (!listed) {
                return false;
            }
            i = m != null ? m.first() - 1 : i - 1;
        }
        return false;
    }

    /** The person mention follows "told"/"tells", titles and nationality aside: the one spoken to. */
    private static boolean spokenTo(Analysis a, int s, Mention person) {
        int i = person.first() - 1;
        while (i >= 0) {
            final int at = i;
            Mention m = a.mentionsIn(s).stream().filter(x -> x.last() == at && (x.type() == Mention.Type.TITLE
                    || x.isCountryLike())).findFirst().orElse(null);
            if (m != null) {
                i = m.first() - 1;
            } else if (HONORIFICS.contains(a.lower(s, i)) || a.lower(s, i).equals("'s")) {
                i--;
            } else {
                break;
            }
        }
        return Set.of("told", "tells", "telling").contains(a.lower(s, i));
    }

    /** "Erdogan's Turkey", "Orbán's Hungary": the person leads that country. */
    private static void readLeaderOf(Analysis a, Mention person) {
        int s = person.sentence();
        if (!a.lower(s, person.last() + 1).equals("'s")) {
            return;
        }
        Mention m = a.mentionAt(s, person.last() + 2);
        PersonCluster c = a.personOf.get(person);
        if (m != null && m.type() == Mention.Type.COUNTRY && c.country() == null) {
            c.addRole(new Role("Leader", m.iso3(), null).because("leader-of", 0.8, m.sentence()), "HEAD_OF_STATE");
        }
    }

    /**
     * "Peru's Ana Flores met her Bolivian counterpart …": a country's possessive right before a
     * name, with no title between, is the person's country (the title, if the article states one elsewhere,
     * stays; "Official" if it never does). Not "X's Turkey" (that is {@link #readLeaderOf}).
     */
    private static void readCountryPossessive(Analysis a, Mention person) {
        int s = person.sentence();
        if (!a.lower(s, person.first() - 1).equals("'s")) {
            return;
        }
        Mention m = a.mentionAt(s, person.first() - 2);
        PersonCluster c = a.personOf.get(person);
        if (m != null && m.type() == Mention.Type.COUNTRY && m.last() == person.first() - 2 && c.country() == null
                && c.organization() == null) {
            c.addRole(new Role(c.title() != null ? c.title() : "Official", m.iso3(), null)
                    .because("country-possessive", 0.7, s), null);
        }
    }

    /**
     * "a meeting Monday between Prime Minister Jane Doe and President of Sylvania John Roe" in an article about
     * Freedonia and Sylvania: a titled official whose country no rule found, met, called or visited by an
     * official of one of the article's two countries, is of the other one. Only where the article is about two
     * countries (the third most named, if any, named less than the second) and names them as a pair ("Freedonia
     * and Sylvania will …"). A last resort, low confidence.
     */
    static void otherSideOfTwoCountries(Analysis a, List<io.github.diplograph.model.EventFact> events) {
        List<String> top = mostNamedCountries(a);
        if (top.size() < 2 || top.size() == 3 && countryMentions(a, top.get(2)) == countryMentions(a, top.get(1))) {
            return;
        }
        java.util.Map<String, PersonCluster> byId = new java.util.HashMap<>();
        a.persons.forEach(c -> byId.put(c.id(), c));
        for (io.github.diplograph.model.EventFact e : events) {
            List<PersonCluster> sides = e.participants().stream().map(p -> byId.get(p.entity().id()))
                    .filter(java.util.Objects::nonNull).distinct().toList();
            if (sides.size() < 2) {
                continue;
            }
            java.util.Map<PersonCluster, String> partOf = new java.util.HashMap<>();
            e.participants().forEach(p -> {
                PersonCluster pc = byId.get(p.entity().id());
                if (pc != null && p.role() != null) {
                    partOf.put(pc, p.role());
                }
            });
            for (int k = 0; k < sides.size(); k++) {
                PersonCluster c = sides.get(k);
                // "Acting President X received President Y of Ghana; Y's delegation included Ghana's ministers A and
                // B": everyone on the other side is of one country.
                List<String> across = sides.stream().filter(o -> o != c
                        && !Participant.sameSide(partOf.get(c), partOf.get(o))).map(PersonCluster::country).distinct().toList();
                if (sides.size() > 2 && partOf.get(c) == null) {
                    continue;
                }
                String theirs = across.size() == 1 ? across.get(0) : null;
                // (An ambassador too: "Ambassador X paid a courtesy call on the Minister of Foreign Affairs of
                // Bangladesh" in an article about Nepal and Bangladesh is the other country's envoy.)
                if (c.country() != null || c.organization() != null || c.title() == null || c.rank == null
                        || c.rankIn(Set.of("ORG_OFFICIAL", "OTHER")) || c.title().startsWith("Former ")
                        || theirs == null || !top.subList(0, 2).contains(theirs)) {
                    continue;
                }
                String mine = top.get(0).equals(theirs) ? top.get(1) : top.get(0);
                if (heldThere(c.title(), mine) && pairedCountries(a, mine, theirs)) {
                    c.addRole(new Role(c.title(), mine, null).because("other-side", 0.4, null), null);
                }
            }
        }
    }

    /**
     * "Lebanese Prime Minister Najib Mikati … Prime Minister Bisher Khasawneh attended the meeting" in an article
     * about Jordan and Lebanon: a country has one prime minister at a time, so a second one, whose country no
     * rule found, is the other country's. Only where the article is about two countries, as above.
     */
    static void secondHolderOfTwoCountries(Analysis a) {
        List<String> top = mostNamedCountries(a);
        if (top.size() < 2 || top.size() == 3 && countryMentions(a, top.get(2)) == countryMentions(a, top.get(1))) {
            return;
        }
        for (PersonCluster c : a.persons) {
            if (c.country() != null || c.organization() != null || !oneAtATime(c) || c.title().startsWith("Former ")) {
                continue;
            }
            List<String> holders = a.persons.stream().filter(o -> o != c && o.country() != null
                    && c.title().equalsIgnoreCase(o.title()) && top.subList(0, 2).contains(o.country()))
                    .map(PersonCluster::country).distinct().toList();
            if (holders.size() == 1) {
                String mine = top.get(0).equals(holders.get(0)) ? top.get(1) : top.get(0);
                // Named once, a country is as likely only the venue ("… prior to the Forum in Alofi, Niue").
                if (heldThere(c.title(), mine) && namedAsCountry(a, mine) >= 2) {
                    c.addRole(new Role(c.title(), mine, null).because("other-side", 0.4, null), null);
                }
            }
        }
    }

    /** "the Chief of the Chancellery of [the] President": a capitalised noun and "of" before the title, or null. */
    private static Mention officeOf(Analysis a, int s, Mention title) {
        int k = title.first() - 1;
        if (a.lower(s, k).equals("the")) {
            k--;
        }
        if (!a.lower(s, k).equals("of") || a.titleEndingAt(s, k - 1) != null || k - 1 < 0) {
            return null;
        }
        Token head = a.sentences.get(s).tokens().get(k - 1);
        Mention named = a.mentionAt(s, k - 1);
        // ("Chancellery" may be a seat of power in the reference data: still an office.)
        boolean office = named == null || named.type() != Mention.Type.COUNTRY && named.type() != Mention.Type.DEMONYM
                && named.type() != Mention.Type.PERSON;
        return head.capitalized() && office ? title : null;
    }

    /** "Jamaica and the Dominican Republic will …": the article names the two countries as a pair. */
    private static boolean pairedCountries(Analysis a, String x, String y) {
        for (int s = 0; s < a.sentences.size(); s++) {
            List<Mention> ms = a.mentionsIn(s);
            for (int k = 0; k + 1 < ms.size(); k++) {
                Mention m = ms.get(k);
                Mention n = ms.get(k + 1);
                if (!m.isCountryLike() || !n.isCountryLike() || m.iso3() == null || n.iso3() == null
                        || m.iso3().equals(n.iso3()) || !Set.of(x, y).equals(Set.of(m.iso3(), n.iso3()))) {
                    continue;
                }
                // "Nepal-Bangladesh relations"
                if (a.lower(s, m.last() + 1).equals("-") && n.first() == m.last() + 2) {
                    return true;
                }
                if (!a.lower(s, m.last() + 1).equals("and")) {
                    continue;
                }
                int next = a.lower(s, m.last() + 2).equals("the") ? m.last() + 3 : m.last() + 2;
                if (n.first() == next) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The article's countries, most named first (at most three). */
    private static List<String> mostNamedCountries(Analysis a) {
        java.util.Map<String, Integer> named = new java.util.HashMap<>();
        a.mentions.forEach(ms -> ms.stream().filter(m -> m.isCountryLike() && m.iso3() != null)
                .forEach(m -> named.merge(m.iso3(), 1, Integer::sum)));
        return named.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(java.util.Map.Entry::getKey).limit(3).toList();
    }

    /** Mentions of the country, where "Alofi, Niue" (a place and its country) is one. */
    private static long namedAsCountry(Analysis a, String iso3) {
        return a.mentions.stream().flatMap(List::stream).filter(m -> m.isCountryLike() && iso3.equals(m.iso3())
                && !(a.lower(m.sentence(), m.first() - 1).equals(",") && a.mentionAt(m.sentence(), m.first() - 2) != null
                    && iso3.equals(a.mentionAt(m.sentence(), m.first() - 2).iso3()))).count();
    }

    private static int countryMentions(Analysis a, String iso3) {
        return (int) a.mentions.stream().flatMap(List::stream).filter(m -> m.isCountryLike() && iso3.equals(m.iso3())).count();
    }

    /**
     * "Finance Minister Nkosi and his counterpart Farai Chirwa will sign …" in a story about two countries:
     * a counterpart named without a nationality serves the article's other country — the one of its two
     * most-named countries that is not the country of the person before it in the sentence. Read last,
     * once that person's country is known.
     */
    static void counterpartsOfTheOtherCountry(Analysis a) {
        java.util.Map<String, Integer> named = new java.util.HashMap<>();
        a.mentions.forEach(ms -> ms.stream().filter(m -> m.isCountryLike() && m.iso3() != null)
                .forEach(m -> named.merge(m.iso3(), 1, Integer::sum)));
        List<String> top = named.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(java.util.Map.Entry::getKey).limit(3).toList();
        if (top.size() < 2 || top.size() == 3 && named.get(top.get(2)).equals(named.get(top.get(1)))) {
            return;
        }
        for (List<Mention> ms : a.mentions) {
            for (Mention m : ms) {
                PersonCluster c = a.personOf.get(m);
                int s = m.sentence();
                if (m.type() != Mention.Type.PERSON || c == null || c.country() != null || c.organization() != null) {
                    continue;
                }
                // "his counterpart Jane Doe", "his counterpart, President Jane Doe"
                int i = m.first() - 1;
                while (a.titleEndingAt(s, i) != null || HONORIFICS.contains(a.lower(s, i))) {
                    Mention t = a.titleEndingAt(s, i);
                    i = t != null ? t.first() - 1 : i - 1;
                }
                if (a.lower(s, i).equals(",")) {
                    i--;
                }
                if (!a.lower(s, i).equals("counterpart") || !Set.of("his", "her").contains(a.lower(s, i - 1))) {
                    continue;
                }
                PersonCluster before = null;
                for (Mention o : ms) {
                    if (o.type() == Mention.Type.PERSON && o.last() < m.first() && a.personOf.get(o) != c) {
                        before = a.personOf.get(o);
                    }
                }
                String theirs = before == null ? null : before.country();
                if (theirs != null && top.subList(0, 2).contains(theirs)) {
                    String other = top.get(0).equals(theirs) ? top.get(1) : top.get(0);
                    c.addRole(new Role(before.title() != null ? before.title() : "Official", other, null)
                            .because("counterpart", 0.6, s), null);
                }
            }
        }
    }

    /** "his Kenyan counterpart Jane Doe": same title as the other official of the sentence. */
    private void readCounterpart(Analysis a, Mention person) {
        int s = person.sentence();
        int i = person.first() - 1;
        while (a.titleEndingAt(s, i) != null || HONORIFICS.contains(a.lower(s, i))) {
            Mention t = a.titleEndingAt(s, i);
            i = t != null ? t.first() - 1 : i - 1;
        }
        if (a.lower(s, i).equals(",")) {
            i--;
        }
        if (!a.lower(s, i).equals("counterpart")) {
            return;
        }
        Mention owner = a.mentionAt(s, i - 1);
        PersonCluster me = a.personOf.get(person);
        String title = null;
        for (int k = s; k >= Math.max(0, s - 2) && title == null; k--) {
            for (Mention m : a.mentionsIn(k)) {
                PersonCluster other = a.personOf.get(m);
                if (other != null && other != me && other.title() != null && (k < s || m.first() < person.first())) {
                    title = other.title();
                }
            }
        }
        if (title == null) {
            // "Nepal's new Prime Minister spoke to his Bhutanese counterpart Premier Dorji Wangmo": the other
            // side is unnamed; the counterpart's own title says what they are.
            title = me.title();
        }
        if (title == null) {
            // "Mr. X and his Japanese counterpart Y": a counterpart is an official, whatever the office.
            title = "Official";
        }
        if (owner != null && owner.iso3() != null) {
            // "then-Foreign Minister Çavuşoğlu … his Egyptian counterpart": the counterpart held the office then.
            me.addRole(new Role(title.replaceFirst("^Former ", ""), owner.iso3(), null).because("counterpart", 0.8, s), null);
        }
    }

    /**
     * "John Doe / Secretary of State" in the header of a transcript or a statement: a line that is only a
     * name, followed by a line that is only a title, gives that person the title (its owner, if the line
     * says none, comes from the later rules, like any title without one).
     */
    private void titleOnTheNextLine(Analysis a, Mention person) {
        int s = person.sentence();
        PersonCluster cluster = a.personOf.get(person);
        // ("His Excellency Andrej Rode" / "Ambassador of the Republic of Slovenia": words of address may open the line.)
        int open = 0;
        while (open < person.first() && (HONORIFICS.contains(a.lower(s, open)) || a.lower(s, open).equals("the"))) {
            open++;
        }
        if (cluster.country() != null || cluster.organization() != null || s + 1 >= a.sentences.size() || person.first() != open
                || person.last() != a.sentences.get(s).tokens().size() - 1) {
            return;
        }
        int size = a.sentences.get(s + 1).tokens().size();
        // A signature: "Jane Doe" / "President of the Republic of Freedonia".
        Mention lead = a.titleStartingAt(s + 1, 0);
        if (lead != null && a.lower(s + 1, lead.last() + 1).equals("of")) {
            int k = lead.last() + 2 + (a.lower(s + 1, lead.last() + 2).equals("the") ? 1 : 0);
            Mention country = a.mentionAt(s + 1, k);
            if (country != null && country.isCountryLike() && country.iso3() != null && country.first() == k
                    && country.last() >= size - 2) {
                addRole(a, cluster, lead, country, null);
                return;
            }
        }
        if (cluster.title() != null) {
            return;
        }
        Mention title = a.titleEndingAt(s + 1, size - 1);
        Mention owner = title == null || title.first() == 0 ? null : a.mentionAt(s + 1, 0);
        boolean wholeLine = title != null && (title.first() == 0
                || owner != null && owner.isCountryLike() && owner.last() == title.first() - 1);
        if (wholeLine) {
            addRole(a, cluster, title, owner, null);
        }
    }

    /**
     * "British Ambassador to Japan Robert Hale", "the U.S. ambassador to China, Tom Burns": an envoy serves
     * the country named before the title; the one after "to" is where they serve, never theirs. True when
     * the tokens ending at {@code end} are such an envoy's title (the role is then added, with the sending
     * country if one is named).
     */
    private boolean envoyTo(Analysis a, PersonCluster cluster, int s, int end) {
        Mention posting = a.mentionAt(s, end);
        if (posting == null || !(posting.isCountryLike() || posting.type() == Mention.Type.ORGANIZATION)) {
            return false;
        }
        int to = posting.first() - 1;
        if (a.lower(s, to).equals("the")) {
            to--;
        }
        // "the US Ambassador in the Czech Republic, X": "in" names the posting as "to" does.
        if (!a.lower(s, to).equals("to") && !a.lower(s, to).equals("in")) {
            return false;
        }
        // "Ambassador of Colombia to Mongolia X", "High Commissioner of Jamaica to Barbados, X": the envoy serves
        // the country after "of".
        // ("the Ambassador of the Republic of Turkey to Romania, X": the state's long form after "of the".)
        Mention sender = a.mentionAt(s, to - 1);
        int of = sender == null ? -1 : a.lower(s, sender.first() - 1).equals("the") ? sender.first() - 2 : sender.first() - 1;
        if (sender != null && sender.isCountryLike() && a.lower(s, of).equals("of")) {
            Mention envoy = a.titleEndingAt(s, of - 1);
            if (envoy != null && "DIPLOMAT".equals(envoy.title().rank())) {
                addRole(a, cluster, envoy, sender, null);
                return true;
            }
        }
        Mention title = a.titleEndingAt(s, to - 1);
        if (title == null || !"DIPLOMAT".equals(title.title().rank())) {
            return false;
        }
        Mention owner = ownerBefore(a, s, title.first() - 1);
        // "Serbian Ambassador to Portugal A, Ambassador to Austria B and Ambassador to Albania C": the list's owner.
        addRole(a, cluster, title, owner != null ? owner : ownerOfTheList(a, s, title.first() - 1, 0), null);
        return true;
    }

    private void addRole(Analysis a, PersonCluster cluster, Mention title, Mention ownerBefore, Mention ownerAfter) {
        Mention owner = ownerBefore != null ? ownerBefore : ownerAfter;
        String country = null;
        String organization = null;
        if (owner != null && owner.type() == Mention.Type.ORGANIZATION && owner.entry().organization() != null) {
            ReferenceData.Organization org = owner.entry().organization();
            organization = org.id();
            // A national party or ministry serves its country: "general secretary of the CPC" is a Chinese official.
            if (org.country() != null && !"INTERNATIONAL".equals(org.kind()) && !"MEDIA".equals(org.kind())
                    && !"COMPANY".equals(org.kind())) {
                country = org.country();
                organization = null;
            }
        } else if (owner != null) {
            country = owner.iso3();
        } else if ("ORG_OFFICIAL".equals(title.title().rank())) {
            // "the European Commission President, Jane Doe": the organization is inside the title's own words.
            organization = organizationNamedIn(title.text());
        }
        String canonical = title.title().canonical();
        if (canonical.equalsIgnoreCase("Chancellor") && country != null && CANCILLER_COUNTRIES.contains(country)) {
            canonical = "Foreign Minister";
        }
        String written = title.text().toLowerCase();
        // "former Ethiopian Prime Minister X": the word before the title's country says it too.
        if (ownerBefore != null && ownerBefore.last() < title.first()
                && Set.of("former", "ex", "ex-", "then").contains(a.lower(ownerBefore.sentence(), ownerBefore.first() - 1))) {
            written = "former " + written;
        }
        if (written.startsWith("former") || written.startsWith("ex-") || written.startsWith("then-")) {
            canonical = "Former " + canonical;
        } else if (written.startsWith("interim ") || written.startsWith("acting ")) {
            canonical = Character.toUpperCase(written.charAt(0)) + written.substring(1, written.indexOf(' ') + 1) + canonical;
        }
        if (country == null && organization == null && title.title().country() != null) {
            // "Secretary of State John Kerry" in a Kremlin release: a title only one country gives is that
            // country's, ahead of where the article comes from (the text stated the title, not the owner).
            cluster.addRole(new Role(canonical, title.title().country(), null).because("title-of-one-country", 0.7,
                    title.sentence()), title.title().rank());
            return;
        }
        cluster.addRole(new Role(canonical, country, organization).because(Role.STATED, country == null && organization == null ? 0.5 : 0.9,
                title.sentence()), title.title().rank());
    }

    /** The international organization a title's words name ("European Commission President"), or null. */
    private String organizationNamedIn(String titleText) {
        String[] w = titleText.split("\\s+");
        for (int n = w.length - 1; n >= 1; n--) {
            for (int i = 0; i + n <= w.length; i++) {
                ReferenceData.Entry e = ref.lookup(String.join(" ", java.util.Arrays.asList(w).subList(i, i + n)));
                if (e != null && e.kind() == ReferenceData.Kind.ORGANIZATION && e.organization() != null
                        && "INTERNATIONAL".equals(e.organization().kind())) {
                    return e.organization().id();
                }
            }
        }
        return null;
    }

    /** Demonym, country (possibly "Russia's"), organization or seat right before a title. */
    /**
     * "accompanied by Brazilian Defense Minister A, Mines and Energy Minister B, and Development Minister C":
     * in a list of titled names, one whose title has no owner belongs to the owner of the item before it
     * (and so on back to the list's first). Only after a comma: "French President X and Chancellor Y" may
     * name two countries' leaders. {@code i} is the token before the title.
     */
    private static Mention ownerOfTheList(Analysis a, int s, int i, int depth) {
        // ", and Development Minister", ", Mines and Energy Minister": "and" and a portfolio's words first.
        for (int steps = 0; steps < 4 && i > 0 && !a.lower(s, i).equals(","); steps++) {
            String w = a.sentences.get(s).tokens().get(i).text();
            boolean portfolioWord = Character.isUpperCase(w.charAt(0)) && a.mentionAt(s, i) == null;
            if (!(w.equals("and") || w.equals("&") || portfolioWord)) {
                break;
            }
            i--;
        }
        // "…, Ambassador to Albania C and Ambassador to Nigeria D": the last item after a bare "and", in a list whose
        // items before it are separated by commas (checked below: the item before must follow a comma itself).
        boolean bareAnd = !a.lower(s, i).equals(",") && a.lower(s, i + 1).equals("and") && a.mentionAt(s, i) != null
                && a.mentionAt(s, i).type() == Mention.Type.PERSON && a.mentionAt(s, i).last() == i;
        if (!a.lower(s, i).equals(",") && !bareAnd || depth > 8) {
            return null;
        }
        Mention previous = bareAnd ? a.mentionAt(s, i) : a.mentionAt(s, i - 1);
        if (previous == null || previous.type() != Mention.Type.PERSON || previous.last() != (bareAnd ? i : i - 1)) {
            return null;
        }
        int before = previous.first() - 1;
        while (HONORIFICS.contains(a.lower(s, before)) && a.titleEndingAt(s, before) == null) {
            before--;
        }
        // "Ambassador to Austria B": an envoy's posting between the title and the name.
        Mention posting = a.mentionAt(s, before);
        if (posting != null && posting.type() == Mention.Type.COUNTRY && posting.last() == before) {
            int to = a.lower(s, posting.first() - 1).equals("the") ? posting.first() - 2 : posting.first() - 1;
            Mention envoy = a.lower(s, to).equals("to") ? a.titleEndingAt(s, to - 1) : null;
            if (envoy != null && "DIPLOMAT".equals(envoy.title().rank())) {
                before = to - 1;
            }
        }
        Mention title = a.titleEndingAt(s, before);
        if (title == null || bareAnd && !a.lower(s, title.first() - 1).equals(",")) {
            return null;
        }
        Mention owner = ownerBefore(a, s, title.first() - 1);
        return owner != null ? owner : ownerOfTheList(a, s, title.first() - 1, depth + 1);
    }

    private static Mention ownerBefore(Analysis a, int s, int i) {
        // "Finland's new president", "Ghana's newly elected president": adjectives between owner and title.
        // "the Saudi Deputy Defense Minister": a rank before a title the reference data knows only without it.
        while (TIME_ADJECTIVES.contains(a.lower(s, i)) || RANK_WORDS.contains(a.lower(s, i))) {
            i--;
        }
        // "the United States' Secretary of Commerce", "the Philippines' Foreign Secretary": an apostrophe alone
        // after a name ending in s.
        if (a.lower(s, i).equals("'s") || a.lower(s, i).equals("'") && a.lower(s, i - 1).endsWith("s")) {
            i--;
        }
        // "African Union Commission Chairperson", "ECOWAS Council President", "Egyptian presidency spokesman"
        while (OWNER_INSTITUTIONS.contains(a.lower(s, i))) {
            i--;
        }
        // "the Ethiopian Prime Minister's Special Envoy X": the envoy serves the country of the title that owns him.
        if (a.lower(s, i + 1).equals("'s") || a.lower(s, i + 1).equals("\u2019s")) {
            Mention owningTitle = a.titleEndingAt(s, i);
            if (owningTitle != null && owningTitle.first() < i + 1) {
                Mention owner = ownerBefore(a, s, owningTitle.first() - 1);
                if (owner != null && owner.isCountryLike()) {
                    return owner;
                }
            }
        }
        // "United Nations (UN) Secretary General X": the owner's acronym in parentheses after its name.
        // "Commander-in-Chief of the Royal Thai Army (RTA) General X": an institution's acronym, then its owner.
        if (Set.of(")", "-rrb-").contains(a.lower(s, i)) && Set.of("(", "-lrb-").contains(a.lower(s, i - 2))
                && (a.mentionAt(s, i - 3) != null || OWNER_INSTITUTIONS.contains(a.lower(s, i - 3)))) {
            i -= 3;
            while (OWNER_INSTITUTIONS.contains(a.lower(s, i))) {
                i--;
            }
        }
        Mention m = a.mentionAt(s, i);
        // "Pakistan's head of mission in Afghanistan Ambassador X": a country after "in" is a posting, no owner.
        if (m != null && m.isCountryLike() && m.last() == i && a.lower(s, m.first() - 1).equals("in")) {
            return null;
        }
        if (m != null && (m.isCountryLike() || m.type() == Mention.Type.ORGANIZATION)) {
            return m;
        }
        // "… elections in Cyprus, the country's outgoing President, X": the country named last before it.
        if (a.lower(s, i).equals("country") && a.lower(s, i - 1).equals("the") && a.lower(s, i + 1).equals("'s")) {
            return lastCountryBefore(a, s, i - 1);
        }
        return null;
    }

    /** The country named last before token {@code i} of sentence {@code s}, else last in the sentence before. */
    private static Mention lastCountryBefore(Analysis a, int s, int i) {
        for (int k = s; k >= Math.max(0, s - 1); k--) {
            Mention last = null;
            for (Mention m : a.mentionsIn(k)) {
                if (m.type() == Mention.Type.COUNTRY && m.iso3() != null && (k < s || m.last() < i)) {
                    last = m;
                }
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    private static final Set<String> RANK_WORDS = Set.of("deputy", "vice", "acting", "assistant");

    private static final Set<String> TIME_ADJECTIVES = Set.of("new", "newly", "elected", "incoming", "current",
            "recently", "re-elected", "reelected", "sitting", "longtime", "long-time", "veteran", "outgoing");

    /** Words between "of" and a country's name: "President of the Republic of Chile". */
    private static final Set<String> STATE_WORDS = Set.of("state", "republic", "kingdom", "sultanate", "emirate",
            "federation", "commonwealth", "principality", "of", "the", "islamic", "democratic", "people", "'s", "united");

    /**
     * Is the phrase ending at {@code end} ("the President of Kenya") the object of a preposition
     * ("with the President of Kenya", "to the Kenyan minister")? Looks back to the phrase's start.
     */
    private static boolean introducedByPreposition(Analysis a, int s, int end) {
        for (int k = end; k >= Math.max(0, end - 12); k--) {
            String w = a.lower(s, k);
            if (w.equals(",") || w.equals(".") || w.equals(";")) {
                return false;
            }
            // "the Russian Foreign Minister" too: a demonym or country before the title.
            Mention owner = a.mentionAt(s, k + 1);
            int titleAt = owner != null && owner.isCountryLike() && owner.first() == k + 1 ? owner.last() + 1 : k + 1;
            if (w.equals("the") && a.titleStartingAt(s, titleAt) != null) {
                return Set.of("with", "to", "from", "by", "for", "on").contains(a.lower(s, k - 1))
                        // "Greeting the Russian Foreign Minister, Tokayev highlighted …": the object of a fronted
                        // participle; the name after the comma is the sentence's subject.
                        || k == 1 && a.lower(s, 0).endsWith("ing") && a.lower(s, 0).length() > 5;
            }
        }
        return false;
    }

    /** "Minister of Foreign Affairs of Cuba": the country or organization after "of". */
    /**
     * "the Minister of Foreign Affairs and European Integration of the Republic of Moldova, X": a portfolio read
     * as one title up to the comma holds its country after an "of".
     */
    private static Mention countryInside(Analysis a, int s, Mention title) {
        for (Mention m : a.mentionsIn(s)) {
            if (m.type() == Mention.Type.COUNTRY && m.iso3() != null && m.first() > title.first() && m.last() <= title.last()
                    && (a.lower(s, m.first() - 1).equals("of")
                        || a.lower(s, m.first() - 1).equals("the") && a.lower(s, m.first() - 2).equals("of"))) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Minister of Foreign Affairs and Foreign Trade of Jamaica": the country after the rest of a portfolio the
     * title mention did not take.
     */
    private static Mention ownerAfterPortfolio(Analysis a, int s, int i) {
        Mention owner = ownerAfterOf(a, s, i);
        if (owner != null || !a.lower(s, i).equals("and")) {
            return owner;
        }
        int j = i + 1;
        List<Token> t = a.sentences.get(s).tokens();
        while (j < t.size() && j < i + 5 && t.get(j).capitalized() && a.mentionAt(s, j) == null) {
            j++;
        }
        return j > i + 1 ? ownerAfterOf(a, s, j) : null;
    }

    private static Mention ownerAfterOf(Analysis a, int s, int i) {
        if (!a.lower(s, i).equals("of")) {
            return null;
        }
        int j = a.lower(s, i + 1).equals("the") ? i + 2 : i + 1;
        // "Crown Prince of the State of Kuwait", "President of the Republic of Chile"
        while (Set.of("state", "republic", "kingdom", "sultanate", "emirate", "federation", "commonwealth",
                "principality", "of", "the").contains(a.lower(s, j)) && a.mentionAt(s, j) == null && j < i + 6) {
            j++;
        }
        Mention m = a.mentionAt(s, j);
        if (m == null && a.lower(s, i + 1).equals("the")) {
            // "Vice Chairman of the State Great Hural of Mongolia": a national body's own name (capitalised words the
            // reference data does not know), then "of" and its country.
            int k = i + 2;
            while (k < i + 6 && a.token(s, k) != null && a.token(s, k).capitalized() && a.mentionAt(s, k) == null) {
                k++;
            }
            int c = a.lower(s, k + 1).equals("the") ? k + 2 : k + 1;
            Mention country = k > i + 2 && a.lower(s, k).equals("of") ? a.mentionAt(s, c) : null;
            if (country != null && country.type() == Mention.Type.COUNTRY && country.first() == c) {
                return country;
            }
        }
        if (m != null && m.type() == Mention.Type.DEMONYM && m.first() == j) {
            // "Minister Jane Doe of the Indonesian Ministry of Law": a demonym naming an institution.
            String next = a.lower(s, m.last() + 1);
            boolean institution = Lexicon.GOVERNMENT.contains(next) || Set.of("ministry", "embassy", "senate",
                    "parliament", "presidency", "army", "navy", "delegation", "foreign").contains(next);
            return institution ? m : null;
        }
        // "reassured President Herzog of the US's willingness": a possessive owns what follows, not the person; but
        // "CEO of Samoa's Ministry of Foreign Affairs" serves that country's institution.
        if (m != null && Set.of("'s", "\u2019s", "'").contains(a.lower(s, m.last() + 1))) {
            String owned = a.lower(s, m.last() + 2);
            if (!Lexicon.GOVERNMENT.contains(owned) && !Set.of("ministry", "embassy", "mission", "parliament", "senate",
                    "presidency", "army", "navy", "foreign", "national").contains(owned)) {
                return null;
            }
        }
        return m != null && (m.type() == Mention.Type.COUNTRY || m.type() == Mention.Type.ORGANIZATION) ? m : null;
    }
}
