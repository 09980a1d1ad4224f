package io.github.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the mentions of one sentence: persons from CoreNLP's NER (plus "Title Name" sequences it
 * missed), and countries, cities, organizations and titles from the reference data.
 */
final class MentionFinder {

    /** Compiled once: every mention's words are split. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** Particles inside names ("bin", "Al", "de"): never a name on their own. */
    static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "abd", "de", "da", "del",
            "della", "di", "du", "dos", "das", "van", "von", "der", "den", "la", "le", "los", "las", "mac", "mc", "st");

    /**
     * A ministry's portfolio, which NER takes into the name after it ("Special Assistant on Foreign Affairs
     * Omar Farooqi", "Minister for Planning and Development Saad Rafiq"): never a name's first word.
     */
    private static final Set<String> PORTFOLIO_WORDS = Set.of("affairs", "development", "planning", "finance",
            "defence", "defense", "trade", "commerce", "industry", "industries", "health", "education", "interior",
            "energy", "agriculture", "tourism", "transport", "labour", "labor", "environment", "information",
            "cooperation", "relations", "investment", "economy", "mines", "petroleum", "works", "communications");

    /**
     * Cambodian styles NER takes into the name ("Samdech Sok Chea", "Samdech Moha Borvor Thipadei Sok Chea",
     * "Samdech Techo Sok Chea") and Indian ones ("Shri Ravi Kumar", "Smt"): never a name's first word.
     * ("Sheikh" stays: it begins many names.)
     */
    private static final Set<String> STYLES_BEFORE_NAMES = Set.of("samdech", "samdach", "techo", "moha", "borvor", "thipadei",
            "shri", "smt", "shrimati", "rt", "rt.", "hon", "hon.", "honourable", "honorable",
            // Malaysian styles: "Datuk Seri Anwar Ibrahim", "Tun Dr Mahathir" (not "Tan", also a surname).
            "datuk", "dato", "dato'", "datin", "seri", "tun");

    /** A patronymic initial glued to the name ("B.Tsogt", "Ts.Bold", "L.Oyun-Dari"). */
    private static final java.util.regex.Pattern GLUED_INITIAL = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}{0,2}\\.\\p{Lu}\\p{Ll}[\\p{L}\\-]+");

    /** Forms of address that start the name they stand in ("Sindh Dr Bilal Memon"). */
    private static final Set<String> ADDRESS_IN_NAME = Set.of("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "prof", "prof.", "engr", "engr.", "h.e", "h.e.");

    /** Words that can never be (part of) a person's name even when NER says so. */
    /** Nouns after a name that make it a place's name: "Azadi Square", "Kalibata Heroes Cemetery". */
    private static final Set<String> PLACE_NOUNS = Set.of("square", "street", "avenue", "boulevard", "road", "park",
            "bridge", "stadium", "airport", "cemetery", "mausoleum", "monument", "memorial", "mosque", "cathedral",
            "temple", "hotel", "hall", "tower", "gate", "museum", "university", "centre", "center", "hospital", "college",
            "library", "institute");

    /** A seat of power's building, named after a comma: "the President's Office, Shital Niwas". */
    private static final Set<String> BUILDINGS = Set.of("office", "palace", "residence", "house", "secretariat",
            "lodge", "mansion", "building", "headquarters");

    /** Small words a title-case headline capitalises; never the last word of a name. */
    private static final Set<String> TITLE_CASE_SMALL_WORDS = Set.of("In", "On", "At", "To", "Of", "For", "With", "And",
            "The", "As", "After", "Before", "Over", "Amid", "During", "From", "By", "Ahead");

    private static final Set<String> NOT_NAMES = Set.of("president", "minister", "foreign", "prime", "vice",
            "the", "mr", "mrs", "ms", "dr", "his", "her", "said", "says", "twitter", "x", "telegram", "according", "honorable",
            "honourable", "hon", "h.e", "h.e.", "madam", "madame", "gen", "lt", "col", "maj", "brig", "capt", "cdr", "adm");

    /**
     * Words of title-cased headlines and release headers that NER takes for names: "Secretary Blinken's
     * Call With Foreign Minister Chung", "Readout Office", "… Hosts Talks …". A name never holds them.
     */
    private static final Set<String> HEADLINE_WORDS = Set.of("readout", "office", "call", "calls", "trip", "talks",
            "meeting", "meetings", "meets", "met", "hosts", "host", "seeks", "visit", "visits", "statement", "press",
            "release", "conversation", "telephone", "remarks", "with", "spokesperson", "spokesman", "department",
            "ministry", "embassy", "summit", "phone", "briefing", "update", "news", "agreement", "deal", "welcomes",
            "holds", "urges", "says", "signs", "attends", "palace", "residence", "house", "diwan", "mansion",
            "kremlin", "chancellery", "residency",
            // residences and halls in South Asian names: "Sheetal Niwas", "Rashtrapati Bhavan", "Bangabhaban"
            "niwas", "nivas", "bhavan", "bhawan", "bhaban", "mahal", "sadan",
            // occasions NER takes for names: "the Golden Jubilee of the country's independence"
            "jubilee", "anniversary", "centenary", "centennial", "independence", "festival", "celebration",
            "celebrations", "forum", "conference", "expo",
            // a headline's topic run on into its name: "… receives President Macron Discussion of European policy"
            "discussion", "discussions", "cooperation", "relations", "ties",
            // a title-cased headline's verbs: "… King Abdullah II Praise Historical Mutual Ties"
            "praise", "praises", "discuss", "discusses", "hail", "hails", "vow", "vows", "pledge", "pledges", "mull",
            "mulls", "review", "reviews", "reaffirm", "reaffirms", "historical", "historic", "mutual", "bilateral",
            "engage", "engages", "convene", "convenes", "returns", "honors", "honours", "lauds", "plant", "plants",
            // a body's or a force's name: "Communist Party", "Central Command"
            "party", "command", "committee", "council", "agency", "university", "forces", "corporation", "bureau",
            "directorate", "commission", "secretariat", "authority");

    private final ReferenceData ref;

    /** Names the NER may miss but a list of leaders knows; empty when the list is off. */
    private final ActorList leaders;
    private final int longestLeader;

    MentionFinder(ReferenceData ref) {
        this(ref, ActorList.EMPTY);
    }

    MentionFinder(ReferenceData ref, ActorList leaders) {
        this.ref = ref;
        this.leaders = leaders;
        this.longestLeader = leaders.longestName();
    }

    List<Mention> find(Sentence s) {
        List<Token> t = s.tokens();
        boolean[] taken = new boolean[t.size()];
        List<Mention> mentions = new ArrayList<>();
        findListedLeaders(s, taken, mentions);
        findNames(s, taken, mentions);
        findPersons(s, taken, mentions);
        findTitles(s, mentions);
        findTitledNamesNerMissed(s, taken, mentions);
        findAddressedNamesNerMissed(s, taken, mentions);
        findListedNamesNerMissed(s, taken, mentions);
        joinAcrossApostrophe(s, mentions);
        mentions.sort(Comparator.comparingInt(Mention::first).thenComparingInt(m -> m.type().ordinal()));
        return mentions;
    }

    /**
     * "Prime Minister Mohammed Shia' Al Sudani": an apostrophe glued to a name's word (a transliterated ʿayn)
     * splits NER's name in two; two person names with only that apostrophe between are one. Not after an "s"
     * ("the Maldives' President"), where it is a possessive.
     */
    private static void joinAcrossApostrophe(Sentence s, List<Mention> mentions) {
        List<Token> t = s.tokens();
        for (Mention left : List.copyOf(mentions)) {
            if (left.type() != Mention.Type.PERSON || left.last() + 2 >= t.size()) {
                continue;
            }
            Token mark = t.get(left.last() + 1);
            Token word = t.get(left.last());
            if (!Set.of("'", "\u2019").contains(mark.text()) || word.end() != mark.begin() || word.lower().endsWith("s")) {
                continue;
            }
            for (Mention right : List.copyOf(mentions)) {
                if (right.type() == Mention.Type.PERSON && right.first() == left.last() + 2 && mark.end() < t.get(right.first()).begin()) {
                    mentions.remove(left);
                    mentions.remove(right);
                    mentions.add(new Mention(Mention.Type.PERSON, s.index(), left.first(), right.last(), left.begin(), right.end(),
                            s.text().substring(left.begin() - s.begin(), right.end() - s.begin()), null, null));
                    break;
                }
            }
        }
    }

    /**
     * NER often misses part of a name it tagged in full elsewhere ("Xi", "Modi", "Amir-Abdollahian" at the
     * start of a sentence): any trailing run of words of a multi-word person name of the document, or any
     * single capitalised word of it, is a person mention where nothing else was found.
     */
    void addKnownNameTokens(Analysis a) {
        java.util.Set<String> known = new java.util.HashSet<>();
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (List<Mention> ms : a.mentions) {
            for (Mention m : ms) {
                String[] words = WHITESPACE.split(m.text());
                if (m.type() != Mention.Type.PERSON || words.length < 2) {
                    continue;
                }
                surnames.add(words[words.length - 1]);
                for (int k = 0; k < words.length; k++) {
                    String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                    if (k > 0 || words.length > 1) {
                        known.add(suffix);
                    }
                    String w = words[k];
                    if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && ref.lookup(w) == null && ref.title(w) == null
                            && !NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                        known.add(w);
                    }
                }
            }
        }
        for (Sentence s : a.sentences) {
            List<Mention> ms = a.mentions.get(s.index());
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                for (int j = Math.min(t.size() - 1, i + 6); j >= i; j--) {
                    String surface = s.text().substring(t.get(i).begin() - s.begin(), t.get(j).end() - s.begin());
                    // A lone word NER took for a body or a place is a name only as a known surname doing something:
                    // "Fico said this after meeting …" (NER: ORGANIZATION) after "Prime Minister Robert Fico".
                    boolean actingSurname = i == j && "ORGANIZATION".equals(t.get(i).ner()) && surnames.contains(surface)
                            && j + 1 < t.size() && t.get(j + 1).isVerb();
                    if (!known.contains(surface) || coveredByName(ms, i, j)
                            || i == j && !actingSurname && ("ORGANIZATION".equals(t.get(i).ner()) || "LOCATION".equals(t.get(i).ner()))) {
                        continue;
                    }
                    final int from = i;
                    final int to = j;
                    // The known full name replaces titles and the pieces NER split it into ("Mohammed" + "Salman").
                    ms.removeIf(m -> (m.type() == Mention.Type.TITLE || m.type() == Mention.Type.PERSON)
                            && m.first() <= to && m.last() >= from);
                    ms.add(new Mention(Mention.Type.PERSON, s.index(), i, j, t.get(i).begin(), t.get(j).end(), surface, null, null));
                    i = j;
                    break;
                }
            }
            ms.sort(Comparator.comparingInt(Mention::first).thenComparingInt(m -> m.type().ordinal()));
        }
    }

    /** Another name overlaps [i, j], other than person pieces lying wholly inside it. */
    private static boolean coveredByName(List<Mention> ms, int i, int j) {
        return ms.stream().anyMatch(m -> m.type() != Mention.Type.TITLE && m.first() <= j && m.last() >= i
                && !(m.type() == Mention.Type.PERSON && m.first() >= i && m.last() <= j && (m.first() > i || m.last() < j)));
    }

    /**
     * A leader's full name as the leaders list spells it ("Patricia Scotland", "Penny Wong"), two words or more,
     * standing alone (no capitalised name word right before or after it): a person, whatever the NER made of it —
     * before the gazetteer can take "Scotland" for the country.
     */
    private void findListedLeaders(Sentence s, boolean[] taken, List<Mention> out) {
        if (longestLeader < 2) {
            return;
        }
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            // Where the NER's person runs on before the name ("Pak FM Bilawal Bhutto", "Dame Sandra Mason"), its own
            // reading trims it better.
            if (!t.get(i).capitalized() || !leaders.beginsAName(t.get(i).text()) || i > 0 && "PERSON".equals(t.get(i - 1).ner())
                    || i > 1 && NAME_PARTICLES.contains(t.get(i - 1).lower()) && t.get(i - 2).capitalized()
                    || i > 0 && t.get(i - 1).capitalized() && isNameToken(t.get(i - 1))
                    && ref.lookup(t.get(i - 1).text()) == null && !PersonResolver.HONORIFICS.contains(t.get(i - 1).lower())
                    && !STYLES_BEFORE_NAMES.contains(t.get(i - 1).lower())) {
                continue;
            }
            for (int j = Math.min(t.size() - 1, i + longestLeader + 2); j > i; j--) {
                if (!t.get(j).capitalized() || j + 1 < t.size() && t.get(j + 1).capitalized() && isNameToken(t.get(j + 1))
                        // "Tamim bin Hamad bin Khalifa": a particle carries the name on.
                        || j + 1 < t.size() && "PERSON".equals(t.get(j + 1).ner())
                        || j + 2 < t.size() && NAME_PARTICLES.contains(t.get(j + 1).lower())
                            && t.get(j + 2).text().chars().allMatch(Character::isLetter)) {
                    continue;
                }
                String surface = s.text().substring(t.get(i).begin() - s.begin(), t.get(j).end() - s.begin());
                if (leaders.lists(surface)) {
                    int before = out.size();
                    addPerson(s, i, j, taken, out);
                    if (out.size() > before) {
                        i = j;
                    }
                    break;
                }
            }
        }
    }

    /** Gazetteer names (countries, demonyms, capitals, seats, cities, organizations), longest match first. */
    private void findNames(Sentence s, boolean[] taken, List<Mention> out) {
        List<Token> t = s.tokens();
        int max = ref.longestNameTokens();
        for (int i = 0; i < t.size(); i++) {
            Token first = t.get(i);
            if (!startsName(first) || !ref.mayStartName(first.text())) {
                continue;
            }
            for (int j = Math.min(t.size() - 1, i + max); j >= i; j--) {
                String surface = s.text().substring(first.begin() - s.begin(), t.get(j).end() - s.begin());
                ReferenceData.Entry e = ref.lookup(surface);
                if (e == null) {
                    continue;
                }
                // A single word inside a longer NER person span is part of a name ("Jordan Peterson"),
                // except demonyms, which NER sometimes glues to the name ("Kenyan William Ruto").
                // So is the country of a title NER glued to the name that follows ("President of Ghana Nana
                // Akufo-Addo").
                // And a country NER glued before a title and name ("Jordan King Abdullah met …").
                if (insideLongerPerson(t, i, j) && e.kind() != ReferenceData.Kind.DEMONYM
                        && !(e.kind() == ReferenceData.Kind.COUNTRY && (ofATitle(t, i)
                            || j + 2 < t.size() && ref.title(t.get(j + 1).text()) != null && t.get(j + 2).capitalized()
                            // "Ambassador to Guyana Maria Diaz", "of the Philippines Teodoro Locsin": a posting's or a
                            // title's country NER ran into the name after it.
                            || i > 0 && Set.of("to", "of", "the").contains(t.get(i - 1).lower()) && j + 2 < t.size()
                                && "PERSON".equals(t.get(j + 1).ner()) && "PERSON".equals(t.get(j + 2).ner())))) {
                    break;
                }
                // "the Forum for India-Pacific Islands Cooperation", "Indo-Pacific": a country's name joined by a
                // hyphen to a word that names no country is part of another name (not "Nepal-Bangladesh").
                if (e.kind() == ReferenceData.Kind.COUNTRY && j + 2 < t.size() && joinedByHyphen(t, j, j + 2)
                        && !startsAName(t, j + 2)) {
                    break;
                }
                Mention.Type type = switch (e.kind()) {
                    case COUNTRY -> Mention.Type.COUNTRY;
                    case DEMONYM -> Mention.Type.DEMONYM;
                    case CAPITAL -> Mention.Type.CAPITAL;
                    case SEAT -> Mention.Type.SEAT;
                    case CITY -> Mention.Type.CITY;
                    case ORGANIZATION -> Mention.Type.ORGANIZATION;
                };
                out.add(new Mention(type, s.index(), i, j, first.begin(), t.get(j).end(), surface, e, null));
                for (int k = i; k <= j; k++) {
                    taken[k] = true;
                }
                i = j;
                break;
            }
        }
    }

    /** Token {@code i} follows "of" after a title word: "President of [Ghana]", "Minister of [Ghana]". */
    private boolean ofATitle(List<Token> t, int i) {
        return i >= 2 && t.get(i - 1).lower().equals("of") && ref.title(t.get(i - 2).text()) != null;
    }

    private static boolean startsName(Token t) {
        String x = t.text();
        return !x.isEmpty() && (Character.isUpperCase(x.charAt(0)) || Character.isDigit(x.charAt(0)));
    }

    private static boolean insideLongerPerson(List<Token> t, int i, int j) {
        if (!"PERSON".equals(t.get(i).ner())) {
            return false;
        }
        boolean before = i > 0 && "PERSON".equals(t.get(i - 1).ner());
        boolean after = j + 1 < t.size() && "PERSON".equals(t.get(j + 1).ner());
        return before || after;
    }

    /** Consecutive PERSON tokens not already taken, trimmed of titles and non-name words. */
    private void findPersons(Sentence s, boolean[] taken, List<Mention> out) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!"PERSON".equals(t.get(i).ner()) || taken[i]) {
                i++;
                continue;
            }
            int j = i;
            while (true) {
                if (j + 1 < t.size() && "PERSON".equals(t.get(j + 1).ner()) && !taken[j + 1]) {
                    j++;
                } else if (j + 2 < t.size() && bridges(t.get(j + 1)) && "PERSON".equals(t.get(j + 2).ner())
                        && !taken[j + 1] && !taken[j + 2]) {
                    // NER dropped a middle part: "Hassan/PERSON Sheikh/O Mohamud/PERSON" is one name.
                    j += 2;
                } else {
                    break;
                }
            }
            // "Ambassador to the UAE Amir/O Hayek/PERSON": the given name NER left out after a posting.
            if (i > 0 && Set.of("amir", "emir").contains(t.get(i - 1).lower()) && !taken[i - 1] && afterAPosting(t, i - 1, out)) {
                i--;
            }
            addPerson(s, i, j, taken, out);
            i = j + 1;
        }
    }

    /** Words a hyphen joins to a name to make an adjective of it: "the Narendra Modi-led government". */
    private static final Set<String> COMPOUND_SUFFIXES = Set.of("led", "backed", "based", "born", "era", "style",
            "brokered", "sponsored", "allied", "aligned", "appointed", "ruled", "run", "controlled", "linked", "like",
            "friendly", "leaning", "supporting", "chaired", "hosted", "initiated", "proposed", "type");

    /** A name the reference data knows starts at token {@code k}, in one to three words ("South Africa" in "Ghana-South Africa"). */
    private boolean startsAName(List<Token> t, int k) {
        StringBuilder words = new StringBuilder();
        for (int n = k; n < Math.min(t.size(), k + 3); n++) {
            words.append(n > k ? " " : "").append(t.get(n).text());
            if (ref.lookup(words.toString()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code a} and {@code b} are one word split at a hyphen: "Sei", "-", "young" with no spaces between. */
    private static boolean joinedByHyphen(List<Token> t, int a, int b) {
        if (a < 0 || b >= t.size() || b != a + 2) {
            return false;
        }
        Token hyphen = t.get(a + 1);
        return (hyphen.text().equals("-") || hyphen.text().equals("\u2010") || hyphen.text().equals("\u2011"))
                && t.get(a).end() == hyphen.begin() && hyphen.end() == t.get(b).begin()
                && t.get(b).text().chars().allMatch(Character::isLetter)
                // ("L.Oyun-Erdene": a Mongolian initial glued to the name before the hyphen.)
                && t.get(a).text().chars().allMatch(c -> Character.isLetter(c) || c == '.')
                && Character.isLetter(t.get(a).text().charAt(t.get(a).text().length() - 1));
    }

    /** A token that can sit inside a person's name between two name parts: a particle or a capitalised word. */
    private boolean bridges(Token token) {
        String x = token.text();
        return NAME_PARTICLES.contains(token.lower()) || x.length() > 1 && Character.isUpperCase(x.charAt(0))
                && x.chars().allMatch(Character::isLetter) && ref.lookup(x) == null && ref.title(x) == null;
    }

    private void addPerson(Sentence s, int i, int j, boolean[] taken, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int k = i; k <= j; k++) {
            // "Crown Prince of the State": a title NER took for a name.
            if (Set.of("of", "the", "and", "for").contains(t.get(k).text())) {
                return;
            }
        }
        while (i <= j && (NOT_NAMES.contains(t.get(i).lower()) || ref.title(t.get(i).text()) != null
                        && !(Set.of("amir", "emir").contains(t.get(i).lower()) && i < j && afterAPosting(t, i, out))
                || !startsName(t.get(i)) || STYLES_BEFORE_NAMES.contains(t.get(i).lower())
                // "Grand Duke Henri": the last word of a two-word title the NER took into the name.
                || i > 0 && i < j && ref.title(t.get(i - 1).text() + " " + t.get(i).text()) != null
                || i < j && PORTFOLIO_WORDS.contains(t.get(i).lower())
                // "MAFE Steven Victor", "HRCTD Ngirai Tmetuchl": a ministry's initials before a name in Title case.
                || i + 2 <= j && initials(t.get(i).text()) && !initials(t.get(i + 1).text())
                // "Tan Sri Muhyiddin", "Puan Sri …": "Tan" is a style only before "Sri" (it is also a surname).
                || i + 1 < j && Set.of("tan", "puan").contains(t.get(i).lower()) && t.get(i + 1).lower().equals("sri"))) {
            i++;
            if (t.get(i).lower().equals("sri") && i < j) {
                i++;
            }
        }
        // "Zelensky Met President Duda In Poland": a headline in title case capitalises its small words too — at either
        // end ("… Special Representative In Central Africa Abu Musa": no name begins with "In").
        while (j > i && TITLE_CASE_SMALL_WORDS.contains(t.get(j).text())) {
            j--;
        }
        // ("To" begins Vietnamese names: "To Lam".)
        if (i < j && TITLE_CASE_SMALL_WORDS.contains(t.get(i).text()) && !t.get(i).text().equals("To")) {
            return;
        }
        // "met Crown Prince and Prime Minister X": a title the NER took whole for a name is none.
        if (i < j && ref.title(t.get(i).text() + " " + t.get(j).text()) != null && j == i + 1) {
            return;
        }
        // "Chief Minister Sindh Dr Bilal Memon": a form of address inside the span starts the name.
        for (int k = j - 1; k > i; k--) {
            if (ADDRESS_IN_NAME.contains(t.get(k).lower())) {
                i = k + 1;
                break;
            }
        }
        // "Pak FM Bilawal Bhutto meets …": an abbreviated title inside the span (a headline's) starts the name.
        for (int k = j - 1; k > i; k--) {
            String x = t.get(k).text();
            if (x.length() >= 2 && x.length() <= 4 && x.equals(x.toUpperCase(java.util.Locale.ROOT))
                    && x.chars().allMatch(Character::isLetter) && ref.title(x) != null) {
                i = k + 1;
                break;
            }
        }
        // "Pushpa Kamal Dahal ‘Prachanda’": a nickname in quotes after the name is no part of it.
        for (int k = i + 1; k <= j; k++) {
            String x = t.get(k).text();
            if (!x.isEmpty() && "\u2018\u201c\"`".indexOf(x.charAt(0)) >= 0) {
                j = k - 1;
                break;
            }
        }
        while (j >= i && (!startsName(t.get(j)) || t.get(j).text().equals("'s"))) {
            j--;
        }
        if (i > j) {
            return;
        }
        if (i > 0 && (t.get(i - 1).text().equals("@") || t.get(i - 1).text().equals("#"))) {
            return;
        }
        // The tokenizer splits at hyphens and NER often tags only the first part: "Park Min-jun",
        // "Lee Seo-yeon", "Al-Rashidi" must come out whole, or the person and every fact they are in break.
        // Not "the Biden-Xi meeting": a capitalised part NER tags as a person of its own is another name.
        while (joinedByHyphen(t, j, j + 2) && !taken[j + 1] && !taken[j + 2]
                && (Character.isLowerCase(t.get(j + 2).text().charAt(0)) || !"PERSON".equals(t.get(j + 2).ner()))
                && ref.lookup(t.get(j + 2).text()) == null && !COMPOUND_SUFFIXES.contains(t.get(j + 2).lower())) {
            j += 2;
        }
        // NER often leaves out a first name right after a title ("President Recep/O Tayyip Erdogan"): a
        // capitalised word between a title word and the name is part of the name.
        if (i >= 2 && !taken[i - 1] && (t.get(i - 1).pos() == null || "NNP".equals(t.get(i - 1).pos())) && isNameToken(t.get(i - 1))
                && t.get(i - 1).capitalized() && ref.lookup(t.get(i - 1).text()) == null
                && !NAME_PARTICLES.contains(t.get(i - 1).lower()) && !PersonResolver.HONORIFICS.contains(t.get(i - 1).lower())
                && !PORTFOLIO_WORDS.contains(t.get(i - 1).lower()) && !INSTITUTION_WORDS.contains(t.get(i - 1).lower())
                && !Set.of("sayyid", "sayyida", "excellency", "highness").contains(t.get(i - 1).lower())
                && (ref.title(t.get(i - 2).text()) != null || NOT_NAMES.contains(t.get(i - 2).lower())
                        // "President of Venezuela Nicolás/O Maduro": after a title's country too.
                        || i >= 4 && t.get(i - 3).lower().equals("of") && ref.lookup(t.get(i - 2).text()) != null
                        && ref.title(t.get(i - 4).text()) != null)) {
            i--;
        }
        while (joinedByHyphen(t, i - 2, i) && !taken[i - 2] && !taken[i - 1]
                && NAME_PARTICLES.contains(t.get(i - 2).lower())) {
            i -= 2;
        }
        // "her Indian counterpart M/O Venkaiah Naidu": an initial NER left out before the name (not "I", not "A").
        if (i >= 1 && !taken[i - 1] && t.get(i - 1).text().matches("[B-HJ-Z]\\.?") && i < j) {
            i--;
        }
        String surface = s.text().substring(t.get(i).begin() - s.begin(), t.get(j).end() - s.begin());
        // "…, Kazinform correspondent reports": a news outlet is no person.
        if (ref.lookup(surface) != null || surface.length() < 2 || NewsOutlets.get().isName(surface)) {
            return;
        }
        for (int k = i; k <= j; k++) {
            if (HEADLINE_WORDS.contains(t.get(k).lower())) {
                return;
            }
        }
        // "Dousti (Friendship) Square", "Azadi Square": a name before a place's noun names the place.
        int after = j + 1;
        if (after < t.size() && (t.get(after).text().equals("(") || t.get(after).text().equals("-LRB-"))) {
            while (after < t.size() && after - j < 6 && !t.get(after).text().equals(")") && !t.get(after).text().equals("-RRB-")) {
                after++;
            }
            after++;
        }
        // ("Julius Nyerere Convention Centre", "Jomo Kenyatta International Airport": a word or two may come first.)
        for (int p = after; p < Math.min(t.size(), after + 3) && t.get(p).capitalized(); p++) {
            if (PLACE_NOUNS.contains(t.get(p).lower())) {
                return;
            }
        }
        // "proceeded to the President's Office, Shital Niwas.": a building's name in apposition to it.
        boolean appositionEnds = j + 1 >= t.size() || Set.of(".", ",", ";", ")").contains(t.get(j + 1).text());
        if (i >= 2 && t.get(i - 1).text().equals(",") && BUILDINGS.contains(t.get(i - 2).lower()) && appositionEnds) {
            return;
        }
        out.add(new Mention(Mention.Type.PERSON, s.index(), i, j, t.get(i).begin(), t.get(j).end(), surface, null, null));
        for (int k = i; k <= j; k++) {
            taken[k] = true;
        }
    }

    /** Title phrases ("foreign minister", "Crown Prince", "then-Premier"), case-insensitive, longest first. */
    private void findTitles(Sentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        int max = ref.longestTitleTokens();
        for (int i = 0; i < t.size(); i++) {
            if (!mayStartTitle(t.get(i))) {
                continue;
            }
            for (int j = Math.min(t.size() - 1, i + max); j >= i; j--) {
                String phrase = titlePhrase(s, i, j);
                ReferenceData.Title title = ref.title(phrase);
                if (title == null && j + 1 < t.size() && "PERSON".equals(t.get(j + 1).ner())) {
                    title = pluralTitle(phrase);
                }
                // Where a portfolio the reference data does not list goes on: "Minister of [Trade and Industry]", and
                // after a listed one, "Minister of Foreign Affairs [and Cooperation]".
                int portfolioFrom = -1;
                if (title != null && title.rank().equals("MINISTER") && j + 1 < t.size()
                        && Set.of("of", "for").contains(t.get(j + 1).lower())) {
                    portfolioFrom = j + 2;
                } else if (title != null && j + 2 < t.size() && t.get(j + 1).lower().equals("for")
                        && t.get(j + 2).capitalized() && !"PERSON".equals(t.get(j + 2).ner())) {
                    // "Assistant Secretary of State for South and Central Asian Affairs Donald Lu"
                    portfolioFrom = j + 1;
                } else if (title != null && title.rank() != null && Set.of("MINISTER", "FOREIGN_MINISTER").contains(title.rank()) && j + 2 < t.size()
                        && (phrase.contains(" of ") || phrase.contains(" for ")) && t.get(j + 1).lower().equals("and")
                        && t.get(j + 2).capitalized() && !"PERSON".equals(t.get(j + 2).ner())) {
                    portfolioFrom = j + 1;
                }
                if (portfolioFrom > 0) {
                    int k = portfolioEnd(t, portfolioFrom);
                    // "the Minister of International Relations and Cooperation, Ms Jane Doe"
                    int name = k < t.size() && t.get(k).text().equals(",") ? k + 1 : k;
                    // ("Minister of Foreign Affairs and Foreign Trade Senator Jane Doe": a one-word title of address too.)
                    while (name < t.size() && (PersonResolver.HONORIFICS.contains(t.get(name).lower())
                            || name == k && !t.get(k - 1).text().equals(",") && ref.title(t.get(name).text()) != null && name + 1 < t.size()
                                    && "PERSON".equals(t.get(name + 1).ner()))) {
                        name++;
                    }
                    if (name > k && (name >= t.size() || !"PERSON".equals(t.get(name).ner()))) {
                        name = k;
                    }
                    boolean named = name < t.size() && "PERSON".equals(t.get(name).ner());
                    int untagged = named ? -1 : untaggedNameAfterPortfolio(t, portfolioFrom, k);
                    if (untagged > 0) {
                        // "Minister of Industry and Trade Nguyen Hong Dien received …" with the name tagged an
                        // organization: the portfolio ends at its last listed word, the capitalised words after it
                        // are the name (findTitledNamesNerMissed makes the person).
                        k = untagged;
                        named = true;
                    }
                    if (k > portfolioFrom && named) {
                        // "minister of trade and industry Jane Doe"
                        String portfolio = s.text().substring(t.get(portfolioFrom).begin() - s.begin(), t.get(k - 1).end() - s.begin())
                                .toLowerCase(Locale.ROOT);
                        title = portfolioFrom == j + 1
                                ? new ReferenceData.Title(phrase + " " + portfolio, title.canonical(), title.rank(),
                                        title.plural(), title.country())
                                : new ReferenceData.Title(phrase + " " + t.get(j + 1).lower() + " " + portfolio,
                                        "Minister " + t.get(j + 1).lower() + " " + portfolio, "MINISTER");
                        j = k - 1;
                    }
                }
                if (title != null && phrase.equals("minister") && title.rank().equals("MINISTER")) {
                    // "Kenyan International Relations and Cooperation Minister Jane Doe": a portfolio the
                    // reference data does not list, in Title case before "Minister", is part of the title, so
                    // the demonym before it still owns it.
                    int from = portfolioStart(s, i, out);
                    if (from < i) {
                        String portfolio = s.text().substring(t.get(from).begin() - s.begin(), t.get(i - 1).end() - s.begin());
                        title = new ReferenceData.Title(portfolio.toLowerCase(Locale.ROOT) + " minister", portfolio + " Minister", "MINISTER");
                        i = from;
                    }
                }
                if (title != null && i == j && Set.of("amir", "emir").contains(t.get(i).lower()) && j + 1 < t.size()
                        && t.get(j + 1).capitalized() && afterAPosting(t, i, out)) {
                    // "Israel's Ambassador to the UAE Amir Hayek": after an envoy's posting, "Amir" is a given name.
                    title = null;
                }
                if (title != null) {
                    out.add(new Mention(Mention.Type.TITLE, s.index(), i, j, t.get(i).begin(), t.get(j).end(),
                            s.text().substring(t.get(i).begin() - s.begin(), t.get(j).end() - s.begin()), null, title));
                    i = j;
                    break;
                }
            }
        }
    }

    /**
     * "Kenyan Cabinet Secretaries Jane Doe and John Roe", "Foreign Ministers Doe and Roe": a plural title
     * right before a name is the title of each name listed after it (see PersonResolver). Only before a
     * name: "the foreign ministers met" names nobody, and must not read as one titled person.
     */
    private ReferenceData.Title pluralTitle(String phrase) {
        // ("External Affairs Minister S Jaishankar": an initial after the title is no plural ending.)
        if (phrase.endsWith(" s")) {
            return null;
        }
        String singular = phrase.endsWith("ies") ? phrase.substring(0, phrase.length() - 3) + "y"
                : phrase.endsWith("s") && !phrase.endsWith("ss") ? phrase.substring(0, phrase.length() - 1) : null;
        ReferenceData.Title title = singular == null ? null : ref.title(singular);
        return title == null ? null : title.inPlural(phrase);
    }

    /**
     * Where the name starts when NER tagged none in a portfolio's run: after its last listed portfolio word, two
     * to four capitalised words that are neither portfolio words nor titles, ending the run; -1 if none.
     */
    private int untaggedNameAfterPortfolio(List<Token> t, int from, int end) {
        for (int m = end - 2; m > from; m--) {
            if (!portfolioWord(t.get(m - 1).lower())) {
                continue;
            }
            boolean names = end - m >= 2 && end - m <= 4;
            for (int q = m; q < end && names; q++) {
                names = t.get(q).capitalized() && !portfolioWord(t.get(q).lower()) && ref.title(t.get(q).text()) == null
                        && ref.lookup(t.get(q).text()) == null;
            }
            return names ? m : -1;
        }
        return -1;
    }

    private static boolean portfolioWord(String lower) {
        return PORTFOLIO_WORDS.contains(lower) || MORE_PORTFOLIO_WORDS.contains(lower) || Set.of("of", "for", "the").contains(lower);
    }

    /** Words a ministry's portfolio is made of, beyond {@link #PORTFOLIO_WORDS}. */
    private static final Set<String> MORE_PORTFOLIO_WORDS = Set.of("international", "foreign", "external", "home", "justice",
            "culture", "sports", "sport", "youth", "water", "housing", "mining", "fisheries", "security", "public",
            "social", "welfare", "science", "technology", "digital", "climate", "national", "economic", "oil", "gas",
            "infrastructure", "finance", "treasury", "budget", "resources", "natural", "human", "rights", "women",
            "family", "children", "labour", "employment", "urban", "rural", "land", "lands", "forestry",
            "aviation", "maritime", "ports", "shipping", "railways", "roads", "telecommunications", "media",
            "heritage", "arts", "religious", "immigration", "citizenship", "veterans", "regional", "local",
            "government", "integration", "european", "african", "solidarity", "reconstruction", "power",
            "electricity", "renewable", "food", "livestock", "innovation", "research", "higher",
            "basic", "sanitation", "and", "&");

    /**
     * Start of Title-case portfolio words right before "Minister" at {@code i} ("International Relations and
     * Cooperation"), or {@code i} when there are none. Every word must be a portfolio word, capitalised (or
     * "and"), and not already a country, organization or title; at most five.
     */
    private int portfolioStart(Sentence s, int i, List<Mention> mentions) {
        List<Token> t = s.tokens();
        int from = i;
        while (from > 0 && i - from < 5) {
            Token w = t.get(from - 1);
            boolean word = PORTFOLIO_WORDS.contains(w.lower()) || MORE_PORTFOLIO_WORDS.contains(w.lower());
            boolean cased = Character.isUpperCase(w.text().charAt(0)) || w.lower().equals("and") || w.text().equals("&");
            int k = from - 1;
            boolean taken = mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.first() <= k && m.last() >= k);
            if (!word || !cased || taken || ref.lookup(w.text()) != null) {
                break;
            }
            from--;
        }
        while (from < i && (t.get(from).lower().equals("and") || t.get(from).text().equals("&"))) {
            from++;
        }
        return from;
    }

    /** End (exclusive) of a ministry's portfolio words after "minister of": lower-case words and "and", at most 6. */
    private int portfolioEnd(List<Token> t, int from) {
        int k = from;
        // Title-case portfolios too ("Minister for Planning and Development Saad Rafiq", "Minister for Climate
        // Change James Shaw"), up to the name NER found.
        // A list of portfolios goes on after a comma ("Minister of Culture, Tourism and Craft Promotion, Mr X")
        // when a Title-case word that is no name follows it.
        // Never across a verb or a title ("Minister of Industry and Trade X received Indian Foreign Minister Y":
        // NER tagged X an organization there, and the portfolio must not run on to Y).
        while (k < t.size() && k < from + 10 && (t.get(k).text().chars().allMatch(Character::isLetter)
                && !t.get(k).isVerb() && (k == from || ref.title(t.get(k).text()) == null)
                && (Character.isLowerCase(t.get(k).text().charAt(0)) && (k < from + 6 || portfolioWord(t.get(k).lower()))
                        || PORTFOLIO_WORDS.contains(t.get(k).lower())
                        || !"PERSON".equals(t.get(k).ner()))
                || k > from && t.get(k).text().equals(",") && k + 1 < t.size() && t.get(k + 1).capitalized()
                        && !"PERSON".equals(t.get(k + 1).ner())
                        && !PersonResolver.HONORIFICS.contains(t.get(k + 1).lower()))) {
            k++;
        }
        return k;
    }

    private static boolean initials(String x) {
        return x.length() >= 3 && x.chars().allMatch(c -> Character.isLetter(c) && Character.isUpperCase(c));
    }

    /** A place named after "to" ends right before token {@code i}: an envoy's posting ("Ambassador to the UAE"). */
    private static boolean afterAPosting(List<Token> t, int i, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.last() == i - 1 && m.isCountryLike()) {
                int b = m.first() - 1;
                if (b >= 0 && t.get(b).lower().equals("the")) {
                    b--;
                }
                return b >= 0 && t.get(b).lower().equals("to");
            }
        }
        return false;
    }

    /** Words before a title that do not change it ("former President" is a President), in the order they are cut. */
    private static final List<String> TITLE_PREFIXES = List.of("then-", "ex-", "former ", "acting ", "interim ");

    /** Whether a title phrase can start at this token: a title's first word, or a prefix {@link #titlePhrase} cuts. */
    private boolean mayStartTitle(Token token) {
        String w = token.lower();
        return w.startsWith("then") || w.startsWith("ex") || w.equals("former") || w.equals("acting")
                || w.equals("interim") || ref.mayStartTitle(w);
    }

    static String titlePhrase(Sentence s, int i, int j) {
        String phrase = s.text().substring(s.tokens().get(i).begin() - s.begin(), s.tokens().get(j).end() - s.begin())
                .toLowerCase(Locale.ROOT);
        for (String prefix : TITLE_PREFIXES) {
            if (phrase.startsWith(prefix) && phrase.length() > prefix.length()) {
                phrase = phrase.substring(prefix.length());
            }
        }
        return phrase;
    }

    /** Words of address that only ever come before a person's name. */
    private static final Set<String> ADDRESS_BEFORE_NAMES = Set.of("sheikh", "sheikha", "sheik");

    /** What a "Sheikh Zayed …" is when it is no person: a building, a road, a prize named after one. */
    private static final Set<String> NAMED_AFTER_PERSON = Set.of("mosque", "road", "street", "stadium", "hospital",
            "bridge", "palace", "centre", "center", "city", "park", "airport", "university", "award", "prize", "port",
            "school", "foundation", "highway", "avenue", "square", "festival", "canal", "zone", "hall");

    /**
     * "Sheikh Tamim, the Emir of Qatar", "met Sheikh Tamim on Friday": NER often leaves a Gulf ruler's one
     * name untagged, and without a title before it nothing else finds it. A word of address that only
     * precedes names makes the capitalised words after it a person (not "the Sheikh Zayed Mosque").
     */
    private void findAddressedNamesNerMissed(Sentence s, boolean[] taken, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int a = 0; a + 1 < t.size(); a++) {
            if (!ADDRESS_BEFORE_NAMES.contains(t.get(a).lower()) || !t.get(a).capitalized()) {
                continue;
            }
            int i = a + 1;
            int j = i;
            while (j < t.size() && j < i + 5 && !taken[j] && (t.get(j).capitalized() && isNameToken(t.get(j))
                    && ref.lookup(t.get(j).text()) == null && ref.title(t.get(j).text()) == null
                    && !PersonResolver.HONORIFICS.contains(t.get(j).lower())
                    || j > i && NAME_PARTICLES.contains(t.get(j).lower()) && j + 1 < t.size() && t.get(j + 1).capitalized())) {
                j++;
            }
            boolean namedAfter = false;
            for (int k = i; k <= Math.min(j, t.size() - 1); k++) {
                namedAfter |= NAMED_AFTER_PERSON.contains(t.get(k).lower());
            }
            if (j == i || namedAfter) {
                continue;
            }
            addPerson(s, i, j - 1, taken, out);
        }
    }

    /** "Foreign Minister Jane Doe" where NER missed the name: a title followed by capitalised words. */
    private void findTitledNamesNerMissed(Sentence s, boolean[] taken, List<Mention> out) {
        List<Token> t = s.tokens();
        for (Mention title : List.copyOf(out)) {
            if (title.type() != Mention.Type.TITLE) {
                continue;
            }
            int i = title.last() + 1;
            // "the King of Saudi Arabia Salman Al Saud": the title's country, then the name (NER took it all
            // for a place).
            if (i < t.size() && t.get(i).lower().equals("of")) {
                // ("President of the Islamic Republic of Iran Ebrahim Raisi": after "of the" too.)
                int at = i + 1 < t.size() && t.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
                for (Mention country : out) {
                    if (country.type() == Mention.Type.COUNTRY && country.first() == at) {
                        i = country.last() + 1;
                    }
                }
            }
            int j = i;
            while (j < t.size() && j < i + 4 && !taken[j] && t.get(j).capitalized() && isNameToken(t.get(j))) {
                j++;
            }
            if (j == i) {
                // "Minister of Industry and Trade Nguyen Hong Dien received …": NER took the name after the title
                // for an organization; unknown capitalised words between a title and a verb are a name.
                int q = i;
                while (q < t.size() && q < i + 4 && !taken[q] && t.get(q).capitalized() && "ORGANIZATION".equals(t.get(q).ner())
                        && t.get(q).text().chars().allMatch(Character::isLetter) && ref.lookup(t.get(q).text()) == null
                        && ref.title(t.get(q).text()) == null && !NOT_NAMES.contains(t.get(q).lower())) {
                    q++;
                }
                // ("received by Foreign Affairs CS Rachael Omamo among other leaders": or a lower-case word after it.)
                if (q - i >= 2 && q < t.size() && ("VBD".equals(t.get(q).pos())
                        || q - i <= 3 && !Set.of("of", "the").contains(t.get(i - 1).lower()) && t.get(i - 1).capitalized()
                        && Set.of("among", "and", "at", "on", "in", "who", ",", ".", "during", "with").contains(t.get(q).lower()))) {
                    j = q;
                }
            }
            // A royal's one regnal name ("Sultan Faris", "King Idris", "Emir Nasser"), when it names no place.
            // Not a word of address ("Emir Sheikh Nasser …"), nor a title-case headline ("Sultan Receives Kuwait's …").
            boolean regnal = j - i == 1 && "ROYAL".equals(title.title().rank()) && ref.lookup(t.get(i).text()) == null
                    && t.get(i).text().length() > 2 && !PersonResolver.HONORIFICS.contains(t.get(i).lower())
                    && !HEADLINE_WORDS.contains(t.get(i).lower())
                    && !(j < t.size() && t.get(j).capitalized());
            // "Prime Minister B.Tsogt", "President Kh.Bat": Mongolian style, initial and name in one token.
            boolean initialled = j - i == 1 && GLUED_INITIAL.matcher(t.get(i).text()).matches();
            // "Prime Minister Hu'akavameiliku": one word with an apostrophe between letters (Polynesian names).
            boolean glottal = j - i == 1 && GLOTTAL_NAME.matcher(t.get(i).text()).matches() && !(j < t.size() && t.get(j).capitalized());
            if (j - i >= 2 || regnal || initialled || glottal) {
                addPerson(s, i, j - 1, taken, out);
            }
        }
    }

    /** Words that may open a list of names: "– respectively, A, B and C", "were: A, B and C". */
    private static final Set<String> LIST_OPENERS = Set.of(",", ":", ";", "respectively", "\u2013", "\u2014", "-", "were", "are",
            "including", "includes", "included");

    /**
     * "respectively, Audronius Ažubalis, Māris Riekstiņš and Urmas Paet": two or three capitalised words the NER left
     * out of a list whose other items it took for persons are a name too (an unfamiliar spelling, not a place or title).
     */
    private void findListedNamesNerMissed(Sentence s, boolean[] taken, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 1; i + 3 < t.size(); i++) {
            int j = i;
            while (j < t.size() && j < i + 3 && !taken[j] && t.get(j).capitalized() && isNameToken(t.get(j))
                    && ref.lookup(t.get(j).text()) == null) {
                j++;
            }
            if (j - i < 2 || j < t.size() && t.get(j).capitalized() || taken[i - 1] || t.get(i - 1).capitalized()
                    || !Set.of(",", "and").contains(t.get(j).lower())) {
                continue;
            }
            Mention next = personStartingAt(out, j + 1);
            if (next == null) {
                continue;
            }
            String before = t.get(i - 1).lower();
            Mention previous = Set.of(",", "and").contains(before) ? personEndingAt(out, i - 2) : null;
            int after = next.last() + 1;
            boolean listGoesOn = after + 1 < t.size() && Set.of(",", "and").contains(t.get(after).lower())
                    && personStartingAt(out, after + 1) != null;
            if (previous != null || LIST_OPENERS.contains(before) && listGoesOn) {
                addPerson(s, i, j - 1, taken, out);
            }
            i = j;
        }
    }

    private static Mention personStartingAt(List<Mention> ms, int k) {
        return ms.stream().filter(m -> m.type() == Mention.Type.PERSON && m.first() == k).findFirst().orElse(null);
    }

    private static Mention personEndingAt(List<Mention> ms, int k) {
        return ms.stream().filter(m -> m.type() == Mention.Type.PERSON && m.last() == k).findFirst().orElse(null);
    }

    private static final java.util.regex.Pattern GLOTTAL_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+['\u2019]\\p{Ll}{2,}");

    private boolean isNameToken(Token token) {
        String x = token.text();
        return x.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.')
                && !"ORGANIZATION".equals(token.ner()) && ref.title(x) == null && !NOT_NAMES.contains(token.lower())
                && !INSTITUTION_WORDS.contains(token.lower());
    }

    /**
     * Bodies named between a title and a name in South Asian usage ("Speaker National Assembly X", "Chairman
     * Senate Y"): never a word of a person's name.
     */
    static final Set<String> INSTITUTION_WORDS = Set.of("assembly", "senate", "parliament", "congress", "council",
            "duma", "majlis", "commission", "committee", "cabinet", "ministry", "court", "secretariat", "presidency");
}
