package io.github.diplograph.extract;

import io.github.diplograph.identity.Names;
import io.github.diplograph.model.EntityKind;
import io.github.diplograph.model.EntityRef;
import io.github.diplograph.model.EventType;
import io.github.diplograph.model.Evidence;
import io.github.diplograph.model.FuzzyDate;
import io.github.diplograph.model.Participant;
import io.github.diplograph.model.Place;
import io.github.diplograph.model.Role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds meetings, visits and calls: a trigger phrase that reports something that happened (not a plan
 * or a hope), the actors its clause makes take part, a date and a place.
 */
final class EventExtractor {

    /** A possessive before these nouns names an owner, not a participant ("Ruto's government", "Ruto's party"). */
    static final Set<String> OWNED_NOUNS = Lexicon.union(Lexicon.GOVERNMENT, Set.of("party", "forces", "troops",
            "country", "army", "ministry", "office", "spokesman", "spokeswoman", "spokesperson", "son", "daughter",
            "wife", "husband", "father", "mother", "family", "aide", "aides", "envoy", "remarks", "policy", "death",
            "supporters", "opponents", "allies", "camp", "team"));
    private static final Set<String> OTHER_EVENT_NOUNS = Set.of("visit", "trip", "tour", "arrival", "meeting", "call",
            "talks", "summit", "inauguration", "funeral", "election", "departure");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "to");
    /** The nouns of a trigger that may take modifiers it does not list: "held a face-to-face meeting". */
    static final Set<String> EVENT_HEAD_NOUNS = Set.of("meeting", "meetings", "talks", "discussions", "discussion",
            "conversation", "conversations", "consultations");
    /**
     * Adjectives that change what the event is or whether it happened ("a virtual meeting" is a call, "a
     * planned meeting" a plan): never skipped as a mere modifier.
     */
    private static final Set<String> MEANINGFUL_MODIFIERS = Set.of("virtual", "video", "online", "telephone",
            "telephonic", "phone", "remote", "planned", "proposed", "possible", "future", "next", "upcoming",
            "potential", "scheduled", "expected", "new", "further", "no", "fresh");
    /** Only "in"/"at" say where the story is; "to" also means "opposition to the United States". */
    private static final Set<String> LOCATIVE_WORDS = Set.of("in", "at");
    /** What follows the object of "called" when it is a name given, not a call made. */
    private static final java.util.regex.Pattern DAY_WORDS = java.util.regex.Pattern.compile(
            "monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d+(st|nd|rd|th)?|january|february|march|april|may"
                    + "|june|july|august|september|october|november|december|jan\\.?|feb\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?");

    /**
     * "the two leaders have met ten times since 2019": a count of meetings names no one meeting (and "since
     * 2019" is not its date).
     */
    private boolean countOfTimes(int s, int end) {
        // Also after the other side: "he met with US President X four times" (no verb or comma between).
        List<Token> t = a.sentences.get(s).tokens();
        for (int k = end + 1; k <= end + 8 && k < t.size(); k++) {
            if (a.lower(s, k).equals(",") || k > end + 1 && t.get(k).isVerb()) {
                return false;
            }
            if (a.lower(s, k).equals("times") && k > end + 1) {
                String n = a.lower(s, k - 1);
                // ("have spoken several times, including after the 2023 earthquake" goes on to name one.)
                return n.matches("\\d+") || Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
                        "ten", "dozen").contains(n);
            }
        }
        return false;
    }

    /** Nouns after a body's name that make it a gathering: "the AU Summit", "the UN General Assembly session". */
    private static final Set<String> GATHERINGS = Set.of("summit", "summits", "conference", "forum", "session", "meeting",
            "meetings", "ministerial", "assembly", "congress", "games");

    private static final Set<String> KIN = Set.of("wife", "husband", "daughter", "daughters", "son", "sons", "children",
            "mother", "father", "brother", "sister", "spouse", "grandson", "granddaughter");

    /** A person named as a leader's family: "his wife Michelle", "daughters Malia and Sasha". */
    private boolean family(Actor x) {
        int k = x.first() - 1;
        // Back over a list of first names: "daughters Malia and Sasha".
        while (k > 0 && (a.lower(x.sentence(), k).equals("and") || a.lower(x.sentence(), k).equals(","))
                && a.mentionAt(x.sentence(), k - 1) != null && a.mentionAt(x.sentence(), k - 1).type() == Mention.Type.PERSON) {
            k = a.mentionAt(x.sentence(), k - 1).first() - 1;
        }
        // "the Japanese leader and wife, Yoshiko Ishiba": a comma between the kin word and the name.
        if (a.lower(x.sentence(), k).equals(",") && KIN.contains(a.lower(x.sentence(), k - 1))) {
            return true;
        }
        return KIN.contains(a.lower(x.sentence(), k));
    }

    /** Verbs that report, before "that" and the reported words. */
    /** Nouns whose place is what is talked about, not where: "the conflict in Ukraine", "the situation in Gaza". */
    private static final Set<String> TOPIC_NOUNS = Set.of("conflict", "war", "situation", "crisis", "fighting",
            "violence", "peace", "elections", "election", "invasion", "developments", "tensions", "attacks", "ceasefire",
            "humanitarian", "security", "stability", "crackdown", "unrest", "events", "investment", "investments", "trade");

    /** What a caller on an official comes to do: "called on the Prime Minister to congratulate him". */
    private static final Set<String> COURTESY_PURPOSES = Set.of("congratulate", "discuss", "pay", "convey", "present",
            "exchange", "brief", "bid", "review", "deliver", "hand", "introduce");

    private static final Set<String> REPORTING = Set.of("said", "says", "noted", "added", "stated", "announced",
            "recalled", "told", "explained", "confirmed");

    private static final Set<String> NAMING = Set.of("a", "an", "the", "\"", "\u201c", "'", "`", "``", "his", "her",
            "their", "one", "on", "for", "upon", "out", "off", "up", "back");

    private static final Set<String> SKIP_BEFORE_OBJECT = Set.of("the", "his", "her", "their", "visiting", ",", "host",
            "counterpart", "a", "an", "delegation", "led", "by", "newly", "elected", "top", "senior", "dinner", "lunch",
            "luncheon", "banquet", "reception", "breakfast", "for", "in", "honour", "honor", "of", "state", "official",
            // "spoke with former Malaysian prime minister X", "called Mr Y's successor Datuk Seri Z"
            "former", "outgoing", "incoming", "acting", "interim", "new", "successor", "predecessor");

    private final Analysis a;
    private final ActorFinder actors;
    private final DateContext dates;
    private final ReferenceData ref;
    private Place lastPlace;
    private int lastPlaceSentence;
    private Place documentMeetingPlace;
    /** The article is a release of one government's seat of power ("Source: President of Russia – The Kremlin"). */
    private final boolean releaseOfASeat;

    EventExtractor(Analysis a, ActorFinder actors, DateContext dates, ReferenceData ref) {
        this(a, actors, dates, ref, false);
    }

    EventExtractor(Analysis a, ActorFinder actors, DateContext dates, ReferenceData ref, boolean releaseOfASeat) {
        this.a = a;
        this.actors = actors;
        this.dates = dates;
        this.ref = ref;
        this.releaseOfASeat = releaseOfASeat;
    }

    /** A raw event before merging: participants in order, with the part each plays. */
    static final class Draft {
        EventType type;
        final Map<EntityRef, String> participants = new LinkedHashMap<>();
        final Map<EntityRef, PersonCluster> persons = new LinkedHashMap<>();
        FuzzyDate date;
        Place place;
        /** The place was carried over from an earlier sentence, not stated with the event. */
        boolean placeCarried;
        String destination;
        final List<Evidence> evidence = new ArrayList<>();
    }

    List<Draft> extract() {
        findDocumentMeetingPlace();
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : a.sentences) {
            List<Actor> sentenceActors = actors.actors(s.index());
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                TriggerMatcher.Match<Triggers.Trigger> match = Triggers.MATCHER.matchLoosely(t, i,
                        EventExtractor::plainModifier, EVENT_HEAD_NOUNS);
                Triggers.Trigger trigger = match == null ? null : match.pattern();
                int end = match == null ? i : match.end();
                if ((trigger == null || trigger.words().size() == 1) && i == 0 && meetingAsParticiple(t)) {
                    trigger = DURING_THE_MEETING;
                }
                if (trigger == null) {
                    Draft owned = possessiveVisit(s, i, sentenceActors);
                    if (owned != null) {
                        drafts.add(owned);
                        continue;
                    }
                    Place p = placeAt(s.index(), i);
                    // Not a place in quoted words ("what is happening in Venezuela"): the story is not there.
                    if (p != null && LOCATIVE_WORDS.contains(a.lower(s.index(), i - 1)) && !a.quoted.get(s.index())[i]) {
                        lastPlace = p;
                        lastPlaceSentence = s.index();
                    }
                    continue;
                }
                Draft d = build(s, trigger, i, end, sentenceActors);
                drafts.addAll(meetingsOfTheVisited(s, trigger, i, end, sentenceActors));
                drafts.addAll(receivedVisits);
                receivedVisits.clear();
                if (d != null) {
                    drafts.add(d);
                    if (d.type == EventType.VISIT) {
                        lastVisit = d;
                        lastVisitSentence = s.index();
                    }
                    if (d.type == EventType.MEETING && d.participants.containsValue(Participant.SUBJECT)) {
                        lastMeeting = d;
                        lastMeetingSentence = s.index();
                    }
                    if (d.place != null) {
                        lastPlace = d.place;
                        lastPlaceSentence = s.index();
                    }
                }
                i = end;
            }
            drafts.addAll(credentialsCeremony(s, sentenceActors));
            drafts.addAll(callersListed(s, sentenceActors));
            Draft gathered = attendedTogether(s, sentenceActors);
            if (gathered != null) {
                drafts.add(gathered);
            }
            Draft together = counterpartsActingTogether(s, sentenceActors);
            if (together != null) {
                drafts.add(together);
            }
            Draft told = meetingOfThePairBefore(s, sentenceActors);
            if (told != null) {
                drafts.add(told);
            }
            attendees(s, sentenceActors, drafts);
            Draft greeted = greetingParty(s, sentenceActors);
            if (greeted != null) {
                drafts.add(greeted);
            }
            delegationHeader(s, drafts);
            sidesLedOrRepresented(s, sentenceActors, drafts);
        }
        return drafts;
    }

    private static final Triggers.Trigger DURING_THE_MEETING = Triggers.EVENTS.stream()
            .filter(r -> r.name().equals("during-the-meeting")).findFirst().orElseThrow();

    /**
     * "Meeting yesterday in Quito, Ecuadorian Foreign Minister A and his Colombian counterpart, B, reaffirmed …": a
     * sentence opened by "Meeting" and a phrase of time or place up to a comma tells of the meeting of those who
     * follow, as "During the meeting, A and B …" does.
     */
    private static boolean meetingAsParticiple(List<Token> t) {
        if (t.size() < 6 || !t.get(0).text().equals("Meeting") || !ADJUNCT_OPENERS.contains(t.get(1).lower())) {
            return false;
        }
        for (int k = 2; k < Math.min(t.size(), 10); k++) {
            if (t.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> GREETING = Set.of("greet", "greeted", "welcome", "welcomed", "receive", "received",
            "meet", "met");

    /**
     * "Among those there to greet her upon her arrival were Foreign Minister A; Minister B; …", "Among those who
     * greeted the Prime Minister were Deputy Prime Minister C and …": each one listed met the one greeted, who is named
     * (or referred to) between the greeting word and "were".
     */
    private Draft greetingParty(Sentence s, List<Actor> all) {
        int si = s.index();
        List<Token> t = s.tokens();
        int among = -1;
        for (int k = 0; k + 1 < t.size() && among < 0; k++) {
            if (a.lower(si, k).equals("among") && a.lower(si, k + 1).equals("those") && !a.quoted.get(si)[k]) {
                among = k;
            }
        }
        if (among < 0) {
            return null;
        }
        int greet = -1;
        int were = -1;
        for (int k = among + 2; k < Math.min(t.size(), among + 12) && were < 0; k++) {
            if (greet < 0 && GREETING.contains(a.lower(si, k))) {
                greet = k;
            } else if (greet >= 0 && Set.of("were", "was").contains(a.lower(si, k))) {
                were = k;
            }
        }
        if (were < 0) {
            return null;
        }
        final int from = greet;
        final int to = were;
        Actor guest = all.stream().filter(x -> x.isPerson() && x.first() > from && x.last() < to).findFirst().orElse(null);
        List<Actor> party = all.stream().filter(x -> x.isPerson() && x.via() == Actor.Via.NAME && x.first() > to).toList();
        if (guest == null || party.isEmpty() || modal(si, greet)) {
            return null;
        }
        Draft d = new Draft();
        d.type = EventType.MEETING;
        d.date = dates.dateFor(si, greet);
        add(d, guest, Participant.COUNTERPART);
        party.forEach(x -> add(d, x, Participant.SUBJECT));
        if (!international(d)) {
            return null;
        }
        d.evidence.add(new Evidence(si, s.begin(), s.end(), s.text(), confidence(d), "greeting-party"));
        return d;
    }

    private static final Set<String> GATHERING_NOUNS = Set.of("meeting", "talks", "summit", "consultations");

    /**
     * "Albanian President A, Montenegro's B, Macedonia's C and Kosovo's D attended the two-day meeting": officials of
     * two countries or more, the subject of "attended the meeting", met there. Not a body's own gathering ("attended
     * the UN General Assembly" names the body) and not a plan.
     */
    private Draft attendedTogether(Sentence s, List<Actor> all) {
        int si = s.index();
        List<Token> t = s.tokens();
        for (int k = 2; k + 2 < t.size(); k++) {
            if (!a.lower(si, k).equals("attended") || !a.lower(si, k + 1).equals("the")) {
                continue;
            }
            int noun = k + 2;
            while (noun < Math.min(t.size(), k + 5) && !GATHERING_NOUNS.contains(a.lower(si, noun))) {
                noun++;
            }
            if (noun >= t.size() || !GATHERING_NOUNS.contains(a.lower(si, noun))) {
                return null;
            }
            for (int j = k + 2; j < noun; j++) {
                // "attended the UN Security Council meeting", "attended the ASEAN summit": a body's gathering.
                if (a.mentionAt(si, j) != null || Character.isUpperCase(t.get(j).text().charAt(0))) {
                    return null;
                }
            }
            int[] clause = Clauses.around(t, k);
            for (int j = clause[0]; j < k; j++) {
                if (Lexicon.MODALITY.contains(a.lower(si, j))) {
                    return null;
                }
            }
            final int verb = k;
            List<Actor> attendees = all.stream().filter(x -> x.isPerson() && x.via() == Actor.Via.NAME && !x.possessive()
                    && !x.quoted() && x.first() >= clause[0] && x.last() < verb).toList();
            Set<PersonCluster> persons = new java.util.LinkedHashSet<>();
            Set<String> countries = new java.util.HashSet<>();
            attendees.forEach(x -> {
                persons.add(x.person());
                if (x.person().country() != null) {
                    countries.add(x.person().country());
                }
            });
            if (persons.size() < 2 || countries.size() < 2) {
                return null;
            }
            Draft d = new Draft();
            d.type = EventType.MEETING;
            d.date = dates.dateFor(si, k);
            attendees.forEach(x -> add(d, x, Participant.PARTY));
            d.place = placeAfter(si, noun + 1, t.size());
            if (d.place == null && lastPlace != null && si - lastPlaceSentence <= 3) {
                d.place = lastPlace;
            }
            d.evidence.add(new Evidence(si, s.begin(), s.end(), s.text(), confidence(d), "pattern:attended_together"));
            return d;
        }
        return null;
    }

    /** What two counterparts do together, in the past: "A and his Sri Lankan counterpart B on Monday discussed …". */
    private static final Set<String> JOINT_ACTS = Set.of("discussed", "reviewed", "agreed", "exchanged", "reaffirmed",
            "signed", "explored", "examined", "assessed", "deliberated", "co-chaired", "witnessed", "inaugurated",
            "launched", "underlined", "stressed", "emphasized", "emphasised", "expressed", "focused", "addressed");

    /** Words of a call: the sentence's own call triggers read it. */
    private static final Set<String> LINE_MENTIONS = Set.of("telephone", "phone", "telephonic", "video", "virtual",
            "virtually", "videoconference", "call", "conversation");

    /**
     * "Foreign Minister A and his Sri Lankan counterpart B on Monday discussed bilateral matters": two officials named
     * as counterparts, the subject of something they did together, met — unless the sentence tells of a line or of a
     * plan. Found in three fresh dev sets; a bare "discussed" as a meeting word was measured and dropped (40 false pairs
     * on the tuning sets): here the pair is named as counterparts, and nothing is read into one official discussing.
     */
    private Draft counterpartsActingTogether(Sentence s, List<Actor> all) {
        int si = s.index();
        List<Token> t = s.tokens();
        for (int k = 2; k + 1 < t.size(); k++) {
            if (!a.lower(si, k).equals("counterpart")) {
                continue;
            }
            int his = k - 1;
            while (his > k - 3 && !Set.of("his", "her").contains(a.lower(si, his))) {
                his--;
            }
            if (!Set.of("his", "her").contains(a.lower(si, his)) || !a.lower(si, his - 1).equals("and")) {
                continue;
            }
            final int and = his - 1;
            final int after = a.lower(si, k + 1).equals(",") ? k + 2 : k + 1;
            Actor first = all.stream().filter(x -> x.isPerson() && x.via() == Actor.Via.NAME && x.last() == and - 1 && !x.quoted())
                    .findFirst().orElse(null);
            Actor second = all.stream().filter(x -> x.isPerson() && x.via() == Actor.Via.NAME && x.first() >= after
                    && x.first() <= after + 3 && !x.quoted()).findFirst().orElse(null);
            if (first == null || second == null || first.person() == second.person()
                    || first.first() > 0 && a.lower(si, first.first() - 1).equals("with")) {
                return null;
            }
            int verb = -1;
            for (int j = second.last() + 1; j < Math.min(t.size(), second.last() + 9); j++) {
                String w = a.lower(si, j);
                if (Lexicon.MODALITY.contains(w) || LINE_MENTIONS.contains(w)) {
                    return null;
                }
                if (JOINT_ACTS.contains(w)) {
                    verb = j;
                    break;
                }
            }
            if (verb < 0) {
                return null;
            }
            for (int j = 0; j < t.size(); j++) {
                if (LINE_MENTIONS.contains(a.lower(si, j))) {
                    return null;
                }
            }
            Draft d = new Draft();
            d.type = EventType.MEETING;
            d.date = dates.dateFor(si, verb);
            add(d, first, Participant.PARTY);
            add(d, second, Participant.PARTY);
            d.place = placeAfter(si, verb + 1, t.size());
            if (d.place == null) {
                d.place = documentMeetingPlace;
            }
            if (!international(d)) {
                return null;
            }
            d.evidence.add(new Evidence(si, s.begin(), s.end(), s.text(), confidence(d), "pattern:counterparts_acting_together"));
            return d;
        }
        return null;
    }

    private static final Set<String> TOOK_PLACE = Set.of("took", "was", "were");

    /**
     * "… the President of Costa Rica, A, and the President of Panama, B, generated agreements on security. The
     * bilateral meeting, which took place this Wednesday in San Jose, …": a sentence that tells of a meeting held,
     * naming no one, is the meeting of the two officials of different countries the sentence before named.
     */
    private Draft meetingOfThePairBefore(Sentence s, List<Actor> all) {
        int si = s.index();
        List<Token> t = s.tokens();
        if (si == 0 || t.size() < 4 || !a.lower(si, 0).equals("the") || all.stream().anyMatch(Actor::isPerson)) {
            return null;
        }
        int noun = 1;
        while (noun < 4 && noun < t.size() && !ATTENDED_NOUNS.contains(a.lower(si, noun))) {
            noun++;
        }
        if (noun >= t.size() || !ATTENDED_NOUNS.contains(a.lower(si, noun))) {
            return null;
        }
        int k = noun + 1;
        if (a.lower(si, k).equals(",") && a.lower(si, k + 1).equals("which")) {
            k += 2;
        }
        boolean held = TOOK_PLACE.contains(a.lower(si, k)) && (a.lower(si, k).equals("took") ? a.lower(si, k + 1).equals("place")
                : a.lower(si, k + 1).equals("held"));
        if (!held) {
            return null;
        }
        List<Actor> before = actors.actors(si - 1).stream().filter(x -> x.isPerson() && x.via() != Actor.Via.PRONOUN
                && !x.quoted() && !x.possessive()).toList();
        Set<PersonCluster> persons = new java.util.LinkedHashSet<>();
        before.forEach(x -> persons.add(x.person()));
        if (persons.size() != 2) {
            return null;
        }
        List<PersonCluster> pair = new ArrayList<>(persons);
        String c0 = pair.get(0).country();
        String c1 = pair.get(1).country();
        if (c0 == null || c1 == null || c0.equals(c1)) {
            return null;
        }
        Draft d = new Draft();
        d.type = EventType.MEETING;
        d.date = dates.dateFor(si, noun);
        for (PersonCluster c : pair) {
            Actor x = before.stream().filter(y -> y.person() == c).findFirst().orElseThrow();
            add(d, x, Participant.PARTY);
        }
        d.place = placeAfter(si, k, t.size());
        d.evidence.add(new Evidence(si, s.begin(), s.end(), s.text(), confidence(d), "pattern:meeting_of_the_pair_before"));
        return d;
    }

    /**
     * A header line, then one line a member: "The Tanzanian delegation:" / "Foreign Minister A" / "Finance Minister
     * B" — releases list a side this way, and each line is a sentence of its own. Each member joins the meeting told
     * last (within ten sentences), on the side of the header's country.
     */
    private void delegationHeader(Sentence s, List<Draft> drafts) {
        int si = s.index();
        List<Token> t = s.tokens();
        int n = t.size();
        // ("The Tanzanian delegation:", "Tanzania's delegation included:", "Members of the Kenyan side:")
        if (n < 3 || n > 10 || !a.lower(si, n - 1).equals(":") || java.util.stream.IntStream.range(Math.max(0, n - 4), n - 1)
                .noneMatch(k -> Set.of("delegation", "side", "team").contains(a.lower(si, k)))) {
            return;
        }
        String country = null;
        for (int k = 0; k < n - 2; k++) {
            Mention m = a.mentionAt(si, k);
            if (m != null && m.isCountryLike() && m.iso3() != null) {
                country = m.iso3();
            }
        }
        Draft meeting = meetingToldLast(drafts, si, false);
        if (country == null || meeting == null) {
            return;
        }
        String side = sideOfCountry(meeting, country);
        for (int line = si + 1; line < a.sentences.size(); line++) {
            List<Actor> persons = actors.actors(line).stream().filter(Actor::isPerson).toList();
            int words = a.sentences.get(line).tokens().size();
            if (persons.size() != 1 || words > 14 || persons.get(0).via() == Actor.Via.PRONOUN || persons.get(0).person().title() == null) {
                break;
            }
            Actor member = persons.get(0);
            if (!meeting.participants.containsKey(member.ref())) {
                add(meeting, member, side);
                meeting.evidence.add(new Evidence(line, a.sentences.get(line).begin(), a.sentences.get(line).end(),
                        a.sentences.get(line).text(), confidence(meeting), "pattern:delegation_lines"));
            }
        }
    }

    /**
     * Each side named with who led or represented it: "A led the Kenyan side, while B led the Tanzanian side", "Kenya
     * was represented by A and B, while Tanzania was represented by C", "The Tanzanian delegation was led by C" — the
     * persons join the meeting just told (within ten sentences, this one included) on that country's side. A meeting
     * of the two countries alone ("Kenya and Tanzania held talks") takes its sides from them.
     */
    private void sidesLedOrRepresented(Sentence s, List<Actor> all, List<Draft> drafts) {
        int si = s.index();
        int n = s.tokens().size();
        Draft meeting = meetingToldLast(drafts, si, true);
        if (meeting == null) {
            // "The Delegation of the Republic of Uganda was led by A, accompanied by B, C. The Delegation of Ethiopia was
            // led by D, who was accompanied by E": two delegations, each led, in this sentence and the next, are the two
            // sides of a meeting the text names no other way (a joint commission's session).
            String here = delegationLedBy(si);
            String next = si + 1 < a.sentences.size() ? delegationLedBy(si + 1) : null;
            if (here == null || next == null || here.equals(next)) {
                return;
            }
            meeting = new Draft();
            meeting.type = EventType.MEETING;
            meeting.date = dates.dateFor(si, 0);
            meeting.participants.put(EntityRef.country(here), null);
            meeting.participants.put(EntityRef.country(next), null);
            drafts.add(meeting);
        }
        boolean added = false;
        Set<String> ledCountries = new java.util.HashSet<>();
        for (int k = 1; k + 3 < n; k++) {
            String w = a.lower(si, k);
            // "A led the Kenyan side": the person just before "led", the country after "the".
            if (Set.of("led", "headed").contains(w) && a.lower(si, k + 1).equals("the")
                    && Set.of("side", "delegation", "team").contains(a.lower(si, k + 3))) {
                Mention m = a.mentionAt(si, k + 2);
                final int verb = k;
                Actor leader = all.stream().filter(x -> x.isPerson() && x.last() == verb - 1 && x.via() != Actor.Via.PRONOUN)
                        .findFirst().orElse(null);
                if (m != null && m.isCountryLike() && m.iso3() != null && leader != null) {
                    added |= joinSide(meeting, leader, m.iso3());
                }
            }
            // "A … led Ghana's delegation to the meeting, while B, South Africa's Minister, led her country's delegation".
            if (Set.of("led", "headed").contains(w)) {
                final int verb = k;
                Actor leader = all.stream().filter(x -> x.isPerson() && x.last() < verb && x.via() != Actor.Via.PRONOUN && !x.possessive())
                        .reduce((first, second) -> second).orElse(null);
                Mention owner = a.mentionAt(si, k + 1);
                String iso3 = null;
                int noun = -1;
                if (owner != null && owner.first() == k + 1 && owner.isCountryLike() && owner.iso3() != null
                        && Set.of("'s", "\u2019s").contains(a.lower(si, owner.last() + 1))) {
                    iso3 = owner.iso3();
                    noun = owner.last() + 2;
                } else if (Set.of("her", "his", "their").contains(a.lower(si, k + 1)) && a.lower(si, k + 2).equals("country")
                        && Set.of("'s", "\u2019s").contains(a.lower(si, k + 3))) {
                    // "her country's": the meeting's other country, the one no side has yet.
                    List<String> open = meeting.participants.keySet().stream().filter(r -> r.kind() == EntityKind.COUNTRY)
                            .map(EntityRef::id).filter(c -> !ledCountries.contains(c)).toList();
                    iso3 = open.size() == 1 ? open.get(0) : null;
                    noun = k + 4;
                }
                if (iso3 != null && leader != null && Set.of("delegation", "side", "team").contains(a.lower(si, noun))) {
                    added |= joinSide(meeting, leader, iso3);
                    ledCountries.add(iso3);
                }
            }
            // "Kenya was represented by A and B", "The Tanzanian delegation was led by C": the list after "by".
            if (Set.of("was", "were").contains(w) && Set.of("represented", "led", "headed").contains(a.lower(si, k + 1))
                    && a.lower(si, k + 2).equals("by")) {
                int owner = Set.of("side", "delegation", "team").contains(a.lower(si, k - 1)) ? k - 2 : k - 1;
                Mention m = a.mentionAt(si, owner);
                if (m == null || !m.isCountryLike() || m.iso3() == null
                        || a.lower(si, k + 1).equals("represented") && owner != k - 1 && !a.lower(si, k - 1).equals("side")) {
                    continue;
                }
                int end = n;
                for (int j = k + 3; j < n; j++) {
                    if (Set.of("while", "whereas", ";", ".").contains(a.lower(si, j))) {
                        end = j;
                        break;
                    }
                }
                for (Actor x : all) {
                    if (x.isPerson() && x.first() > k + 2 && x.last() < end && x.via() != Actor.Via.PRONOUN && !x.possessive()) {
                        added |= joinSide(meeting, x, m.iso3());
                    }
                }
            }
        }
        if (added) {
            meeting.evidence.add(new Evidence(si, s.begin(), s.end(), s.text(), confidence(meeting), "pattern:sides_led"));
        }
    }

    /** The country of "the delegation of X was led by …" or "the X delegation was led by …" in sentence si, or null. */
    private String delegationLedBy(int si) {
        int n = a.sentences.get(si).tokens().size();
        for (int k = 1; k + 2 < n; k++) {
            if (!Set.of("was", "were").contains(a.lower(si, k)) || !Set.of("led", "headed").contains(a.lower(si, k + 1))
                    || !a.lower(si, k + 2).equals("by")) {
                continue;
            }
            Mention m = a.mentionAt(si, Set.of("side", "delegation", "team").contains(a.lower(si, k - 1)) ? k - 2 : k - 1);
            if (m == null || !m.isCountryLike() || m.iso3() == null) {
                continue;
            }
            for (int j = Math.max(0, m.first() - 4); j < m.first(); j++) {
                if (a.lower(si, j).equals("delegation")) {
                    return m.iso3();
                }
            }
            if (a.lower(si, k - 1).equals("delegation")) {
                return m.iso3();
            }
        }
        return null;
    }

    /** Adds a person to a meeting on the side of a country; a meeting of countries alone takes its sides from them. */
    private boolean joinSide(Draft meeting, Actor x, String iso3) {
        if (meeting.participants.containsKey(x.ref())) {
            return false;
        }
        String side = sideOfCountry(meeting, iso3);
        if (side == null && meeting.participants.values().stream().allMatch(java.util.Objects::isNull)) {
            EntityRef country = meeting.participants.keySet().stream()
                    .filter(r -> r.kind() == EntityKind.COUNTRY && r.id().equals(iso3)).findFirst().orElse(null);
            if (country == null) {
                return false;
            }
            for (Map.Entry<EntityRef, String> p : meeting.participants.entrySet()) {
                p.setValue(p.getKey().equals(country) ? Participant.SUBJECT : Participant.COUNTERPART);
            }
            side = Participant.SUBJECT;
        }
        if (side == null) {
            return false;
        }
        add(meeting, x, side);
        return true;
    }

    /** Whether the sentence names the meeting itself ("At the meeting, …", "… to the talks"). */
    private boolean namesMeeting(int si, int before) {
        for (int k = 0; k < before; k++) {
            if (ATTENDED_NOUNS.contains(a.lower(si, k)) && k > 0 && Set.of("the", "this").contains(a.lower(si, k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that end a list of those who joined one side: who is met after them is the other side. */
    private static final Set<String> MEETING_VERBS = Set.of("met", "meets", "held", "holds", "received", "receives",
            "hosted", "welcomed", "greeted", "visited", "called", "discussed");

    private static final Set<String> ATTENDED_NOUNS = Set.of("meeting", "talks", "discussions", "session", "meetings",
            "audience", "dinner", "luncheon", "lunch", "breakfast", "welcome", "reception");
    private static final Set<String> DELEGATION_VERBS = Set.of("featured", "included", "includes", "comprised",
            "comprises", "consisted", "included:", "including", "comprising");

    /**
     * "The meeting was attended by Sheikh A, Vice President; Sheikh B, Minister of the Interior; …", "Attending
     * the talks were A and B", "President X was joined by Prime Minister A; Minister B …", "After the meeting, they
     * were joined by Canada's Foreign Minister C", "The Commonwealth delegation also featured Director D", "X's office
     * said A and B were also present at the meeting", "… were also in the meeting", "… also participated", "The
     * delegation accompanying President X includes …", "The attending UK officials were …", "Present were …",
     * "Joining X on his visit were …", "At the meeting, X was accompanied by …": readouts
     * list who else sat in the meeting just told. Each named official joins that meeting on the side of the one
     * they joined, of their delegation or of their country; the pairs they make with the other side are meetings.
     */
    private void attendees(Sentence s, List<Actor> all, List<Draft> drafts) {
        int si = s.index();
        List<Token> t = s.tokens();
        int from = -1;
        int joinedAt = -1;
        int delegationAt = -1;
        int sideWordsEnd = -1;
        int accompanied = -1;
        int ownedNoun = -1;
        boolean tripOnly = false;
        for (int k = 0; k + 2 < t.size() && from < 0; k++) {
            boolean also = a.lower(si, k + 2).equals("also");
            int verb = also ? k + 3 : k + 2;
            // ("The talks were attended on the Saudi side by …": the side named between the verb and "by".)
            int by = verb + 1;
            if (a.lower(si, by).equals("on") && a.lower(si, by + 1).equals("the") && a.lower(si, by + 3).equals("side")) {
                by += 4;
            }
            // ("At the meeting, which was also attended by X, Minister of …": the noun before the relative clause.)
            boolean attendedNoun = ATTENDED_NOUNS.contains(a.lower(si, k)) || k >= 2 && Set.of("which", "that").contains(a.lower(si, k))
                    && a.lower(si, k - 1).equals(",") && ATTENDED_NOUNS.contains(a.lower(si, k - 2));
            // ("The meeting was chaired by Deputy Minister A and Deputy Minister of Uzbekistan B": those who chaired it.)
            if (attendedNoun && Set.of("was", "were").contains(a.lower(si, k + 1))
                    && Set.of("attended", "chaired", "co-chaired").contains(a.lower(si, verb)) && a.lower(si, by).equals("by") && k < 12) {
                from = by + 1;
                ownedNoun = k;
            }
            // "… holding meetings with diplomats and members of Congress. Among them was X, a Republican congressman":
            // one of those met, named after the group.
            if (k == 0 && a.lower(si, 0).equals("among") && a.lower(si, 1).equals("them")
                    && Set.of("was", "were").contains(a.lower(si, 2))) {
                from = 3;
            }
            // "Among those present were A and B", "Those present included C and D", "Those in attendance were …"
            int those = a.lower(si, 0).equals("among") ? 1 : 0;
            if (k == 0 && a.lower(si, those).equals("those")) {
                int after = a.lower(si, those + 1).equals("present") || a.lower(si, those + 1).equals("attending") ? those + 2
                        : a.lower(si, those + 1).equals("in") && a.lower(si, those + 2).equals("attendance") ? those + 3 : -1;
                if (after > 0 && Set.of("were", "was", "included", "include").contains(a.lower(si, after))) {
                    from = after + 1;
                }
            }
            // "Present were A and B": the meeting just told; "Also in attendance were A, Kenya's Foreign Minister, and B".
            if (k == 0 && a.lower(si, 0).equals("present") && Set.of("were", "was").contains(a.lower(si, 1))) {
                from = 2;
            }
            int inAttendance = a.lower(si, 0).equals("also") ? 1 : 0;
            if (k == 0 && a.lower(si, inAttendance).equals("in") && a.lower(si, inAttendance + 1).equals("attendance")
                    && Set.of("were", "was").contains(a.lower(si, inAttendance + 2))) {
                from = inAttendance + 3;
            }
            // "Leading the Tanzanian delegation was Foreign Minister A": that country's side.
            if (k == 0 && a.lower(si, 0).equals("leading")) {
                for (int j = 2; j < Math.min(t.size() - 1, 8); j++) {
                    if (Set.of("delegation", "side", "team").contains(a.lower(si, j - 1)) && Set.of("was", "were").contains(a.lower(si, j))) {
                        from = j + 1;
                        sideWordsEnd = j;
                        break;
                    }
                }
            }
            // "Attending the meeting were …", "Present at the talks were …"
            if (Set.of("attending", "present").contains(a.lower(si, k)) && k <= 1) {
                for (int j = k + 1; j < Math.min(t.size() - 1, k + 6); j++) {
                    if (ATTENDED_NOUNS.contains(a.lower(si, j)) && Set.of("were", "was").contains(a.lower(si, j + 1))) {
                        from = j + 2;
                        break;
                    }
                }
            }
            // "Philippine officials present were A, B …"
            if (k <= 2 && a.lower(si, k).equals("present") && Set.of("were", "was").contains(a.lower(si, k + 1))
                    && k >= 1 && Set.of("officials", "ministers", "members").contains(a.lower(si, k - 1))) {
                from = k + 2;
                sideWordsEnd = k + 1;
            }
            // "Kenyan officials at the meeting included A and B"
            if (k <= 2 && Set.of("officials", "ministers", "members").contains(a.lower(si, k)) && Set.of("at", "in").contains(a.lower(si, k + 1))
                    && a.lower(si, k + 2).equals("the") && ATTENDED_NOUNS.contains(a.lower(si, k + 3))
                    && Set.of("were", "included", "include", "includes", "are").contains(a.lower(si, k + 4))) {
                from = k + 5;
                sideWordsEnd = k + 4;
            }
            // "Accompanying the distinguished visitor were A, B …", "Also participating on the Cuban side were C, D …",
            // "Joining the minister on his visit were A and B"
            if (k == 0 && (Set.of("accompanying", "participating", "joining").contains(a.lower(si, 0))
                    || a.lower(si, 0).equals("taking") && a.lower(si, 1).equals("part")
                    || a.lower(si, 0).equals("also") && Set.of("participating", "present", "attending", "attended").contains(a.lower(si, 1)))) {
                // ("Also present at the call together with the Senior General were …": the verb can come 10 words in.)
                for (int j = 1; j < Math.min(t.size() - 1, 14); j++) {
                    if (Set.of("were", "was").contains(a.lower(si, j))) {
                        from = j + 1;
                        sideWordsEnd = j;
                        break;
                    }
                }
            }
            // "Malaysian government officials, who accompanied Yaakob during the visit are A, B …": the side of the one accompanied.
            if (from < 0 && k >= 1 && a.lower(si, k).equals("accompanied") && Set.of("who", "that").contains(a.lower(si, k - 1))) {
                for (int j = k + 2; j < Math.min(t.size() - 1, k + 12); j++) {
                    if (Set.of("are", "were", "include", "included", "includes").contains(a.lower(si, j))) {
                        from = j + 1;
                        sideWordsEnd = j;
                        accompanied = k;
                        break;
                    }
                }
            }
            // "On the American side, attendees included A, B …", "From the Palestinian side, attendees included …"
            if (k == 0 && Set.of("on", "from").contains(a.lower(si, 0)) && a.lower(si, 1).equals("the")) {
                for (int j = 2; j < Math.min(t.size() - 1, 7); j++) {
                    if (!a.lower(si, j).equals("side")) {
                        continue;
                    }
                    for (int v = j + 1; v < Math.min(t.size() - 1, j + 6); v++) {
                        if (Set.of("included", "includes", "were", "was", "comprised").contains(a.lower(si, v))) {
                            from = v + 1;
                            sideWordsEnd = v;
                            break;
                        }
                    }
                    break;
                }
            }
            // "The attending UK officials were A, B …", "Officials attending the talks included C": "attending"
            // among the first words, the list after its verb. ("Those officials are D, E …" was measured and left
            // out: which officials "those" are is told in the sentence before, often the hosts' welcoming line.)
            if (k == 0 && from < 0) {
                int attending = -1;
                for (int j = 0; j < Math.min(t.size(), 5); j++) {
                    if (a.lower(si, j).equals("attending")) {
                        attending = j;
                        break;
                    }
                }
                int after = attending >= 0 ? attending + 1 : -1;
                for (int j = after; j >= 0 && j < Math.min(t.size() - 1, after + 5); j++) {
                    if (a.lower(si, j).equals(",")) {
                        break;
                    }
                    if (Set.of("were", "was", "are", "included", "include", "includes").contains(a.lower(si, j))) {
                        from = j + 1;
                        sideWordsEnd = j;
                        break;
                    }
                }
            }
            // "Those with President X at the reception of the guest were A, B …": X's side, as if X was joined by them.
            if (k == 0 && a.lower(si, 0).equals("those") && a.lower(si, 1).equals("with")) {
                for (int j = 2; j < Math.min(t.size() - 1, 16); j++) {
                    if (a.lower(si, j).equals(",")) {
                        break;
                    }
                    if (Set.of("were", "was").contains(a.lower(si, j))) {
                        from = j + 1;
                        joinedAt = j;
                        break;
                    }
                }
            }
            // "X was joined by …", "they were also joined by …", "At the meeting, X was accompanied by A and B" (without
            // the meeting named, "The Prime Minister was accompanied by A" later in the story, or "He was accompanied
            // by B", tells of the trip: measured, readers of the tuning sets did not count those as having met the hosts)
            if (k < 12 && Set.of("was", "were").contains(a.lower(si, k + 1)) && Set.of("joined", "accompanied", "flanked").contains(a.lower(si, verb))
                    && a.lower(si, verb + 1).equals("by")) {
                from = verb + 2;
                joinedAt = k + 1;
                tripOnly = a.lower(si, verb).equals("accompanied") && !namesMeeting(si, verb);
            }
            // "The Commonwealth delegation also featured …", "The Indian delegation included …"
            // "… in honor of the Qatari official delegation that included …"
            int listVerb = Set.of("that", "which", "also", ",").contains(a.lower(si, k + 1)) ? k + 2 : k + 1;
            if (a.lower(si, k).equals("delegation") && Set.of("led", "headed").contains(a.lower(si, k + 1)) && a.lower(si, k + 2).equals("by")) {
                // "a Tanzanian delegation led by Foreign Minister A, which included B and C": the leader's side.
                for (int j = k + 3; j < Math.min(t.size() - 1, k + 16); j++) {
                    if (DELEGATION_VERBS.contains(a.lower(si, j)) && Set.of(",", "which", "that", "and").contains(a.lower(si, j - 1))) {
                        listVerb = j;
                        accompanied = k + 1;
                        break;
                    }
                    if (Set.of(";", ".").contains(a.lower(si, j)) || Set.of("met", "held", "signed", "said").contains(a.lower(si, j))) {
                        break;
                    }
                }
            }
            if (a.lower(si, k).equals("delegation") && a.lower(si, k + 1).equals("accompanying")) {
                // "The delegation accompanying President X includes …": the verb after the one accompanied.
                for (int j = k + 2; j < Math.min(t.size() - 1, k + 10); j++) {
                    if (DELEGATION_VERBS.contains(a.lower(si, j))) {
                        listVerb = j;
                        accompanied = k + 1;
                        break;
                    }
                    if (Set.of(",", ";", ".").contains(a.lower(si, j))) {
                        break;
                    }
                }
            }
            if (a.lower(si, k).equals("delegation") && DELEGATION_VERBS.contains(a.lower(si, listVerb))) {
                from = listVerb + 1;
                delegationAt = k;
                if (accompanied >= 0) {
                    sideWordsEnd = listVerb;
                }
            }
        }
        int activeEnd = -1;
        for (int k = 1; from < 0 && k + 2 < t.size(); k++) {
            // "Uganda's State Minister for International Affairs, X, among others, attended the meeting."
            if (Set.of("attended", "joined").contains(a.lower(si, k)) && a.lower(si, k + 1).equals("the")
                    && ATTENDED_NOUNS.contains(a.lower(si, k + 2)) && !modal(si, k - 1)) {
                from = 0;
                activeEnd = k;
            }
            // "A, B and C were also present at the meeting", "… present in the meetings.", "… were also in the
            // meeting", "… were at the talks", "… were also in attendance"
            int present = a.lower(si, k + 1).equals("also") ? k + 2 : k + 1;
            int at = a.lower(si, present).equals("present") ? present + 1 : present;
            boolean attendedIt = Set.of("at", "in").contains(a.lower(si, at)) && a.lower(si, at + 1).equals("the")
                    && ATTENDED_NOUNS.contains(a.lower(si, at + 2))
                    || a.lower(si, at).equals("in") && a.lower(si, at + 1).equals("attendance");
            if (from < 0 && Set.of("was", "were").contains(a.lower(si, k)) && attendedIt && !modal(si, k - 1)) {
                from = 0;
                activeEnd = k;
            }
            // "A, the vice minister for Latin America, and B also participated.", "C and D also took part in the talks."
            int took = a.lower(si, k).equals("also") ? k + 1 : k;
            int partEnd = a.lower(si, took).equals("participated") ? took + 1
                    : a.lower(si, took).equals("took") && a.lower(si, took + 1).equals("part") ? took + 2 : -1;
            if (from < 0 && partEnd > 0 && (Set.of(".", ";").contains(a.lower(si, partEnd)) || partEnd == t.size()
                    || a.lower(si, partEnd).equals("in") && a.lower(si, partEnd + 1).equals("the")
                    && ATTENDED_NOUNS.contains(a.lower(si, partEnd + 2)))) {
                from = 0;
                activeEnd = k;
            }
        }
        if (activeEnd > 0) {
            // "X's office said First Vice-President A and B were also present at the meeting": the list is what the
            // reporting verb says, after it.
            for (int k = activeEnd - 1; k >= 0; k--) {
                if (REPORTING.contains(a.lower(si, k))) {
                    from = a.lower(si, k + 1).equals("that") ? k + 2 : k + 1;
                    break;
                }
            }
        }
        if (from < 0) {
            return;
        }
        Draft meeting = meetingToldLast(drafts, si, true);
        if (meeting == null) {
            return;
        }
        String joinedSide = null;
        boolean sideKnown = false;
        if (joinedAt >= 0) {
            // The one joined: a participant named before "was joined" ("they" leaves the side open).
            Actor joinedOne = null;
            for (Actor x : all) {
                if (x.last() < joinedAt && meeting.participants.containsKey(x.ref())) {
                    joinedOne = x;
                }
            }
            int toldIn = meeting.evidence.isEmpty() ? -1 : meeting.evidence.get(0).sentence();
            if (tripOnly && toldIn != si && (joinedOne == null || joinedOne.via() == Actor.Via.PRONOUN || si - toldIn != 1)) {
                // "The Tanzanian leader was accompanied by A and B" in the sentence after the meeting, the one accompanied
                // named, or "X, who was accompanied by A and B, held talks with Y" in the meeting's own: they were at it.
                // Later, or of "He", it tells of the trip.
                return;
            }
            if (joinedOne != null) {
                joinedSide = meeting.participants.get(joinedOne.ref());
                sideKnown = true;
                if (joinedSide == null) {
                    // "President X [met a team from Y]. X was joined by A, B …": X and those who joined him are one
                    // side, the rest of the meeting the other.
                    joinedSide = Participant.SUBJECT;
                    for (Map.Entry<EntityRef, String> p : meeting.participants.entrySet()) {
                        if (p.getValue() == null) {
                            p.setValue(p.getKey().equals(joinedOne.ref()) ? Participant.SUBJECT : Participant.COUNTERPART);
                        }
                    }
                }
            }
            final int joined = joinedAt;
            if (!sideKnown && all.stream().anyMatch(x -> x.isPerson() && x.last() < joined)) {
                return;   // "Y was joined by …": someone who was not in the meeting
            }
        }
        if (delegationAt >= 0) {
            // "The Commonwealth delegation": the participant that is that body or country, or one of its officials.
            int o = delegationAt - 1;
            while (o > 0 && Sides.DELEGATION_MODIFIERS.contains(a.lower(si, o))) {
                o--;
            }
            Mention owner = a.mentionAt(si, o);
            if (owner == null && hasWord(si, o, delegationAt, Set.of("presidential", "visiting", "guest's", "visitor's"))) {
                // "The Presidential delegation includes …" in a story of a president's visit: the visitor's side.
                joinedSide = visitorsSide(meeting);
                sideKnown = joinedSide != null;
            }
            for (Map.Entry<EntityRef, String> p : meeting.participants.entrySet()) {
                PersonCluster c = meeting.persons.get(p.getKey());
                String of = c == null ? p.getKey().id() : c.country() != null ? c.country() : c.organization();
                boolean body = owner != null && owner.entry() != null && owner.entry().organization() != null;
                if (owner != null && of != null && (body ? of.equals(owner.entry().organization().id()) : of.equals(owner.iso3()))) {
                    joinedSide = p.getValue();
                    sideKnown = true;
                }
            }
        }
        if (sideWordsEnd > 0) {
            // "on the Cuban side": that country's participant; "the (distinguished) visitor": the visitor's side.
            for (int k = 0; k < sideWordsEnd && !sideKnown; k++) {
                Mention m = a.mentionAt(si, k);
                // ("UK officials", "the attending Ghanaian officials": the officials of a country named before the list.)
                if (m != null && m.isCountryLike() && m.iso3() != null && (a.lower(si, m.last() + 1).equals("side")
                        || a.lower(si, m.last() + 1).equals("officials"))) {
                    joinedSide = sideOfCountry(meeting, m.iso3());
                    sideKnown = joinedSide != null;
                }
                if (Set.of("visitor", "guest").contains(a.lower(si, k)) && a.lower(si, 0).equals("accompanying")) {
                    joinedSide = visitorsSide(meeting);
                    sideKnown = joinedSide != null;
                }
            }
            // "Accompanying the Crown Prince during the reception were …": the side of the one accompanied.
            for (Actor x : all) {
                if (!sideKnown && (Set.of("accompanying", "joining").contains(a.lower(si, 0)) || accompanied >= 0 && x.first() > accompanied)
                        && x.isPerson() && x.last() < sideWordsEnd && meeting.participants.get(x.ref()) != null) {
                    joinedSide = meeting.participants.get(x.ref());
                    sideKnown = true;
                }
            }
        }
        if (!sideKnown && ownedNoun > 0) {
            // "Chavez's welcome was attended by A, B": the side of the one whose welcome, meeting or dinner it was.
            for (Actor x : all) {
                if (x.isPerson() && x.possessive() && x.last() >= ownedNoun - 2 && x.last() < ownedNoun
                        && meeting.participants.get(x.ref()) != null) {
                    joinedSide = meeting.participants.get(x.ref());
                    sideKnown = true;
                }
            }
        }
        final boolean explicitSide = sideKnown;
        final int start = from;
        // "…, said Steve Doe, U.S. undersecretary": the list ends where the one reporting it is named.
        int stop = activeEnd >= 0 ? activeEnd : t.size();
        for (int k = from; k < stop; k++) {
            // (Nor past "while"/"whereas": "A was accompanied by B, while C was flanked by D" is another side's list.)
            if (REPORTING.contains(a.lower(si, k)) || Set.of("while", "whereas").contains(a.lower(si, k))
                    || joinedAt >= 0 && MEETING_VERBS.contains(a.lower(si, k))) {
                stop = k;
                break;
            }
        }
        final int end = stop;
        boolean added = false;
        List<EntityRef> unsided = new ArrayList<>();
        int sided = 0;
        // A list that names counterparts ("A and his US counterpart B, Foreign Secretary C …") names both sides.
        boolean bothSides = false;
        for (int k = start; k < Math.min(end, t.size()); k++) {
            bothSides |= a.lower(si, k).startsWith("counterpart");
        }
        String lastSide = null;
        for (Actor x : all) {
            if (x.first() > end) {
                break;
            }
            // Officials only: "Sheikh A; Sheikh B" without a title are family or retinue, not a side of the talks.
            // (A list on a named side, "Accompanying the visitor were …", names its officials without their titles.)
            if (x.isPerson() && x.first() >= start && !x.possessive() && !x.quoted() && x.via() != Actor.Via.PRONOUN
                    && (x.person().title() != null || explicitSide && sideWordsEnd > 0) && !meeting.participants.containsKey(x.ref())) {
                String side = sideKnown ? joinedSide : sideOfCountry(meeting, x.person().country());
                if (side == null && !sideKnown && x.person().country() == null && !bothSides) {
                    // "The Venezuelan ambassador to Mexico, A, and the vice minister B also participated": one of no known
                    // country named after one of a side goes on with that side's list. (Named before any of a known
                    // side, as in "Also present were Foreign Minister A; Tanzanian Foreign Minister B", he is left open.)
                    side = lastSide;
                }
                add(meeting, x, side);
                if (side == null && !sideKnown) {
                    unsided.add(x.ref());
                } else {
                    sided++;
                    lastSide = side;
                }
                added = true;
            }
        }
        Set<String> listedCountries = new java.util.HashSet<>();
        for (EntityRef x : unsided) {
            PersonCluster c = meeting.persons.get(x);
            if (c != null && c.country() != null) {
                listedCountries.add(c.country());
            }
        }
        if (unsided.size() >= 2 && sided == 0 && listedCountries.size() <= 1) {
            // Listed together, none of a known side: one group, not a meeting among themselves (a readout lists its
            // own side, named first). A list that mixes both sides ("A and his US counterpart B") leaves them open.
            // "The talks were attended on the Saudi side by …; On the Jordanian side, … by …": a second country's
            // list is the other side of the first.
            String side = Participant.SUBJECT;
            String country = listedCountries.isEmpty() ? null : listedCountries.iterator().next();
            for (Map.Entry<EntityRef, String> p : meeting.participants.entrySet()) {
                PersonCluster c = meeting.persons.get(p.getKey());
                if (country != null && p.getValue() != null && c != null && c.country() != null && !unsided.contains(p.getKey())) {
                    side = c.country().equals(country) ? p.getValue()
                            : Participant.SUBJECT.equals(p.getValue()) ? Participant.COUNTERPART : Participant.SUBJECT;
                    break;
                }
            }
            for (EntityRef x : unsided) {
                meeting.participants.put(x, side);
            }
        }
        if (added) {
            meeting.evidence.add(new Evidence(si, s.begin(), s.end(), s.text(), confidence(meeting), "pattern:meeting_attendees"));
        }
    }

    /** The side of the meeting's visitor: the counterpart of a host who received ("X received Y"), when the sides are known. */
    private String visitorsSide(Draft meeting) {
        EntityRef visitor = lastVisit == null ? null : lastVisit.participants.entrySet().stream()
                .filter(p -> "visitor".equals(p.getValue()) && meeting.participants.containsKey(p.getKey()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (visitor != null && meeting.participants.get(visitor) != null) {
            // "X was accorded a warm welcome by A and B": the visitor of the visit just told has a side of his own.
            return meeting.participants.get(visitor);
        }
        if (meeting.participants.containsValue(Participant.COUNTERPART)) {
            return Participant.COUNTERPART;
        }
        // No sides yet: the visitor of the visit just told is one, the others of the meeting the hosts.
        if (visitor == null) {
            return null;
        }
        for (Map.Entry<EntityRef, String> p : meeting.participants.entrySet()) {
            if (p.getValue() == null) {
                p.setValue(p.getKey().equals(visitor) ? Participant.COUNTERPART : Participant.SUBJECT);
            }
        }
        return Participant.COUNTERPART;
    }

    /** The side of the meeting's participant of that country (a person of it, or the country itself), else none. */
    private static String sideOfCountry(Draft meeting, String country) {
        if (country == null) {
            return null;
        }
        for (Map.Entry<EntityRef, String> p : meeting.participants.entrySet()) {
            PersonCluster c = meeting.persons.get(p.getKey());
            if (p.getValue() != null && (c != null ? country.equals(c.country()) : country.equals(p.getKey().id()))) {
                return p.getValue();
            }
        }
        return null;
    }

    // "received the accreditation letters of five new ambassadors … A, B and C were accredited"
    private static final Set<String> CREDENTIAL_WORDS = Set.of("credentials", "credence", "credential", "accreditation",
            "accredited");
    private static final Set<String> RECEIVING = Set.of("received", "receives", "receive", "accepted", "accepts");
    private static final Set<String> CONTINUING = Set.of("additionally", "also", "moreover", "furthermore");
    private static final Set<String> LIST_VERBS = Set.of("include", "included", "includes", "are", "were");
    private static final Set<String> ENVOY_NOUNS = Set.of("diplomats", "ambassadors", "envoys", "dignitaries");

    /**
     * "The ambassadors who presented their credentials to President X included A from Ruritania, B of Freedonia
     * and C": each envoy of a credentials ceremony met the one who received them, one meeting each (no trigger
     * word stands before each name). The one who receives them is named after "credentials to", or is the
     * subject of "received" in this sentence or the one before ("President X received credentials from six
     * ambassadors. The ambassadors who presented them include …"); a next sentence that opens with
     * "Additionally" goes on with the list.
     */
    private List<Draft> credentialsCeremony(Sentence s, List<Actor> all) {
        int si = s.index();
        List<Token> t = s.tokens();
        int at = -1;
        for (int k = 0; k < t.size() && at < 0; k++) {
            if (CREDENTIAL_WORDS.contains(t.get(k).lower()) && !a.quoted.get(si)[k]) {
                at = k;
            }
        }
        // "… received credentials from five new ambassadors. The diplomats included A, B (Poland) and C (Angola)."
        // "… has received the letters of credence of new envoys from five countries. They include A, B and C."
        boolean theyList = t.size() > 2 && a.lower(si, 0).equals("they") && LIST_VERBS.contains(a.lower(si, 1));
        int noun = a.lower(si, 1).equals("new") ? 2 : 1;
        // ("The envoys congratulated the President …" lists no one: the noun must be followed by its list.)
        boolean listAfter = at < 0 && si > 0 && t.size() > 2 && (a.lower(si, 0).equals("the")
                && ENVOY_NOUNS.contains(a.lower(si, noun)) && (LIST_VERBS.contains(a.lower(si, noun + 1))
                || Set.of("who", "comprised", "comprise").contains(a.lower(si, noun + 1))) || theyList)
                && a.sentences.get(si - 1).tokens().stream().anyMatch(x -> CREDENTIAL_WORDS.contains(x.lower()));
        // "… the President told the envoys who included A (India), B (Colombia) …", sentences after the credentials.
        int envoysWho = -1;
        for (int k = 1; at < 0 && !listAfter && k + 2 < t.size() && envoysWho < 0; k++) {
            if (ENVOY_NOUNS.contains(a.lower(si, k)) && (a.lower(si, k + 1).equals("who") && LIST_VERBS.contains(a.lower(si, k + 2))
                    || Set.of("including", "included").contains(a.lower(si, k + 1)))) {
                envoysWho = k;
            }
        }
        boolean ceremonyBefore = false;
        for (int back = si - 1; envoysWho >= 0 && back >= 0 && back >= si - 8 && !ceremonyBefore; back--) {
            ceremonyBefore = a.sentences.get(back).tokens().stream().anyMatch(x -> CREDENTIAL_WORDS.contains(x.lower()));
        }
        if (at < 0 && !listAfter && !ceremonyBefore) {
            return List.of();
        }
        if (listAfter) {
            at = 0;
        }
        if (ceremonyBefore) {
            at = envoysWho;
            listAfter = true;
        }
        for (int k = 0; k < at; k++) {
            // (Not a plan in the words quoted: "'We will continue to interact,' the President told the envoys …")
            if (modal(si, k) && !a.quoted.get(si)[k]) {
                return List.of();
            }
        }
        Actor receiver = ceremonyBefore ? subjectBefore(si, at, all) : receiverOfCredentials(si, at, all);
        // "Envoys of four states presented their credentials to President X at a ceremony. … The envoys who presented
        // their credentials were A, B and C": the one who received them is named a few sentences before.
        for (int back = si - 1; receiver == null && back >= 0 && back >= si - (ceremonyBefore ? 8 : 3); back--) {
            int credentials = -1;
            for (int k = 0; k < a.sentences.get(back).tokens().size(); k++) {
                if (CREDENTIAL_WORDS.contains(a.lower(back, k))) {
                    credentials = k;
                }
            }
            receiver = credentials < 0 ? null : receiverOfCredentials(back, credentials, actors.actors(back));
        }
        if (receiver == null || !receiver.isPerson()) {
            return List.of();
        }
        final Actor host = receiver;
        final int from = at;
        List<Actor> envoys = new ArrayList<>(all.stream().filter(x -> x.isPerson() && x.first() > from && !x.possessive()
                && !x.quoted() && x.person() != host.person() && x.via() != Actor.Via.PRONOUN).toList());
        if (envoys.isEmpty() && !listAfter) {
            // "The Ambassador of Mauritania, A, and the Bangladeshi Ambassador, B, also presented their letters of
            // credence to the president": the envoys are the subject, before the credentials.
            envoys.addAll(all.stream().filter(x -> x.isPerson() && x.last() < from && !x.possessive() && !x.quoted()
                    && x.person() != host.person() && x.via() != Actor.Via.PRONOUN && "DIPLOMAT".equals(x.person().rank)).toList());
        }
        if (envoys.isEmpty() && t.size() > 1 && a.lower(si, t.size() - 1).equals(":")) {
            // "The following new heads of mission presented their credentials:" / "His Excellency A" / "Ambassador of
            // Slovenia" / "Her Excellency B" / …: one line a name, one line a title, until a line that is neither.
            for (int line = si + 1; line < a.sentences.size() && a.sentences.get(line).tokens().size() <= 14; line++) {
                final int l = line;
                List<Actor> named = actors.actors(line).stream().filter(x -> x.isPerson() && x.via() == Actor.Via.NAME
                        && !x.quoted() && x.person() != host.person()).toList();
                boolean titleLine = a.titleStartingAt(l, 0) != null;
                if (named.isEmpty() && !titleLine) {
                    break;
                }
                envoys.addAll(named);
            }
        }
        if (si + 1 < a.sentences.size() && CONTINUING.contains(a.lower(si + 1, 0))) {
            actors.actors(si + 1).stream().filter(x -> x.isPerson() && !x.possessive() && !x.quoted() && x.person() != host.person()
                    && x.via() != Actor.Via.PRONOUN && "DIPLOMAT".equals(x.person().rank)).forEach(envoys::add);
        }
        List<Draft> out = new ArrayList<>();
        Set<PersonCluster> seen = new java.util.HashSet<>();
        for (Actor envoy : envoys) {
            if (!seen.add(envoy.person())) {
                continue;
            }
            Draft d = oneToOne(s, at, host, envoy, "pattern:credentials_ceremony");
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** The meeting told last, in the ten sentences before sentence si (or in si itself, when {@code here}), or null. */
    private static Draft meetingToldLast(List<Draft> drafts, int si, boolean here) {
        for (int k = drafts.size() - 1; k >= 0; k--) {
            Draft d = drafts.get(k);
            int at = d.evidence.isEmpty() ? -1 : d.evidence.get(0).sentence();
            if (d.type == EventType.MEETING && (here ? at <= si : at < si) && si - at <= 10) {
                return d;
            }
        }
        return null;
    }

    /** A meeting of the host with one visitor of another country, told in sentence s, or null. */
    private Draft oneToOne(Sentence s, int at, Actor host, Actor visitor, String rule) {
        Draft d = new Draft();
        d.type = EventType.MEETING;
        d.date = dates.dateFor(s.index(), at);
        add(d, host, Participant.SUBJECT);
        add(d, visitor, Participant.COUNTERPART);
        if (!international(d)) {
            return null;
        }
        d.evidence.add(new Evidence(s.index(), s.begin(), s.end(), s.text(), confidence(d), rule));
        return d;
    }

    private static final Set<String> CALLERS = Set.of("ambassadors", "envoys", "diplomats", "missions", "heads", "dignitaries",
            "delegations", "ministers", "commissioners");

    /**
     * "The Heads of Missions that paid courtesy calls to the High Commissioner included: Ambassador of Oman (A); Ambassador
     * of Latvia (B) …", "The ambassadors who called on President X were A, B and C": each one listed met the one they
     * called on, one meeting each.
     */
    private List<Draft> callersListed(Sentence s, List<Actor> all) {
        int si = s.index();
        int n = s.tokens().size();
        int who = -1;
        for (int k = 1; k < Math.min(n, 8) && who < 0; k++) {
            if (Set.of("that", "who").contains(a.lower(si, k)) && CALLERS.contains(a.lower(si, k - 1))) {
                who = k;
            }
        }
        if (who < 0) {
            return List.of();
        }
        int called = -1;
        if (a.lower(si, who + 1).equals("paid") && Set.of("courtesy", "a").contains(a.lower(si, who + 2))) {
            for (int k = who + 3; k < Math.min(n, who + 6); k++) {
                if (Set.of("to", "on").contains(a.lower(si, k))) {
                    called = k + 1;
                    break;
                }
            }
        } else if (a.lower(si, who + 1).equals("called") && a.lower(si, who + 2).equals("on")) {
            called = who + 3;
        }
        if (called < 0) {
            return List.of();
        }
        int list = -1;
        for (int k = called; k < Math.min(n, called + 16) && list < 0; k++) {
            if (Set.of("included", "include", "includes", "were", "are").contains(a.lower(si, k))) {
                list = a.lower(si, k + 1).equals(":") ? k + 2 : k + 1;
            }
        }
        final int callee = called;
        final int listed = list;
        Actor host = list < 0 ? null : all.stream().filter(x -> x.isPerson() && x.first() >= callee && x.first() < listed
                && !x.possessive() && !x.quoted()).findFirst().orElse(null);
        for (int k = callee; host == null && list > 0 && k < listed; k++) {
            // "the Samoa High Commissioner": the one of the article who holds that title, named before.
            Mention title = a.titleStartingAt(si, k);
            if (title == null) {
                continue;
            }
            // (With two holders, the one of the country named before the title: "the Samoa High Commissioner".)
            Mention owner = a.mentionAt(si, k - 1);
            String ownerCountry = owner != null && owner.last() == k - 1 && owner.isCountryLike() ? owner.iso3() : null;
            List<PersonCluster> holders = new ArrayList<>();
            for (PersonCluster c : a.persons) {
                if (c.title() != null && PersonResolver.sameOffice(c.title(), title.title().canonical())) {
                    holders.add(c);
                }
            }
            if (holders.size() > 1 && ownerCountry != null) {
                holders.removeIf(c -> !ownerCountry.equals(c.country()));
            }
            PersonCluster holder = holders.size() == 1 ? holders.get(0) : null;
            if (holder != null) {
                host = new Actor(si, EntityRef.person(holder.id()), holder, k, title.last(), false, false, Actor.Via.BACK_REFERENCE);
            }
        }
        if (host == null) {
            return List.of();
        }
        List<Draft> out = new ArrayList<>();
        for (Actor caller : all) {
            if (!caller.isPerson() || caller.first() < listed || caller.possessive() || caller.quoted()
                    || caller.via() == Actor.Via.PRONOUN || caller.person() == host.person()) {
                continue;
            }
            Draft d = oneToOne(s, callee, host, caller, "pattern:callers_listed");
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** "… the President told the envoys who included …": the person (or titled reference) before the envoys. */
    private Actor subjectBefore(int si, int at, List<Actor> all) {
        return all.stream().filter(x -> x.isPerson() && x.last() < at && !x.possessive() && !x.quoted())
                .reduce((first, second) -> second).orElse(null);
    }

    /** The person named after "credentials to", or the subject of "received" before them, in sentence {@code si}. */
    private Actor receiverOfCredentials(int si, int at, List<Actor> all) {
        // "… were accredited by His Excellency, President X"
        if (a.lower(si, at).equals("accredited") && a.lower(si, at + 1).equals("by")) {
            Actor by = objectPerson(si, at + 2, all, true);
            if (by != null) {
                return by;
            }
        }
        for (int k = at + 1; k <= Math.min(at + 3, a.sentences.get(si).tokens().size() - 1); k++) {
            if (a.lower(si, k).equals("to")) {
                Actor to = objectPerson(si, k + 1, all, true);
                if (to != null) {
                    return to;
                }
            }
        }
        return subjectOfReceiving(si, at, all);
    }

    /** "President X received the letters of credence …": the person before a verb of receiving, before token {@code at}. */
    private Actor subjectOfReceiving(int si, int at, List<Actor> all) {
        for (int k = at - 1; k >= 0; k--) {
            if (RECEIVING.contains(a.lower(si, k))) {
                final int verb = k;
                return all.stream().filter(x -> x.isPerson() && x.last() < verb && !x.possessive() && !x.quoted())
                        .reduce((first, second) -> second).orElse(null);
            }
        }
        return null;
    }

    private static final Set<String> SPEAKING_VERBS = Set.of("spoke", "speaks", "speak", "spoken", "talked", "talks");
    private static final Set<String> LINE_WORDS = Set.of("phone", "telephone", "telephonic", "video", "virtually", "line");
    private static final Set<String> IN_PERSON_WORDS = Set.of("meeting", "meetings", "met", "visit", "visiting", "received",
            "hosted", "sidelines");

    /** A word before the trigger in its sentence that has the persons together in one place. */
    private boolean inPersonBefore(int si, int start) {
        for (int k = 0; k < start; k++) {
            if (IN_PERSON_WORDS.contains(a.lower(si, k))) {
                return true;
            }
        }
        return false;
    }

    private Draft build(Sentence s, Triggers.Trigger trigger, int start, int end, List<Actor> all) {
        int si = s.index();
        int[] clause = Clauses.around(s.tokens(), start);
        if (a.quoted.get(si)[start] || !real(s, trigger, start, clause) || countOfTimes(si, end)) {
            return null;
        }
        Actor object = !trigger.needsObjectPerson() ? null : trigger.objectAfter() != null
                ? personAfter(trigger.objectAfter(), s, end, all) : objectPerson(si, end + 1, all, trigger.directObject());
        if (trigger.needsObjectPerson() && object == null) {
            return null;
        }
        // "Mahama paid Tinubu a courtesy visit": paid a person a visit or a call, not a compliment.
        if (trigger.words().equals(List.of("paid"))
                && !hasWord(si, object.last() + 1, Math.min(s.tokens().size(), object.last() + 5), Set.of("visit", "call"))) {
            return null;
        }
        // "Milei called Lula a 'corrupt communist'" names, it does not telephone.
        if (trigger.type() == EventType.CALL && trigger.words().equals(List.of("called"))
                && NAMING.contains(a.lower(si, object.last() + 1))
                // "called Lula on Sunday night" is a call: "on" before a day or date says when.
                && !(a.lower(si, object.last() + 1).equals("on") && DAY_WORDS.matcher(a.lower(si, object.last() + 2)).matches())) {
            return null;
        }
        // "called on Prime Minister X to resign" urges; "called on Prime Minister X to congratulate him" visits.
        if (trigger.words().equals(List.of("called", "on")) && a.lower(si, object.last() + 1).equals("to")
                && !COURTESY_PURPOSES.contains(a.lower(si, object.last() + 2))) {
            return null;
        }
        if (trigger.words().size() >= 2 && Set.of("was", "were").contains(trigger.words().get(0))
                && Set.of("welcomed", "greeted").contains(trigger.words().get(1)) && thingWelcomed(si, clause[0], start)) {
            // "The decision of President X was welcomed by Y": a thing welcomed, no visitor.
            return null;
        }
        if (trigger.words().equals(List.of("hosted", "by")) && !hasWord(si, Math.max(0, start - 3), start, MEALS)) {
            // "the luncheon hosted by X": those at a meal met its host; "the summit hosted by X" says nothing of it.
            return null;
        }
        if (trigger.words().size() == 3 && trigger.words().get(1).equals("hosted")
                && (Set.of("which", "that").contains(a.lower(si, start - 1)) || hasWord(si, clause[0], start, GATHERINGS))) {
            // "the summit, which was hosted by President X": a gathering was hosted, not the person before it.
            return null;
        }
        if (trigger.words().size() == 1 && HOSTING.contains(trigger.words().get(0)) && a.lower(si, end + 1).equals("by")
                && hasWord(si, Math.max(clause[0], start - 6), start, GATHERINGS)) {
            // "a summit of South American leaders being hosted by President X": X hosts a gathering, and meets no one
            // by that.
            return null;
        }
        Draft d = new Draft();
        d.type = trigger.type();
        // "held meetings at the Mansion in Athens, where he spoke with Prime Minister X": speaking without a
        // line, in a sentence that has them meet, is a meeting.
        if (d.type == EventType.CALL && SPEAKING_VERBS.contains(trigger.words().get(0))
                && trigger.words().stream().noneMatch(LINE_WORDS::contains) && inPersonBefore(si, start)) {
            d.type = EventType.MEETING;
        }
        d.date = dates.dateFor(si, start);
        if (trigger.type() == EventType.VISIT) {
            if (!buildVisit(s, d, start, end, clause, all)) {
                return null;
            }
        } else if (trigger.type() == EventType.DELIVERY) {
            if (!buildDelivery(s, d, start, end, clause, all)) {
                return null;
            }
        } else {
            List<Actor> chosen = participants(all, clause[0], clause[1], start);
            if (trigger.words().size() == 2 && SUBORDINATORS.contains(trigger.words().get(0))
                    && chosen.stream().noneMatch(x -> x.isPerson() && x.last() < start)
                    && chosen.stream().anyMatch(x -> x.isPerson() && x.first() > end)) {
                // "Fico said this after meeting American ambassador A and Russian ambassador B": the one who met
                // them is the subject of the sentence, and those met are one side.
                Actor subject = all.stream().filter(x -> x.isPerson() && x.last() < start && !x.possessive() && !x.quoted())
                        .findFirst().orElse(null);
                if (subject != null) {
                    List<Actor> withSubject = new ArrayList<>();
                    withSubject.add(subject);
                    withSubject.addAll(chosen);
                    chosen = withSubject;
                }
            }
            if (Set.of("which", "that").contains(a.lower(si, clause[0])) && a.lower(si, start - 1).equals("and")
                    && chosen.stream().noneMatch(x -> x.isPerson() && x.last() < start)) {
                // "X visited a school which works with the British Council and held meetings with A, B": the
                // relative clause ends at "and"; who held the meetings is the sentence's subject, not the school.
                Actor subject = all.stream().filter(x -> x.isPerson() && x.last() < clause[0] && !x.possessive() && !x.quoted())
                        .findFirst().orElse(null);
                if (subject != null) {
                    List<Actor> withSubject = new ArrayList<>(List.of(subject));
                    withSubject.addAll(chosen);
                    chosen = withSubject;
                }
            }
            boolean commission = trigger.words().contains("commission");
            for (int k = end; k < Math.min(s.tokens().size(), end + 5) && trigger.type() == EventType.MEETING; k++) {
                commission |= a.lower(si, k).equals("commission");   // "the meeting of the Joint Commission"
            }
            if (commission) {
                // "the joint commission … that they co-chaired in the virtual format": held online, no meeting in person.
                for (int k = 0; k < s.tokens().size(); k++) {
                    if (Set.of("virtual", "virtually", "video", "videoconference", "online").contains(a.lower(si, k))) {
                        return null;
                    }
                }
            }
            int betweenAt = a.lower(si, end).equals("between") ? end : a.lower(si, end + 1).equals("between") ? end + 1 : -1;
            if (betweenAt > 0 && a.lower(si, betweenAt + 1).equals("the")
                    && Set.of("presidents", "leaders", "ministers", "heads", "premiers", "prime", "foreign", "two")
                            .contains(a.lower(si, betweenAt + 2))) {
                // "… follow a telephone conversation between the presidents of the two countries": its parties are
                // named by their offices only, not by the persons elsewhere in the sentence.
                return null;
            }
            if (countPersons(chosen) < 2) {
                // The whole sentence — but not past a contrast: "met with A but could not meet B" says nothing
                // of a meeting with B.
                int to = clause[1] < s.tokens().size() && CONTRASTS.contains(a.lower(si, clause[1])) ? clause[1] : s.tokens().size();
                // Nor into a clause of what is still to come: "She was received by A and is en route to State House,
                // where she will be received by B" says nothing yet of a meeting with B.
                for (int k = clause[1]; k < to; k++) {
                    if (modal(si, k)) {
                        to = clause[1];
                        break;
                    }
                }
                chosen = participants(all, 0, to, start);
            }
            if (Set.of("at", "in").contains(trigger.words().get(0)) && (a.lower(si, start - 1).equals("present")
                    || Set.of("was", "were", "officials", "ministers", "members").contains(a.lower(si, start - 1))
                    || a.lower(si, start - 1).equals("also") && Set.of("was", "were").contains(a.lower(si, start - 2)))) {
                // "A and B were also present at the meeting": they joined a meeting told before (attendees), no pair.
                return null;
            }
            if (Set.of("during", "at").contains(trigger.words().get(0)) && countPersons(chosen) < 2) {
                // "During the meeting, X shared the priorities of the G20", "…, the United States welcomed
                // Indonesia's wish": one person or two countries speaking of a meeting told before, no pair of its own.
                return null;
            }
            Actor principal = headlinePrincipal(si, start, end, chosen);
            if (principal != null) {
                add(d, principal, Participant.SUBJECT);
                chosen.stream().filter(Actor::isPerson).forEach(x -> add(d, x, Participant.COUNTERPART));
                chosen = List.of();
            }
            // "a picture of the meeting of President A and Prime Minister B": those after "of" are its parties,
            // not the one who speaks of it.
            boolean ofParties = trigger.words().equals(List.of("meeting", "of"));
            if (trigger.directObject() && !ofParties) {
                // "X spoke with Y to discuss the call between A and B": Y is the other side, not A or B — but
                // "sitdown with Shoukry and President Sisi" lists two.
                List<Actor> objects = objectList(si, object, all);
                chosen = chosen.stream().filter(x -> !x.isPerson() || x.last() < start || objects.contains(x)).toList();
            }
            // "A and B held talks …, with the two leaders agreeing …": a later reference to the same persons is
            // no other side.
            Set<PersonCluster> named = new java.util.HashSet<>();
            chosen.stream().filter(x -> x.isPerson() && x.last() < start).forEach(x -> named.add(x.person()));
            chosen = chosen.stream().filter(x -> !(x.isPerson() && x.first() > end && named.contains(x.person()))).toList();
            boolean after = chosen.stream().anyMatch(x -> x.isPerson() && x.first() > end);
            if (after && !trigger.words().contains("between")) {
                // "Kishida told reporters he had shared information with Yoon about his trip for a summit with
                // Biden": the object of an earlier "with" is not on the summit's near side, its subject is.
                List<Actor> withObjects = chosen.stream().filter(x -> x.isPerson() && x.last() < start
                        && a.lower(si, beforeTitles(s, x.first() - 1)).equals("with")).toList();
                boolean subjectLeft = chosen.stream().anyMatch(x -> x.isPerson() && x.last() < start && !withObjects.contains(x));
                if (subjectLeft && !withObjects.isEmpty()) {
                    chosen = chosen.stream().filter(x -> !withObjects.contains(x)).toList();
                }
            }
            // "X extended an invitation to Modi from the President Y": who sends a message or an invitation
            // through the visitor is not at the meeting.
            chosen = chosen.stream().filter(x -> !(x.isPerson() && x.first() > end && sentThrough(s, x))).toList();
            chosen = withoutCompanions(s, chosen, start, end);
            // "surprised after the previous meetings with Trump's decision": a possessive after the trigger owns
            // a thing, it is no side ("Modi's meeting with Xi" names its subject before the trigger).
            chosen = chosen.stream().filter(x -> !(x.isPerson() && x.possessive() && x.first() > end)).toList();
            // "President X's vice-president was also present at the lunch hosted by Y": the owner of a title names
            // the one who holds it, not himself.
            chosen = chosen.stream().filter(x -> !(x.isPerson() && x.possessive() && a.titleStartingAt(si, x.last() + 2) != null))
                    .toList();
            // "had talks with X regarding the visit of Y": what the talks were about is no side of them.
            for (int k = end + 1; k < s.tokens().size(); k++) {
                // "During their talks, A and B discussed the modalities for the state visit of President C": what
                // is discussed is no side either (not "discussed with C").
                if (TOPIC_WORDS.contains(a.lower(si, k))
                        || DISCUSSED.contains(a.lower(si, k)) && !a.lower(si, k + 1).equals("with")) {
                    final int topic = k;
                    chosen = chosen.stream().filter(x -> !x.isPerson() || x.first() < topic).toList();
                    break;
                }
            }
            int phraseEnd = frontedPhraseEnd(s.tokens(), start, end);
            if (phraseEnd > 0 && chosen.stream().anyMatch(x -> x.isPerson() && x.first() > end && x.last() < phraseEnd)) {
                // "Before the meeting with Flores, Quispe was welcomed by A and B": the phrase's event is with the
                // subject after it, not with the persons of the statement the phrase leads into. (Not when the
                // phrase names its other side by title only: "During the conversation with the President of
                // Uzbekistan, Orlov congratulated Nazarov" names him after.)
                int verb = phraseEnd + 1;
                while (verb < s.tokens().size() && !s.tokens().get(verb).isVerb()) {
                    verb++;
                }
                final int subjectEnd = verb;
                chosen = chosen.stream().filter(x -> !x.isPerson() || x.last() < phraseEnd || x.last() < subjectEnd).toList();
            }
            // The sides that met: "X [and Y] met with A, B and C" is X's side and A's side, never X with Y.
            boolean before = chosen.stream().anyMatch(x -> x.isPerson() && x.last() < start);
            if (!before && after && visitIsTheSubject(si, clause[0], start)) {
                // "The visit included talks with Prime Minister A and Foreign Minister B": the visitor met them.
                lastVisit.participants.forEach((v, part) -> {
                    if ("visitor".equals(part) && lastVisit.persons.containsKey(v)) {
                        d.participants.putIfAbsent(v, Participant.SUBJECT);
                        d.persons.putIfAbsent(v, lastVisit.persons.get(v));
                    }
                });
                before = true;
            }
            if (!before && after && followsTheLastMeeting(si, clause[0], start)) {
                // "… met with Prime Minister A. This was followed by a meeting with Foreign Minister B": the same side met B.
                lastMeeting.participants.forEach((v, part) -> {
                    if (Participant.SUBJECT.equals(part) && lastMeeting.persons.containsKey(v)) {
                        d.participants.putIfAbsent(v, Participant.SUBJECT);
                        d.persons.putIfAbsent(v, lastMeeting.persons.get(v));
                    }
                });
                before = true;
            }
            if (ofParties) {
                chosen = chosen.stream().filter(x -> !x.isPerson() || x.first() > end).toList();
            }
            boolean between = trigger.words().contains("between") || ofParties;
            // "Later, the COAS also met with A, B and C": a subject the text does not name met them; they are one
            // side, not a meeting among themselves.
            boolean unnamedSubject = !before && after && !between && (unnamedSubjectBefore(si, clause[0], start)
                    && Set.of("met", "meets").contains(trigger.words().get(0))
                    // "I've had a bilateral meeting with A and also with B": the speaker met them.
                    || Set.of("i", "we").contains(a.lower(si, clause[0])));
            // "meetings were held between the delegation and Ambassador A, and Envoy B": the delegation is one side.
            boolean delegationParty = between && chosen.stream().anyMatch(this::delegationMember);
            for (Actor x : chosen) {
                String side = delegationParty ? (delegationMember(x) ? Participant.SUBJECT : Participant.COUNTERPART)
                        : between ? Participant.PARTY
                        : unnamedSubject ? (x.first() > end ? Participant.COUNTERPART : null)
                        : !(before && after) ? null
                        : x.last() < start ? Participant.SUBJECT : x.first() > end ? Participant.COUNTERPART : null;
                add(d, x, side);
            }
            listAfterTheCopula(si, end, chosen, d);
            // A call happens on the line, not in the city the sentence goes on to mention.
            d.place = d.type == EventType.CALL ? null : placeAfter(si, end + 1, clause[1]);
            if (d.type != EventType.CALL && d.place == null && containsWord(s, "there")) {
                d.place = lastPlace;
            }
            if (d.place == null && d.type == EventType.MEETING) {
                d.place = documentMeetingPlace;
            }
            if (d.place == null && d.type == EventType.MEETING && lastPlace != null && si - lastPlaceSentence <= 5) {
                // News stays where it is: an unplaced meeting right after "in Nairobi" happened there.
                d.place = lastPlace;
                d.placeCarried = lastPlaceSentence < si;
            }
        }
        if (!international(d)) {
            return null;
        }
        d.evidence.add(new Evidence(si, s.begin(), s.end(), s.text(), confidence(d), trigger.evidenceRule()));
        if (object != null && d.type == EventType.MEETING) {
            Draft visit = visitOfTheReceived(s, d, object, start);
            if (visit != null) {
                receivedVisits.add(visit);
            }
        }
        return d;
    }

    /** The token before the capitalised words ending at {@code k} ("with [South Korean President] Min Park"). */
    private int beforeTitles(Sentence s, int k) {
        for (int steps = 0; steps < 8 && k > 0; steps++) {
            // "with the Minister of External Affairs X": a title with its small words, and its article.
            Mention title = a.titleEndingAt(s.index(), k);
            if (title != null && title.first() < k) {
                k = title.first() - 1;
            } else if (Character.isUpperCase(s.tokens().get(k).text().charAt(0))
                    || a.lower(s.index(), k).equals("the") && k + 1 < s.tokens().size()
                        && Character.isUpperCase(s.tokens().get(k + 1).text().charAt(0))) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /** What one sends through another: "an invitation … from President X", "greetings from the King". */
    private static final Set<String> SENT_THINGS = Set.of("invitation", "message", "letter", "greetings", "greeting",
            "regards", "congratulations", "wishes", "invite");

    private boolean sentThrough(Sentence s, Actor x) {
        int si = s.index();
        int from = beforeTitles(s, x.first() - 1);
        if (from > 0 && Set.of("from", "of").contains(a.lower(si, from)) && hasWord(si, Math.max(0, from - 8), from, SENT_THINGS)) {
            return true;
        }
        if (from <= 0 || !Set.of("and", ";", ",").contains(a.lower(si, from))) {
            return false;
        }
        // "conveyed the greetings of A, President of X; and B, Vice President of X, to …": the list goes on.
        for (int k = from - 1; k > 0 && k >= from - 40; k--) {
            if (s.tokens().get(k).isVerb()) {
                return false;
            }
            if (Set.of("from", "of").contains(a.lower(si, k)) && hasWord(si, Math.max(0, k - 8), k, SENT_THINGS)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a phrase of time or place between a verb and its object ("welcomed on Sunday at …, X"). */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("on", "at", "in", "today", "yesterday", "this", "last");

    /** Words that open a clause of time before a gerund ("after meeting X"): its subject is the sentence's. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "while", "when", "upon");

    /** Clause boundaries after which a sentence turns to something else. */
    private static final Set<String> CONTRASTS = Set.of("but", "while", "whereas", "although", "though", ";");

    /** Visits read off a meeting's sentence by {@link #visitOfTheReceived}, added after that meeting. */
    private final List<Draft> receivedVisits = new ArrayList<>();

    /** Words of a visit after the person received: "for an official visit", "on a state visit". */
    private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour");

    /**
     * "President Obama welcomed Acting President Jonathan to Washington", "Blinken hosted Foreign Minister
     * Wang for an official visit today in Washington": the person received came to the place, a visit
     * as well as the meeting.
     */
    private Draft visitOfTheReceived(Sentence s, Draft meeting, Actor object, int trigger) {
        int si = s.index();
        int k = object.last() + 1;
        Place place = null;
        if (a.lower(si, k).equals("to")) {
            place = placeAt(si, a.lower(si, k + 1).equals("the") ? k + 2 : k + 1);
        } else if (Set.of("for", "on").contains(a.lower(si, k))) {
            int noun = -1;
            for (int j = k + 1; j <= k + 4 && j < s.tokens().size(); j++) {
                if (VISIT_NOUNS.contains(a.lower(si, j))) {
                    noun = j;
                    break;
                }
            }
            place = noun < 0 ? null : placeAfter(si, noun + 1, Math.min(s.tokens().size(), noun + 6));
        }
        if (place == null || place.country() == null || !object.isPerson()
                || place.country().equals(object.person().country())) {
            return null;
        }
        Draft v = new Draft();
        v.type = EventType.VISIT;
        v.date = meeting.date;
        v.place = place;
        v.destination = place.country();
        // The visitor only: who received them is the meeting's other side (as for "arrived in … and met").
        add(v, object, "visitor");
        v.evidence.add(new Evidence(si, s.begin(), s.end(), s.text(), 0.6, "pattern:received_to_place"));
        return v;
    }

    /**
     * "Those heads of state meeting with the US President were: A; B; C": the one met follows the event's words, and
     * those listed after "were" are the other side, not a meeting among themselves.
     */
    private void listAfterTheCopula(int si, int end, List<Actor> chosen, Draft d) {
        Actor met = chosen.stream().filter(x -> x.isPerson() && x.first() > end).findFirst().orElse(null);
        if (met == null || met.first() > end + 4 || !Set.of("were", "are", "was", "is").contains(a.lower(si, met.last() + 1))) {
            return;
        }
        List<Actor> listed = chosen.stream().filter(x -> x.isPerson() && x.first() > met.last() + 1).toList();
        if (listed.size() < 2) {
            return;
        }
        d.participants.put(met.ref(), Participant.COUNTERPART);
        listed.forEach(x -> d.participants.put(x.ref(), Participant.SUBJECT));
    }

    /** The direct object and those listed right after it: "with A and President B", "with A, B and C". */
    private List<Actor> objectList(int si, Actor object, List<Actor> all) {
        List<Actor> objects = new ArrayList<>();
        if (object == null) {
            return objects;
        }
        objects.add(object);
        Actor last = object;
        while (objects.size() < 6 && Set.of("and", ",").contains(a.lower(si, last.last() + 1))) {
            int k = last.last() + 2;
            if (a.lower(si, last.last() + 1).equals(",") && a.lower(si, k).equals("and")) {
                k++;
            }
            Actor next = objectPerson(si, k, all, true);
            if (next == null || objects.contains(next)) {
                break;
            }
            objects.add(next);
            last = next;
        }
        return objects;
    }

    /** A member of a delegation the sentence names without its members (ActorFinder.addDelegation). */
    private boolean delegationMember(Actor x) {
        return x.via() == Actor.Via.BACK_REFERENCE && x.first() == x.last() && a.lower(x.sentence(), x.first()).equals("delegation");
    }

    /** "the COAS also met", "he then met": a subject of one word after "the", or a pronoun, right before the verb. */
    private boolean unnamedSubjectBefore(int si, int from, int verb) {
        int k = verb - 1;
        while (k > from && Set.of("also", "later", "then", "subsequently", "separately").contains(a.lower(si, k))) {
            k--;
        }
        return k >= from && (Set.of("he", "she").contains(a.lower(si, k)) || k - 1 >= from && a.lower(si, k - 1).equals("the")
                && a.mentionAt(si, k) == null);
    }

    /**
     * "President Doe had earlier visited his Malian counterpart, President X, in Bamako": a visit whose object is a
     * person is a meeting with them (the visit itself, to the place named, is the visit rule's).
     */
    private List<Draft> meetingsOfTheVisited(Sentence s, Triggers.Trigger trigger, int start, int end, List<Actor> all) {
        int si = s.index();
        // (Not "visits": "will top the agenda when X visits President Y" is still to come.)
        if (trigger.type() != EventType.VISIT || !trigger.words().equals(List.of("visited"))) {
            return List.of();
        }
        int[] clause = Clauses.around(s.tokens(), start);
        if (a.quoted.get(si)[start] || !real(s, trigger, start, clause)) {
            return List.of();
        }
        Actor visited = objectPerson(si, end + 1, all, false);
        List<Actor> visitors = participants(all, clause[0], start, start).stream().filter(Actor::isPerson).toList();
        if (visited == null || visitors.isEmpty() || visitors.stream().anyMatch(x -> x.person() == visited.person())) {
            return List.of();
        }
        List<Actor> met = new ArrayList<>(List.of(visited));
        // "… in Bamako on Saturday and General Y, President of Niger, in Niamey on Sunday": the next one visited,
        // another meeting.
        for (int k = visited.last() + 1; k < clause[1] && k <= met.get(met.size() - 1).last() + 8; k++) {
            Actor next = a.lower(si, k).equals("and") ? objectPerson(si, k + 1, all, true) : null;
            if (next != null && met.stream().noneMatch(x -> x.person() == next.person())) {
                met.add(next);
            }
        }
        List<Draft> meetings = new ArrayList<>();
        for (Actor one : met) {
            Draft d = new Draft();
            d.type = EventType.MEETING;
            d.date = dates.dateFor(si, one.first());
            d.place = placeAfter(si, one.last() + 1, Math.min(clause[1], one.last() + 4));
            visitors.forEach(x -> add(d, x, Participant.SUBJECT));
            add(d, one, Participant.COUNTERPART);
            d.evidence.add(new Evidence(si, s.begin(), s.end(), s.text(), confidence(d), "pattern:visited_person"));
            meetings.add(d);
        }
        return meetings;
    }

    /**
     * "Rama's one-day visit had been the subject of speculation": a visit owned by a person, with no
     * destination named, is a visit to where the story is (the last place it was "in").
     */
    private Draft possessiveVisit(Sentence s, int i, List<Actor> all) {
        int si = s.index();
        if (!Set.of("visit", "trip").contains(a.lower(si, i)) || Set.of("to", "by").contains(a.lower(si, i + 1))
                || lastPlace == null || si - lastPlaceSentence > 5 || a.quoted.get(si)[i]) {
            return null;
        }
        Actor owner = null;
        for (Actor x : all) {
            if (x.isPerson() && (x.possessive() && x.last() + 2 <= i && i - x.last() <= 6 || onAVisit(si, x, i))) {
                owner = x;
            }
        }
        if (owner == null || lastPlace.country() == null || lastPlace.country().equals(owner.person().country())) {
            return null;
        }
        int[] clause = Clauses.around(s.tokens(), i);
        for (int k = clause[0]; k < clause[1]; k++) {
            if (modal(si, k)) {
                return null;
            }
        }
        Draft d = new Draft();
        d.type = EventType.VISIT;
        d.date = dates.dateFor(si, i);
        d.place = lastPlace;
        d.destination = lastPlace.country();
        add(d, owner, "visitor");
        d.evidence.add(new Evidence(si, s.begin(), s.end(), s.text(), 0.5, "pattern:possessive_visit"));
        return d;
    }

    /**
     * "Quispe, on a two-day state visit, was received …", "Ash, who is on an official visit": the person the
     * phrase "on a … visit" follows (a comma, "who" and a form of "be" between them at most).
     */
    private boolean onAVisit(int si, Actor x, int visit) {
        int k = x.last() + 1;
        if (a.lower(si, k).equals(",")) {
            k++;
        }
        if (a.lower(si, k).equals("who")) {
            k++;
        }
        if (Set.of("is", "was", "are", "were").contains(a.lower(si, k))) {
            k++;
        }
        if (!a.lower(si, k).equals("on") || !Set.of("a", "an", "his", "her", "their").contains(a.lower(si, k + 1))) {
            return false;
        }
        // Only the visit's own words between the article and "visit": "a two-day state visit", not "a call about a visit".
        for (int j = k + 2; j < visit; j++) {
            if (a.sentences.get(si).tokens().get(j).isVerb() || Set.of("about", "of", "for", ",").contains(a.lower(si, j))) {
                return false;
            }
        }
        return visit - k <= 6;
    }

    /** Not a plan, hope, invitation or denial: none of those words before the trigger in its clause. */
    /**
     * A word that makes the fact a plan, hope or denial — but "Theresa May", "in May" and "Will Smith" are
     * names and months: a capitalised modal inside a sentence is not one.
     */
    private boolean modal(int s, int k) {
        List<Token> t = a.sentences.get(s).tokens();
        if (t.get(k).lower().equals("next") && k + 1 < t.size() && "VBD".equals(t.get(k + 1).pos())) {
            // "The PM next met …": the order of what happened, not time to come.
            return false;
        }
        if (t.get(k).lower().equals("invitation") && k >= 2 && t.get(k - 1).lower().equals("the")
                && Set.of("at", "upon", "on").contains(t.get(k - 2).lower())) {
            // "X, who is in Nepal at the invitation of Y, met Z": how a visit came about, not an offer.
            return false;
        }
        return Lexicon.has(Lexicon.MODALITY, t, k);
    }

    private boolean real(Sentence s, Triggers.Trigger trigger, int start, int[] clause) {
        List<Token> t = s.tokens();
        // A noun phrase ("talks with", "In a meeting held in Oslo, …") is qualified by the whole clause
        // around it, a verb only by what comes before it.
        boolean noun = trigger.words().size() > 1 && (Set.of("with", "to", "of", "in", "on", "between", "sidelines").contains(
                trigger.words().get(trigger.words().size() - 1)) || Set.of("in", "during", "at").contains(trigger.words().get(0)))
                && !t.get(start).isVerb();
        int scanEnd = noun ? clause[1] : start;
        int from = Math.max(clause[0], afterFrontedPhrase(t, start));
        boolean adjunct = start > 0 && Set.of("after", "following").contains(trigger.words().get(0));
        if (adjunct) {
            // "X and Y will sign a deal after talks": the statement the adjunct hangs on (a clause of its own,
            // "after" being a boundary) says whether the talks happened.
            from = Math.min(from, Math.max(Clauses.around(t, start - 1)[0], afterFrontedPhrase(t, start)));
        }
        for (int k = from; k < scanEnd; k++) {
            // What was agreed or proposed after talks says nothing about whether the talks were held.
            if (modal(s.index(), k) && !(adjunct && k < start && AGREED_AFTER_TALKS.contains(t.get(k).lower()))
                    && !(k > start && (topicOfTheNextVerb(t, start, k) || saidOfTheEvent(s.index(), t, start, k)))) {
                return false;
            }
        }
        return start == 0 || !Lexicon.INFINITIVE_MARKERS.contains(t.get(start - 1).lower())
                // "was able to discuss with X", "managed to meet X": an infinitive that did happen.
                || start >= 3 && t.get(start - 1).lower().equals("to") && (t.get(start - 2).lower().equals("managed")
                        || t.get(start - 2).lower().equals("able") && Set.of("was", "were").contains(t.get(start - 3).lower()))
                // "X arrived at Malacañang Palace on Tuesday to meet with President Y": the arrival's purpose, reported
                // as it happens (a plan word before it still makes it a plan, above).
                || trigger.type() == EventType.MEETING && t.get(start - 1).lower().equals("to")
                        && hasWord(s.index(), clause[0], start - 1, ARRIVAL_VERBS);
    }

    /**
     * "In the meeting with his counterpart X, Modi discussed the possibility of an agreement": a proposal or
     * time-ahead noun or adjective after a verb that follows the event's noun is what the verb is about, not
     * a qualifier of the event ("a meeting with X was proposed" is still a plan: "proposed" is a verb).
     */
    private static boolean topicOfTheNextVerb(List<Token> t, int trigger, int k) {
        String pos = t.get(k).pos();
        if (pos == null || !(pos.startsWith("NN") || pos.startsWith("JJ"))
                || !(Lexicon.PROPOSAL.contains(t.get(k).lower()) || Lexicon.AHEAD.contains(t.get(k).lower()))) {
            return false;
        }
        for (int v = trigger + 1; v < k; v++) {
            if (t.get(v).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "In a meeting with X, Y acknowledged that cooperation will expand", "At the meeting with X, he hoped to
     * deepen ties": after a noun event, what a later past verb says or hopes is about the future of something
     * else; the event itself is past. Not a cancellation or denial ("the meeting with X was cancelled").
     */
    private boolean saidOfTheEvent(int s, List<Token> t, int trigger, int k) {
        // Only when the event's own phrase names the other side: "In a meeting with reporters, X said she hoped
        // Y would come" names no meeting with Y.
        boolean named = false;
        for (int j = trigger; j < t.size() && !t.get(j).text().equals(","); j++) {
            Mention m = a.mentionAt(s, j);
            named |= m != null && m.type() == Mention.Type.PERSON;
        }
        if (!named) {
            return false;
        }
        String w = t.get(k).lower();
        if (Lexicon.has(Lexicon.MODALITY, t, k) && (WordLists.get("called-off").contains(w) || WordLists.get("negation").contains(w))) {
            return false;
        }
        if ("VBD".equals(t.get(k).pos()) && Lexicon.HOPE.contains(w)) {
            return true;
        }
        for (int v = trigger + 1; v < k; v++) {
            // A lexical verb ("acknowledged", "said"), not an auxiliary: "a meeting with X was proposed" is a plan.
            if ("VBD".equals(t.get(v).pos()) && !Lexicon.has(Lexicon.MODALITY, t, v)
                    && !Set.of("was", "were", "had", "did", "got", "became").contains(t.get(v).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words of a statement an "after talks" adjunct hangs on that do not make the talks a plan: "agreed on a plan after talks". */
    private static final Set<String> AGREED_AFTER_TALKS = Set.of("agreed", "plan", "plans", "proposal", "proposed",
            "offered", "invited", "invitation");

    /** Prepositions that open a phrase fronted before the subject: "In view of …", "Ahead of …", "Amid …". */
    private static final Set<String> FRONTED_OPENERS = Set.of("in", "ahead", "amid", "amidst", "despite", "following",
            "during", "on", "at", "upon", "as", "with");

    /**
     * "In view of the summit scheduled to take place on December 9, Putin had a telephone conversation with
     * Zelensky": a plan in a phrase fronted before the subject is about something else; the statement starts
     * after the phrase's last comma, at a capitalised subject. 0 when the sentence has no such phrase.
     */
    private static int afterFrontedPhrase(List<Token> t, int trigger) {
        if (t.isEmpty() || !FRONTED_OPENERS.contains(t.get(0).lower()) || !t.get(0).capitalized()) {
            return 0;
        }
        for (int k = trigger - 1; k > 0; k--) {
            if (t.get(k).text().equals(",")) {
                return k + 1 < trigger && t.get(k + 1).capitalized() ? k + 1 : 0;
            }
        }
        return 0;
    }

    /**
     * "President X was accompanied by Minister A and Minister B as he paid courtesy calls on Y and Z": those who
     * accompany a leader travel with the leader's side but are not the ones who met (the annotation counts them
     * as visitors, not as participants). Dropped when a person stays on that side.
     */
    private List<Actor> withoutCompanions(Sentence s, List<Actor> chosen, int start, int end) {
        int keyword = -1;
        for (int k = 0; k < s.tokens().size(); k++) {
            if (s.tokens().get(k).lower().startsWith("accompan")) {
                keyword = k;
                break;
            }
        }
        if (keyword < 0) {
            return chosen;
        }
        final int kw = keyword;
        // After the word, and on its side of the event's words.
        List<Actor> companions = chosen.stream().filter(x -> x.isPerson() && x.first() > kw
                && (kw < start ? x.last() < start : x.first() > end)).toList();
        boolean leaderLeft = chosen.stream().anyMatch(x -> x.isPerson() && !companions.contains(x)
                && (kw < start ? x.last() < start : x.first() > end));
        if (companions.isEmpty() || !leaderLeft) {
            return chosen;
        }
        return chosen.stream().filter(x -> !companions.contains(x)).toList();
    }

    /**
     * "signed 14 agreements on Saturday in Santiago with Cuban Defense Minister X", "was visited in the Historic
     * Center by the president of Chile, X": the person after the later preposition.
     */
    private Actor personAfter(String preposition, Sentence s, int end, List<Actor> all) {
        for (int k = end + 1; k < s.tokens().size() && k <= end + 12; k++) {
            if (s.tokens().get(k).isVerb() || s.tokens().get(k).text().equals(",")) {
                return null;
            }
            if (a.lower(s.index(), k).equals(preposition)) {
                return objectPerson(s.index(), k + 1, all, true);
            }
        }
        return null;
    }

    /** Words that turn from an event to its topic: "talks with X regarding the visit of Y". */
    private static final Set<String> TOPIC_WORDS = Set.of("regarding", "concerning", "about");
    private static final Set<String> DISCUSSED = Set.of("discussed", "discussing", "reviewed", "reviewing");

    /** Prepositions that open a sentence with a phrase around an event: "Before the meeting with X, …". */
    private static final Set<String> EVENT_PHRASE_OPENERS = Set.of("before", "after", "during", "following", "ahead",
            "upon", "at", "on", "in", "amid");

    /**
     * The comma that closes a phrase opening the sentence and holding the event's words ("Before the
     * Tuesday's meeting with Flores, Quispe …"), or -1.
     */
    private static int frontedPhraseEnd(List<Token> t, int start, int end) {
        if (t.isEmpty() || !t.get(0).capitalized() || !EVENT_PHRASE_OPENERS.contains(t.get(0).lower())) {
            return -1;
        }
        for (int k = 1; k < start; k++) {
            if (t.get(k).text().equals(",") || t.get(k).isVerb()) {
                return -1;
            }
        }
        for (int k = end + 1; k < t.size() && k <= end + 12; k++) {
            if (t.get(k).isVerb()) {
                return -1;
            }
            if (t.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    private boolean buildVisit(Sentence s, Draft d, int start, int end, int[] clause, List<Actor> all) {
        int si = s.index();
        Mention subject = a.mentionAt(si, start - 1);
        if (Set.of("is", "was", "are", "were").contains(a.lower(si, start)) && subject != null
                && (subject.isCountryLike() || subject.type() == Mention.Type.ORGANIZATION)) {
            // "a prosperous Nigeria is in the U.S. national interest": a country is in, no person went.
            return false;
        }
        Place named = placeAfter(si, end + 1, Math.min(clause[1], end + 10));
        Place destination = named == null && a.lower(si, end + 1).equals("the")
                && Set.of("country", "nation").contains(a.lower(si, end + 2)) ? countryReferredTo(si, start) : named;
        if (destination == null || destination.country() == null) {
            return false;
        }
        d.place = destination;
        d.destination = destination.country();
        List<Actor> visitors = new ArrayList<>();
        for (Actor x : all) {
            // "Raisi's visit to Doha": the owner of the visit is the visitor.
            if (x.isPerson() && x.possessive() && x.last() + 2 == start && !x.quoted()) {
                visitors.add(x);
            }
        }
        // "received Prime Minister Doe during the latter's working visit": the one "the latter" points back to.
        for (int k = Math.max(1, start - 3); k < start && visitors.isEmpty(); k++) {
            String which = a.lower(si, k - 1);
            if (a.lower(si, k).equals("'s") && (which.equals("latter") || which.equals("former"))) {
                int owner = k - 1;
                List<Actor> before = all.stream().filter(x -> x.isPerson() && x.last() < owner && !x.quoted()
                        && x.via() == Actor.Via.NAME).toList();
                if (before.isEmpty()) {
                    return false;
                }
                visitors.add(which.equals("latter") ? before.get(before.size() - 1) : before.get(0));
            }
        }
        if (visitors.isEmpty()) {
            for (Actor x : participants(all, clause[0], start, start)) {
                if (x.isPerson()) {
                    visitors.add(x);
                }
            }
        }
        if (visitors.isEmpty() && a.lower(si, clause[0]).equals("who")) {
            // "Amir-Abdollahian, who arrived in Doha": the visitor is the person the clause describes.
            Actor antecedent = null;
            // The nearest person before "who", across an apposition ("Sheikh Sabah, Crown Prince of Kuwait, who …").
            for (Actor x : all) {
                if (x.isPerson() && x.last() < clause[0] && x.last() >= clause[0] - 12) {
                    antecedent = x;
                }
            }
            if (antecedent != null) {
                visitors.add(antecedent);
            }
        }
        if (visitors.isEmpty()) {
            // "Visits to Russia by members of the government, with X, Y and Z": the persons after "by".
            // Not past a verb: "had arrived in Muscat, and was received at the airport by X" names the host.
            int by = -1;
            for (int k = end + 1; k < s.tokens().size(); k++) {
                if (a.lower(si, k).equals("by")) {
                    by = k;
                    break;
                }
                if (s.tokens().get(k).isVerb()) {
                    break;
                }
            }
            if (by >= 0) {
                participants(all, by, s.tokens().size(), start).stream().filter(Actor::isPerson)
                        .filter(x -> !destination.country().equals(x.person().country())).forEach(visitors::add);
            }
        }
        if (visitors.isEmpty()) {
            return false;
        }
        for (Actor v : visitors) {
            if (destination.country().equals(v.person().country())) {
                return false;
            }
            add(d, v, "visitor");
        }
        // Hosts: other persons of the visit's own clause ("visited Kenya and he and Ruto urged …",
        // "arrived in Suva and held talks with Prime Minister Rabuka"); a visit named as a noun
        // ("during Raisi's visit to Doha") says nothing about who was met.
        boolean verbTrigger = s.tokens().get(start).isVerb();
        List<Actor> hosts = verbTrigger ? participants(all, clause[0], clause[1], start) : List.of();
        for (Actor x : hosts) {
            if (x.isPerson() && !d.participants.containsKey(x.ref()) && !hostOfAGathering(si, start, x)) {
                add(d, x, "host");
                if (x.person().country() == null && x.person().title() != null) {
                    x.person().addRole(new Role(x.person().title(), destination.country(), null).because("host-of-place", 0.6, s.index()), null);
                }
            }
        }
        return true;
    }

    /** The clause opens on a determiner and a common noun ("The decision …", "His proposal …"): no person's arrival. */
    private boolean thingWelcomed(int si, int from, int trigger) {
        if (from + 1 >= trigger || !Set.of("the", "this", "that", "his", "her", "their", "its", "a", "an").contains(a.lower(si, from))) {
            return false;
        }
        int k = from + 1;
        while (k < trigger && Set.of("visiting", "new").contains(a.lower(si, k))) {
            k++;
        }
        Token noun = a.sentences.get(si).tokens().get(k);
        return !noun.capitalized() && a.mentionAt(si, k) == null && a.titleStartingAt(si, k) == null;
    }

    private Draft lastVisit;
    private int lastVisitSentence;

    /** "The visit included talks with …", "The trip also featured a meeting with …": the subject is a visit just told. */
    private Draft lastMeeting;
    private int lastMeetingSentence;

    /** "This was followed by a meeting with …" right after a meeting with a named subject. */
    private boolean followsTheLastMeeting(int si, int from, int trigger) {
        if (lastMeeting == null || si - lastMeetingSentence > 2 || lastMeeting.persons.isEmpty()) {
            return false;
        }
        for (int k = from; k + 1 < trigger; k++) {
            if (a.lower(si, k).equals("followed") && a.lower(si, k + 1).equals("by")) {
                return true;
            }
        }
        return false;
    }

    private boolean visitIsTheSubject(int si, int from, int trigger) {
        if (lastVisit == null || si - lastVisitSentence > 3 || lastVisit.persons.isEmpty()) {
            return false;
        }
        for (int k = from; k < trigger; k++) {
            if (VISIT_NOUNS.contains(a.lower(si, k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MEALS = Set.of("luncheon", "lunch", "dinner", "banquet", "breakfast", "iftar",
            "reception");

    private static final Set<String> ARRIVAL_VERBS = Set.of("arrived", "came", "landed", "flew", "travelled", "traveled");

    private static final Set<String> HOSTING = Set.of("hosted", "organised", "organized", "chaired", "convened");

    /**
     * "arrived in Brasilia for a summit of South American leaders being hosted by President X": X hosts the
     * gathering the visitor came for; that says nothing of the two meeting.
     */
    private boolean hostOfAGathering(int si, int start, Actor x) {
        int by = x.first() - 1;
        while (by > start && !a.lower(si, by).equals("by") && x.first() - by <= 4) {
            by--;
        }
        if (!a.lower(si, by).equals("by") || !HOSTING.contains(a.lower(si, by - 1))) {
            return false;
        }
        return hasWord(si, start + 1, by - 1, GATHERINGS);
    }

    /**
     * "China delivered 1.5 million doses of vaccine to Kenya", "Chinese deliveries of agricultural
     * products to Kenya": goods go from the country before the trigger to the country after "to".
     */
    private boolean buildDelivery(Sentence s, Draft d, int start, int end, int[] clause, List<Actor> all) {
        int si = s.index();
        boolean goods = false;
        for (int k = clause[0]; k < clause[1]; k++) {
            goods |= Triggers.DELIVERED_GOODS.contains(a.lower(si, k));
        }
        if (!goods) {
            return false;
        }
        String from = null;
        for (int k = start - 1; k >= clause[0] && from == null; k--) {
            Mention m = a.mentionAt(si, k);
            if (m != null && (m.type() == Mention.Type.COUNTRY || m.type() == Mention.Type.DEMONYM
                    || m.type() == Mention.Type.CAPITAL && !actors.isPlace(si, m))) {
                from = m.iso3();
            }
            final int at = k;
            Actor person = all.stream().filter(x -> x.isPerson() && x.first() == at).findFirst().orElse(null);
            if (from == null && person != null && person.person().country() != null) {
                from = person.person().country();
            }
        }
        String to = null;
        for (int k = end + 1; k + 1 < clause[1] && to == null; k++) {
            if (a.lower(si, k).equals("to")) {
                Mention m = a.mentionAt(si, k + 1 + (a.lower(si, k + 1).equals("the") ? 1 : 0));
                if (m != null && m.iso3() != null && m.type() != Mention.Type.ORGANIZATION) {
                    to = m.iso3();
                }
            }
        }
        if (from == null || to == null || from.equals(to)) {
            return false;
        }
        d.participants.put(io.github.diplograph.model.EntityRef.country(from), "supplier");
        d.participants.put(io.github.diplograph.model.EntityRef.country(to), "recipient");
        d.place = null;
        return true;
    }

    /**
     * "Telephone conversation with President of the Republic of Korea Moon Jae-in": the headline of a
     * release of a seat of power names the other side only. Its own side is the person the release is
     * about: the one it names most often (no one on a tie), other than the other side. Releases of the
     * Kremlin name their president once, untitled ("Vladimir Putin and Moon Jae-in praised …").
     */
    private Actor headlinePrincipal(int si, int start, int end, List<Actor> chosen) {
        List<Actor> persons = chosen.stream().filter(Actor::isPerson).toList();
        if (!releaseOfASeat || si != 0 || start != 0 || persons.size() != 1 || persons.get(0).first() <= end) {
            return null;
        }
        PersonCluster other = persons.get(0).person();
        PersonCluster best = null;
        boolean tie = false;
        for (PersonCluster c : a.persons) {
            if (c == other) {
                continue;
            }
            if (best == null || c.mentions.size() > best.mentions.size()) {
                best = c;
                tie = false;
            } else if (c.mentions.size() == best.mentions.size()) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return null;
        }
        for (int s = 1; s < a.sentences.size(); s++) {
            for (Actor x : actors.actors(s)) {
                if (x.person() == best && x.via() == Actor.Via.NAME && !x.quoted()) {
                    return x;
                }
            }
        }
        return null;
    }

    private void add(Draft d, Actor x, String role) {
        d.participants.putIfAbsent(x.ref(), role);
        if (x.isPerson()) {
            d.persons.putIfAbsent(x.ref(), x.person());
        }
    }

    /** A person named within eight words after the title starting at {@code title}: the title is theirs. */
    private static boolean nameAfterTitle(int si, int title, List<Actor> all) {
        return all.stream().anyMatch(y -> y.isPerson() && y.via() == Actor.Via.NAME && y.sentence() == si
                && y.first() > title && y.first() <= title + 8);
    }

    /** Actors of tokens [from, to) that can take part: not in quotes, not owners ("Ruto's government"), not media. */
    private List<Actor> participants(List<Actor> all, int from, int to, int trigger) {
        List<Actor> out = new ArrayList<>();
        boolean anyPerson = false;
        for (Actor x : all) {
            if (x.first() < from || x.first() >= to || x.quoted()) {
                continue;
            }
            String owned = x.possessive() ? wordAfterPossessive(a, x) : "";
            // "Ruto's government" is not Ruto; "during Raisi's visit" is another event, not this one.
            if (OWNED_NOUNS.contains(owned) || OTHER_EVENT_NOUNS.contains(owned) && x.last() + 2 != trigger
                    && x.last() + 1 != trigger) {
                continue;
            }
            if (x.isPerson() && attributedTo(x)) {
                continue;
            }
            // "by Mr. Ban Ki-moon's special representative in Central Africa Abu Musa during an audience with …": the
            // one whose envoy is named sends him, and is not there.
            if (x.isPerson() && x.possessive() && a.titleStartingAt(x.sentence(), x.last() + 2) != null
                    && nameAfterTitle(x.sentence(), x.last() + 2, all)) {
                continue;
            }
            // "the president, his wife Michelle and daughters Malia and Sasha": family is no party to talks.
            if (x.isPerson() && x.via() == Actor.Via.NAME && family(x)) {
                continue;
            }
            // "Jaiswal said that the two leaders have met ten times": who reports the event is no party to it.
            if (x.isPerson() && x.last() + 2 < trigger && REPORTING.contains(a.lower(x.sentence(), x.last() + 1))
                    && a.lower(x.sentence(), x.last() + 2).equals("that")) {
                continue;
            }
            // "… met in Minsk, Valery Revenko, head of the ministry's department, said on Monday": the source named
            // after the event, with his post, reports it.
            if (x.isPerson() && x.via() == Actor.Via.NAME && x.first() > trigger && reportsAfter(x)) {
                continue;
            }
            if (x.ref().kind() == EntityKind.ORGANIZATION) {
                ReferenceData.Organization o = ref.organization(x.ref().id());
                if (o == null || !"INTERNATIONAL".equals(o.kind())) {
                    continue;
                }
                // "here for the 29th AU Summit": the body's gathering is where, not who.
                if (GATHERINGS.contains(a.lower(x.sentence(), x.last() + 1))) {
                    continue;
                }
            }
            anyPerson |= x.isPerson();
            out.add(x);
        }
        if (anyPerson) {
            // Persons speak for their countries: "France" next to "Macron" is not a second party, nor is
            // "the UN General Assembly" in "met in the framework of the UN General Assembly".
            boolean twoPersons = out.stream().filter(Actor::isPerson).map(Actor::ref).distinct().count() >= 2;
            out.removeIf(x -> !x.isPerson() && (x.ref().kind() == EntityKind.COUNTRY || twoPersons));
        }
        return out;
    }

    /** The person is followed by a reporting verb, at once or after an apposition between commas. */
    private boolean reportsAfter(Actor x) {
        int si = x.sentence();
        int k = x.last() + 1;
        if (a.lower(si, k).equals(",") && a.lower(si, x.first() - 1).equals(",")) {
            int close = k + 1;
            while (close < a.sentences.get(si).tokens().size() && close <= k + 15 && !a.lower(si, close).equals(",")
                    && !a.sentences.get(si).tokens().get(close).isVerb()) {
                close++;
            }
            if (!a.lower(si, close).equals(",") || close == k + 1) {
                return false;
            }
            k = close + 1;
        }
        return REPORTING.contains(a.lower(si, k));
    }

    /**
     * "The following is attributable to Spokesperson Ned Price: Secretary Blinken met …": the spokesperson a
     * readout is attributed to reports the meeting and is no party to it (titles and honorifics aside).
     */
    private boolean attributedTo(Actor x) {
        int s = x.sentence();
        int i = x.first() - 1;
        while (i >= 0 && (a.titleEndingAt(s, i) != null || PersonResolver.HONORIFICS.contains(a.lower(s, i)))) {
            Mention t = a.titleEndingAt(s, i);
            i = t != null ? t.first() - 1 : i - 1;
        }
        return a.lower(s, i).equals("to") && Set.of("attributable", "attributed").contains(a.lower(s, i - 1));
    }

    /**
     * "bilateral", "lengthy", "face-to-face", "closed-door": a word that says only how an event went. The
     * tokenizer splits at hyphens, so a compound is its lower-case words and hyphens written without spaces.
     */
    private static boolean plainModifier(List<Token> t, int i) {
        Token token = t.get(i);
        String w = token.lower();
        if (MEANINGFUL_MODIFIERS.contains(w)) {
            return false;
        }
        boolean hyphen = w.equals("-") && i > 0 && i + 1 < t.size() && t.get(i - 1).end() == token.begin()
                && token.end() == t.get(i + 1).begin();
        boolean inCompound = w.chars().allMatch(Character::isLowerCase) && (i + 1 < t.size()
                && t.get(i + 1).text().equals("-") && t.get(i + 1).begin() == token.end()
                || i > 0 && t.get(i - 1).text().equals("-") && t.get(i - 1).end() == token.begin());
        return hyphen || inCompound || token.pos() != null && token.pos().startsWith("JJ");
    }

    /** The noun a possessive actor owns, skipping adjectives: "Ruto's [new] government" → "government". */
    private static String wordAfterPossessive(Analysis a, Actor x) {
        int i = x.via() == Actor.Via.PRONOUN ? x.last() + 1 : x.last() + 2;
        while (a.token(x.sentence(), i) != null && a.token(x.sentence(), i).pos() != null
                && a.token(x.sentence(), i).pos().startsWith("JJ")) {
            i++;
        }
        return a.lower(x.sentence(), i);
    }

    private Actor objectPerson(int s, int i, List<Actor> all, boolean direct) {
        int from = i;
        while (i < a.sentences.get(s).tokens().size() && (SKIP_BEFORE_OBJECT.contains(a.lower(s, i)) || PersonResolver.HONORIFICS.contains(a.lower(s, i))
                || possessiveBeforeSuccessor(s, i, all) != null
                || a.titleStartingAt(s, i) != null || isOwnerAt(s, i) || a.lower(s, i).equals("'s")
                || a.lower(s, i).equals("and") && a.titleStartingAt(s, i + 1) != null
                // "hosted the President of Ghana, Kwame Mensah": the title's country, then the name.
                || ofCountry(s, i)
                // "received the Ambassador of China to Nigeria, Ambassador X": an envoy's posting.
                || a.lower(s, i).equals("to") && postingAt(s, i)
                // "received the ambassadors of Serbia - Stefan T, Brazil - …": a dash after the country, as a comma.
                || DASHES.contains(a.lower(s, i)) && i > 0 && a.mentionAt(s, i - 1) != null && a.mentionAt(s, i - 1).isCountryLike()
                // "received the ambassadors of Serbia, Stefan T, Brazil, …": the office's plural before each country.
                || Respectively.PLURAL_OFFICES.contains(a.lower(s, i)) && a.lower(s, i + 1).equals("of"))) {
            Actor predecessor = possessiveBeforeSuccessor(s, i, all);
            if (predecessor != null) {
                i = predecessor.last() + 1;
                continue;
            }
            if (a.lower(s, i).equals("to") && postingAt(s, i)) {
                i = a.mentionAt(s, a.lower(s, i + 1).equals("the") ? i + 2 : i + 1).last() + 1;
                continue;
            }
            Mention title = a.titleStartingAt(s, i);
            Mention owner = isOwnerAt(s, i) ? a.mentionAt(s, i) : null;
            Mention country = title == null && owner == null && isCountryAt(s, i) ? a.mentionAt(s, i) : null;
            i = title != null ? title.last() + 1 : owner != null ? owner.last() + 1
                    : country != null ? country.last() + 1 : i + 1;
        }
        for (Actor x : all) {
            if (x.first() == i && x.isPerson() && !x.possessive()) {
                return x;
            }
        }
        // "received the Turkish president at the airport": the words skipped were a reference to a person.
        for (Actor x : all) {
            if (x.via() == Actor.Via.BACK_REFERENCE && x.first() >= from && x.first() <= i && x.last() >= i - 1
                    && !x.possessive()) {
                return x;
            }
        }
        if (direct) {
            return null;
        }
        // "received at Al Alam Palace today His Highness Sheikh Sabah": a short place or time phrase first.
        int start = i;
        Actor afterAdjunct = objectAfterAdjunct(s, start, all);
        if (afterAdjunct == null && from < start) {
            // ("received in her office the Ambassador …": "in" and "her" were skipped as if before the object.)
            afterAdjunct = objectAfterAdjunct(s, from, all);
        }
        if (afterAdjunct != null) {
            return afterAdjunct;
        }
        for (Actor x : all) {
            // "received this Friday at 9:27 a.m. his Colombian counterpart, Gustavo Pardo": an apposition's comma.
            boolean apposition = x.first() >= 2 && a.lower(s, x.first() - 1).equals(",")
                    && (a.lower(s, x.first() - 2).equals("counterpart") || a.titleEndingAt(s, x.first() - 2) != null);
            int upTo = apposition ? x.first() - 1 : x.first();
            // "welcomed on Sunday at the Baghdad Palace, Kuwaiti Foreign Minister X": a phrase of time or place,
            // a comma, then the one welcomed with only his titles before him.
            int comma = -1;
            for (int k = start; k < x.first() && k <= start + 12; k++) {
                if (a.lower(s, k).equals(",")) {
                    comma = k;
                }
            }
            boolean adjunctFirst = comma > start && ADJUNCT_OPENERS.contains(a.lower(s, start))
                    && !hasWord(s, start, comma, Set.of("from", "by", "to", "with", "that", "and"))
                    && !hasWord(s, comma + 1, x.first(), Set.of(",", "and", "by", "from", "to", "with", "that", "of"))
                    && !hasVerb(s, comma + 1, x.first());
            if (adjunctFirst) {
                upTo = comma;
            }
            if (x.isPerson() && !x.possessive() && x.first() > start && x.first() <= start + 12
                    && !hasWord(s, start, upTo, Set.of("from", "by", "of", "to", "with", "that", ",", "and"))
                    && !hasVerb(s, start, x.first())) {
                return x;
            }
        }
        return null;
    }

    /**
     * "received at his official residence, the Ambassador of the United States, Mrs. X": a phrase of place or time,
     * a comma, then the object as right after the verb (its titles, "of" and its country, an apposition's comma).
     */
    private Actor objectAfterAdjunct(int s, int start, List<Actor> all) {
        if (!ADJUNCT_OPENERS.contains(a.lower(s, start))) {
            return null;
        }
        // "received in her office the Ambassador of Japan, X": a short phrase of place with no comma, then the object
        // as right after the verb.
        for (int k = start + 2; k <= start + 4 && k < a.sentences.get(s).tokens().size(); k++) {
            if (hasWord(s, start, k, Set.of(",", "from", "by", "to", "with", "that", "and", "of")) || hasVerb(s, start, k)
                    || !Set.of("the", "a", "an").contains(a.lower(s, k)) && a.titleStartingAt(s, k) == null) {
                continue;
            }
            boolean personInside = false;
            for (int j = start; j < k; j++) {
                Mention m = a.mentionAt(s, j);
                personInside |= m != null && m.type() == Mention.Type.PERSON;
            }
            Actor object = personInside ? null : objectPerson(s, k, all, true);
            if (object != null) {
                return object;
            }
        }
        for (int k = start + 1; k <= start + 8 && k < a.sentences.get(s).tokens().size(); k++) {
            if (a.lower(s, k).equals(",") && ADJUNCT_OPENERS.contains(a.lower(s, k + 1))) {
                // "received at the headquarters of the Authority, in the occupied West Bank, the ministers …"
                return hasWord(s, start, k, Set.of("from", "by", "to", "with", "that", "and")) || hasFiniteVerb(s, start, k)
                        ? null : objectAfterAdjunct(s, k + 1, all);
            }
            if (a.lower(s, k).equals(",")) {
                // "received in separate meetings today, Monday, the Ambassadors of …": the day named again between commas.
                int object = WEEKDAYS.contains(a.lower(s, k + 1)) && a.lower(s, k + 2).equals(",") ? k + 3 : k + 1;
                return hasWord(s, start, k, Set.of("from", "by", "to", "with", "that", "and")) || hasFiniteVerb(s, start, k)
                        || a.mentionAt(s, k - 1) != null && a.mentionAt(s, k - 1).type() == Mention.Type.PERSON
                        ? null : objectPerson(s, object, all, true);
            }
        }
        return null;
    }

    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** A verb that makes a clause of its own ("the occupied West Bank" has none). */
    private boolean hasFiniteVerb(int s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Set.of("VBD", "VBZ", "VBP", "MD").contains(a.token(s, k).pos())) {
                return true;
            }
        }
        return false;
    }

    /** At "to" after an envoy's title (and its country): "Ambassador of China to [the] Nigeria". */
    private boolean postingAt(int s, int i) {
        int k = a.lower(s, i + 1).equals("the") ? i + 2 : i + 1;
        Mention posting = a.mentionAt(s, k);
        if (posting == null || posting.type() != Mention.Type.COUNTRY) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
            Mention t = a.titleEndingAt(s, j);
            if (t != null) {
                return "DIPLOMAT".equals(t.title().rank());
            }
        }
        return false;
    }

    /** "called Mr Muhyiddin's successor X": the person whose successor or predecessor the object is, at token i. */
    private Actor possessiveBeforeSuccessor(int s, int i, List<Actor> all) {
        for (Actor x : all) {
            if (x.first() == i && x.isPerson() && x.possessive()
                    && Set.of("successor", "predecessor").contains(a.lower(s, x.last() + 2))) {
                return x;
            }
        }
        return null;
    }

    /**
     * At a word of "of [the] Country" after a title: "received Minister of Foreign Affairs of the Islamic
     * Republic of Kazakhstan Arman Bekov", "hosted the President of Ghana, Kwame Mensah".
     */
    private boolean ofCountry(int s, int i) {
        String w = a.lower(s, i);
        boolean afterOf = a.lower(s, i - 1).equals("of") || a.lower(s, i - 1).equals("the") && a.lower(s, i - 2).equals("of");
        return afterOf && isCountryAt(s, i)
                || w.equals("of") && (isCountryAt(s, i + 1) || a.lower(s, i + 1).equals("the") && isCountryAt(s, i + 2))
                || w.equals("the") && a.lower(s, i - 1).equals("of") && isCountryAt(s, i + 1);
    }

    private boolean hasWord(int s, int from, int to, Set<String> words) {
        for (int k = from; k < to; k++) {
            if (words.contains(a.lower(s, k))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasVerb(int s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (a.token(s, k).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private boolean isCountryAt(int s, int i) {
        Mention m = a.mentionAt(s, i);
        return m != null && m.isCountryLike();
    }

    /** "Saudi", "Cambodia's", "UN" before a title: the owner of the title of the person that follows. */
    private boolean isOwnerAt(int s, int i) {
        Mention m = a.mentionAt(s, i);
        if (m == null) {
            return false;
        }
        int after = m.last() + 1 + (a.lower(s, m.last() + 1).equals("'s") ? 1 : 0);
        return m.type() == Mention.Type.DEMONYM
                || (m.isCountryLike() || m.type() == Mention.Type.ORGANIZATION) && a.titleStartingAt(s, after) != null;
    }

    /** First place in tokens [from, to): a city, capital or seat after in/at/to, else a country after in/to. */
    private Place placeAfter(int s, int from, int to) {
        Place country = null;
        for (int i = from; i < to && i < a.sentences.get(s).tokens().size(); i++) {
            Place p = placeAt(s, i);
            if (p == null) {
                continue;
            }
            if (p.kind() == Place.PlaceKind.CITY) {
                return p;
            }
            if (country == null) {
                country = p;
            }
            i = a.mentionAt(s, i).last();
        }
        return country;
    }

    /** "He first visited the country": the country named last before, in this or the two previous sentences. */
    /**
     * "arrived in the country": the country of the place of the events just told ("The meeting took place in Caracas.
     * Bárcena arrived in the country this Monday"; "This is his first official visit to Iraq, under US pressure on
     * Baghdad … The Iranian president arrived in the country"), else the last country named before.
     */
    private Place countryReferredTo(int s, int token) {
        if (lastPlace != null && lastPlace.country() != null && s - lastPlaceSentence <= 3) {
            ReferenceData.Country c = ref.country(lastPlace.country());
            return new Place(c != null ? c.name() : lastPlace.country(), Place.PlaceKind.COUNTRY, lastPlace.country());
        }
        return lastCountryBefore(s, token);
    }

    private Place lastCountryBefore(int s, int token) {
        for (int k = s; k >= Math.max(0, s - 2); k--) {
            List<Mention> ms = a.mentionsIn(k);
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                if (m.type() == Mention.Type.COUNTRY && (k < s || m.first() < token)) {
                    return new Place(m.entry().country().name(), Place.PlaceKind.COUNTRY, m.iso3());
                }
            }
        }
        return null;
    }

    /** The place named at token i when it reads as a place (after in/at/to, possibly "the U.S. city of"). */
    private Place placeAt(int s, int i) {
        Mention m = a.mentionAt(s, i);
        if (m == null || m.first() != i || m.entry() == null) {
            return null;
        }
        boolean afterPreposition = false;
        boolean comma = false;
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
            String w = a.lower(s, k);
            if (PLACE_WORDS.contains(w) || w.equals("visited") || w.equals("visits") || w.equals("toured")) {
                // "Ambassador X, who is based in Seoul": where someone lives or serves from is no event's place;
                // "to discuss …, especially the conflict in Ukraine": nor is where what they discussed happens.
                afterPreposition = !Set.of("based", "resident", "residing", "accredited", "stationed")
                        .contains(a.lower(s, k - 1)) && !TOPIC_NOUNS.contains(a.lower(s, k - 1))
                        // "relocating the embassy from Tel Aviv to Jerusalem": something moved, no one met there.
                        && !(w.equals("to") && fromBefore(s, k))
                        // "talks with Serbian Ambassador to Portugal X": an envoy's posting, not where they met.
                        && !(w.equals("to") && postingAt(s, k));
                break;
            }
            comma |= w.equals(",");
            // "at the Presidential Villa, Abuja": a venue's name before a comma and the city it is in.
            boolean venue = comma && a.mentionAt(s, k) == null && a.sentences.get(s).tokens().get(k).capitalized()
                    && k - 1 >= 0 && i - k <= 6;
            if (!Set.of("the", "city", "of", "capital", "town", "port", ",").contains(w) && a.mentionAt(s, k) == null && !venue) {
                break;
            }
        }
        if (!afterPreposition) {
            return null;
        }
        ReferenceData.Entry e = m.entry();
        return switch (m.type()) {
            case CITY, CAPITAL -> new Place(cityName(m), Place.PlaceKind.CITY, m.iso3());
            case SEAT -> e.country().capitals().isEmpty() ? null
                    : new Place(e.country().capitals().get(0), Place.PlaceKind.CITY, m.iso3());
            case COUNTRY -> new Place(e.country().name(), Place.PlaceKind.COUNTRY, m.iso3());
            // "in the Ethiopian capital"
            case DEMONYM -> a.lower(s, m.last() + 1).equals("capital") && !e.country().capitals().isEmpty()
                    ? new Place(e.country().capitals().get(0), Place.PlaceKind.CITY, m.iso3()) : null;
            default -> null;
        };
    }

    private static final Set<String> TRAVEL_VERBS = Set.of("flew", "flown", "flies", "travelled", "traveled", "travels",
            "arrived", "came", "went", "journeyed", "drove", "returned", "left", "departed", "headed", "moved", "trip",
            "visit", "visited", "flight");

    /** "from <place>" in the four words before token {@code k}, not after a verb of travel ("flew from A to B"). */
    private boolean fromBefore(int s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (a.lower(s, j).equals("from")) {
                for (int v = j - 1; v >= Math.max(0, j - 3); v--) {
                    if (TRAVEL_VERBS.contains(a.lower(s, v))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static String cityName(Mention m) {
        if (m.entry().city() != null) {
            return m.entry().city().name();
        }
        List<String> capitals = m.entry().country().capitals();
        // Spelling variants of a capital ("Kiev", "Kyiv") fold to the first, canonical one.
        return capitals.stream().filter(c -> Names.key(c).equals(Names.key(m.text()))).findFirst()
                .map(c -> capitals.get(0)).orElse(m.text());
    }

    /** "The meeting took place in New York": the place of the document's meetings that do not state one. */
    private void findDocumentMeetingPlace() {
        for (Sentence s : a.sentences) {
            String lower = s.text().toLowerCase();
            if ((lower.contains("meeting") || lower.contains("talks") || lower.contains("summit"))
                    && (lower.contains("took place in") || lower.contains("was held in") || lower.contains("were held in")
                    || lower.contains("takes place in"))) {
                for (int i = 0; i < s.tokens().size(); i++) {
                    if (s.tokens().get(i).lower().equals("in")) {
                        Place p = placeAfter(s.index(), i + 1, Math.min(s.tokens().size(), i + 10));
                        if (p != null) {
                            documentMeetingPlace = p;
                            return;
                        }
                    }
                }
            }
        }
    }

    private static boolean containsWord(Sentence s, String word) {
        return s.tokens().stream().anyMatch(t -> t.lower().equals(word));
    }

    private static int countPersons(List<Actor> actors) {
        return (int) actors.stream().filter(Actor::isPerson).map(Actor::ref).distinct().count();
    }

    /** Two or more parties, and not all of one known country: this is about relations between states. */
    static boolean international(Draft d) {
        if (d.type == EventType.VISIT) {
            return !d.participants.isEmpty();
        }
        if (d.participants.size() < 2) {
            return false;
        }
        Set<String> countries = new java.util.HashSet<>();
        int unknown = 0;
        for (EntityRef ref : d.participants.keySet()) {
            String c = ref.kind() == EntityKind.COUNTRY ? ref.id()
                    : ref.kind() == EntityKind.PERSON ? d.persons.get(ref).country() : null;
            if (ref.kind() == EntityKind.PERSON && c == null && d.persons.get(ref).organization() != null) {
                c = "org:" + d.persons.get(ref).organization();
            }
            if (ref.kind() == EntityKind.ORGANIZATION) {
                c = "org:" + ref.id();
            }
            if (c == null) {
                unknown++;
            } else {
                countries.add(c);
            }
        }
        return countries.size() + unknown >= 2;
    }

    private static double confidence(Draft d) {
        double c = 0.6;
        if (d.date != null && d.date.precision() == io.github.diplograph.model.DatePrecision.DAY) {
            c += 0.2;
        }
        if (d.persons.size() >= 2) {
            c += 0.15;
        }
        return Math.min(c, 0.95);
    }
}
