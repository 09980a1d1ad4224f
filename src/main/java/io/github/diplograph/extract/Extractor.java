package io.github.diplograph.extract;

import io.github.diplograph.identity.Names;
import io.github.diplograph.config.Settings;
import io.github.diplograph.identity.EventSignature;
import io.github.diplograph.model.SourceDocument;
import io.github.diplograph.model.AgreementFact;
import io.github.diplograph.model.CountryEntity;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.EntityKind;
import io.github.diplograph.model.EntityRef;
import io.github.diplograph.model.EventFact;
import io.github.diplograph.model.EventType;
import io.github.diplograph.model.Evidence;
import io.github.diplograph.model.OrganizationEntity;
import io.github.diplograph.model.Participant;
import io.github.diplograph.model.PersonEntity;
import io.github.diplograph.model.Place;
import io.github.diplograph.model.RelationFact;
import io.github.diplograph.model.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns one document into its {@link DocumentMap}. Stateless apart from the shared, read-only NLP
 * models and reference data, and free of any database access: safe to call from many threads.
 */
public final class Extractor implements DocumentExtractor {

    private final NlpPipeline nlp;
    private final ReferenceData ref;
    private final NoiseFilter noise = new NoiseFilter();
    private final ActorList actorList;
    private final ActorList leaders;

    /** The default extractor: CoreNLP's NER on. */
    public Extractor() {
        this(Settings.defaults());
    }

    /** @throws ActorList.FormatException when the settings name an actor list that cannot be read */
    public Extractor(Settings settings) {
        // The list first: a bad file is reported before the models take seconds to load.
        this.actorList = settings.actors() == null ? ActorList.EMPTY : ActorList.read(settings.actors());
        this.leaders = settings.leaders() ? ActorList.leaders() : ActorList.EMPTY;
        this.nlp = NlpPipeline.get(settings.ner());
        this.ref = ReferenceData.get();
    }

    @Override
    public DocumentMap extract(SourceDocument doc) {
        String text = Abbreviations.keepSentences(HardWraps.unwrap(doc.text()));
        NoiseFilter.CleanText cleaned = noise.clean(text);
        String clean = cleaned.text();
        Analysis a = new Analysis(clean, doc.info().published(), nlp.analyse(clean));
        MentionFinder finder = new MentionFinder(ref, leaders);
        DateResolver dateResolver = new DateResolver(doc.info().published());
        boolean quoteOpen = false;
        int paragraph = -1;
        for (Sentence s : a.sentences) {
            a.mentions.add(finder.find(s));
            a.dates.add(dateResolver.find(s.text(), isFuture(s)));
            if (s.paragraph() != paragraph) {
                quoteOpen = false;
                paragraph = s.paragraph();
            }
            boolean[] q = Analysis.quotedTokens(s, quoteOpen);
            quoteOpen = q.length > 0 && q[q.length - 1] && !closesQuote(s);
            a.quoted.add(Analysis.narrativeQuote(s, q, a.mentions.get(a.mentions.size() - 1)) ? new boolean[q.length] : q);
        }
        finder.addKnownNameTokens(a);
        a.nicknames.putAll(new Nicknames(ref).find(a));
        new PersonResolver(ref).resolve(a);
        assignGovernmentCountries(a);
        ActorFinder actors = new ActorFinder(a);
        Sides.assign(a);
        Companions.assign(a, actors);
        DateContext dates = new DateContext(a);
        String dateline = datelineCountry(text, cleaned);
        // Without a dateline, the publisher is the article's home: a national outlet ("The Hindu", from the
        // source or the address) names its own officials without a nationality; else a seat of power speaking.
        String embassy = dateline == null ? embassyCountry(doc.info().source()) : null;
        String outlet = dateline != null ? null
                : embassy != null ? embassy : NewsOutlets.get().country(doc.info().source(), doc.info().url());
        String seat = dateline == null && outlet == null ? seatCountry(a, doc) : null;
        String home = dateline != null ? dateline : outlet != null ? outlet : seat;
        // The untitled home side of an event is the publisher's, never the dateline's: a story filed from
        // Asmara about a Djiboutian and a Somali leader is not about Eritreans.
        // An outlet abroad reporting others' news ("anews.com.tr" on Lula receiving Fernández in Brasília) is no
        // side of the events when the article never names its country.
        boolean foreignNews = outlet != null && a.mentions.stream().flatMap(List::stream)
                .noneMatch(m -> outlet.equals(m.iso3()));
        List<EventFact> events = mergeEvents(a, new EventExtractor(a, actors, dates, ref, seat != null).extract(),
                dateline != null ? null : home, foreignNews);
        // Last resorts for officials whose country the text never states; after events, whose hosts know better.
        PersonResolver.speakersOfOneCountry(a);
        // After the speakers: the host's country is not the country of the one who speaks of him.
        PersonResolver.hostsOfTheVisit(a, events);
        PersonResolver.hostOfEnvoys(a, events);
        PersonResolver.titleOfFewCountries(a, dateline);
        Set<String> datelineVisitors = new HashSet<>();
        events.stream().filter(e -> e.type() == EventType.VISIT && e.place() != null && dateline != null
                && dateline.equals(e.place().country())).forEach(e -> e.participants().forEach(p -> datelineVisitors.add(p.entity().id())));
        PersonResolver.datelineCountry(a, dateline, datelineVisitors);
        // What an article about two countries says of its officials comes before the publisher's country: a
        // Kazakh site reporting a Kyrgyz-Uzbek meeting is no side of it.
        PersonResolver.otherSideOfTwoCountries(a, events);
        PersonResolver.secondHolderOfTwoCountries(a);
        if (dateline == null) {
            // Not for the other side of an event: "Secretary Doe met Vice Minister Roe" says nothing of Roe's country.
            Set<String> otherSide = new HashSet<>();
            events.forEach(e -> e.participants().stream().filter(p -> Participant.COUNTERPART.equals(p.role())
                    || Participant.PARTY.equals(p.role())).forEach(p -> otherSide.add(p.entity().id())));
            Set<String> inEvents = new HashSet<>();
            events.forEach(e -> e.participants().forEach(p -> inEvents.add(p.entity().id())));
            // "PM X is visiting the Maldives" in a Maldivian paper: who visits the home country is not of it.
            if (home != null) {
                events.stream().filter(e -> e.type() == EventType.VISIT && e.place() != null && home.equals(e.place().country()))
                        .forEach(e -> e.participants().forEach(p -> otherSide.add(p.entity().id())));
            }
            PersonResolver.homeCountry(a, home, otherSide, inEvents);
        }
        // Again for the holders of a title whose other holder only the home country placed.
        PersonResolver.secondHolderOfTwoCountries(a);
        // Companions again, for a leader whose country only the dateline or the home country gave.
        Companions.assign(a, actors);
        PersonResolver.counterpartsOfTheOtherCountry(a);
        // The user's actor list is the weakest evidence: only where every rule above left the country open.
        // Then the shipped list of world leaders, for whoever is still open or placed only by a guess.
        PersonResolver.actorList(a, actorList, "actor-list", null);
        PersonResolver.actorList(a, leaders, "leaders-list", actorList);
        List<CountryEntity> countries = countries(a, events);
        List<String> top = countries.stream().sorted(Comparator.comparingInt(CountryEntity::mentions).reversed())
                .map(CountryEntity::iso3).toList();
        List<AgreementFact> agreements = new AgreementExtractor(a, actors, dates, top).extract();
        List<RelationFact> relations = new RelationExtractor(a, actors, ref).extract();
        List<PersonEntity> persons = persons(a, events, relations);
        events = events.stream().filter(e -> !ofOneCountryAfterAll(e, persons)).toList();
        Set<String> personIds = persons.stream().map(PersonEntity::id).collect(Collectors.toSet());
        relations = relations.stream().filter(r -> keeps(r.from(), personIds) && keeps(r.to(), personIds)).toList();
        return new DocumentMap(doc.info(), persons, countries, organizations(a, relations), events, agreements, relations);
    }

    /**
     * The country whose seat of power speaks in the article ("The White House — Office of the Press
     * Secretary", "a Downing Street spokesperson said", "Source: President of Russia – The Kremlin"), in
     * its text or in its source metadata, when every seat named belongs to one country; else null.
     */
    private String seatCountry(Analysis a, SourceDocument doc) {
        Set<String> countries = new java.util.TreeSet<>();
        for (List<Mention> ms : a.mentions) {
            for (Mention m : ms) {
                boolean seat = m.entry() != null && m.entry().kind() == ReferenceData.Kind.SEAT && m.iso3() != null;
                // A seat speaks as the header of a release or as a speaker: not "Blue House Director Suh".
                if (seat && (m.sentence() == 0 && a.sentences.get(0).tokens().size() <= 12
                        || SPEAKING.contains(a.lower(m.sentence(), m.last() + 1))
                        || SPEAKING.contains(a.lower(m.sentence(), m.last() + 2))
                        || publishedBy(a, m))) {
                    countries.add(m.iso3());
                }
            }
        }
        String source = doc.info().source();
        if (source != null) {
            // "President of Russia (en.kremlin.ru)", "U.S. Department of State readout": a government publishes.
            boolean government = GOVERNMENT_PUBLISHER.matcher(source).find();
            // "Foreign, Commonwealth & Development Office press release": names of five words, "&" as "and".
            String[] words = NOT_NAME_CHARACTERS.split(source.replace("&", " and "));
            for (int i = 0; i < words.length; i++) {
                for (int n = 1; n <= 5 && i + n <= words.length; n++) {
                    ReferenceData.Entry e = ref.lookup(String.join(" ", java.util.Arrays.asList(words).subList(i, i + n)));
                    boolean publisher = e != null && e.country() != null && (e.kind() == ReferenceData.Kind.SEAT
                            || government && (e.kind() == ReferenceData.Kind.COUNTRY || e.kind() == ReferenceData.Kind.DEMONYM));
                    if (publisher) {
                        // The first one only: "…, reprinted by Zimbabwe Online News" is not a second home.
                        countries.add(e.country().iso3());
                        return countries.size() == 1 ? countries.iterator().next() : null;
                    }
                }
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /** A source that is a government: its country is the article's home. */
    /** Splits a source's name into words (letters, dots and apostrophes: "U.S.", "People's"). */
    private static final java.util.regex.Pattern NOT_NAME_CHARACTERS = java.util.regex.Pattern.compile("[^\\p{L}.']+");

    /** Verbs of a publisher: "the press release issued by the Foreign Office". */
    private static final Set<String> PUBLISHING = Set.of("issued", "published", "released", "posted");

    /** "issued by [the] Foreign Office": the seat publishes the article. */
    private static boolean publishedBy(Analysis a, Mention seat) {
        int k = seat.first() - 1;
        if (a.lower(seat.sentence(), k).equals("the")) {
            k--;
        }
        return a.lower(seat.sentence(), k).equals("by") && PUBLISHING.contains(a.lower(seat.sentence(), k - 1));
    }

    private static final java.util.regex.Pattern GOVERNMENT_PUBLISHER = java.util.regex.Pattern.compile(
            "(?i)\\b(president|presidency|prime minister|government|ministry|department|foreign office|cabinet office|"
                    + "state council|embassy|white house|kremlin)\\b");

    /** Words after a seat of power that make it the one speaking: "a Downing Street spokesperson said". */
    private static final Set<String> SPEAKING = Set.of("spokesperson", "spokesman", "spokeswoman", "said", "says",
            "statement", "readout", "announced", "press", "source", "sources", "spokespeople", "office");

    /** The country of the dateline city ("TBILISI, Oct 27 (AP) —"), or null. */
    private String datelineCountry(String text, NoiseFilter.CleanText cleaned) {
        for (NoiseFilter.Region r : cleaned.removed()) {
            if (!NoiseFilter.DATELINE.equals(r.reason())) {
                continue;
            }
            String place = text.substring(r.start(), r.end()).split("[,(\\[:\u2014\u2013-]")[0].strip();
            if (place.isEmpty()) {
                return null;
            }
            String titled = java.util.Arrays.stream(place.toLowerCase(java.util.Locale.ROOT).split(" "))
                    .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining(" "));
            ReferenceData.Entry e = ref.lookup(titled);
            if (e != null && (e.kind() == ReferenceData.Kind.CAPITAL || e.kind() == ReferenceData.Kind.CITY)) {
                return e.country() != null ? e.country().iso3() : e.city().iso3();
            }
            if (!text.substring(r.start(), r.end()).contains(",") && text.substring(r.start(), r.end()).strip().endsWith(":")) {
                // "Photo:", "Update:": a label in the dateline's form, not a place; the story's dateline may follow.
                continue;
            }
            return null;
        }
        return dashedTitleCaseDateline(cleaned.text());
    }

    /** "Beijing - Venezuelan President …": a Title-case city and a spaced dash opening one of the first lines. */
    private static final java.util.regex.Pattern DASHED_DATELINE = java.util.regex.Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?) +[-\u2013\u2014]+ +\\p{Lu}");

    /**
     * The noise filter keeps a Title-case place before a dash (it cannot tell "Beijing - …" from a name);
     * here the reference data can: a capital or city so placed is the story's dateline.
     */
    private String dashedTitleCaseDateline(String clean) {
        int lines = 0;
        for (String line : clean.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (++lines > 6) {
                break;
            }
            java.util.regex.Matcher m = DASHED_DATELINE.matcher(line.strip());
            if (m.find()) {
                ReferenceData.Entry e = ref.lookup(m.group(1));
                if (e != null && (e.kind() == ReferenceData.Kind.CAPITAL || e.kind() == ReferenceData.Kind.CITY)) {
                    return e.country() != null ? e.country().iso3() : e.city().iso3();
                }
            }
        }
        return null;
    }

    private static boolean keeps(EntityRef ref, Set<String> personIds) {
        return ref.kind() != EntityKind.PERSON || personIds.contains(ref.id());
    }

    /** Told of time to come: a bare "September 20" in it is the next one, not the last. */
    /**
     * Whether the sentence speaks of the future, so that "on Tuesday" is the coming one: a future-tense word,
     * not followed by a verb in the past ("The trip will promote ties, Xi told Biden on Tuesday" is past).
     * Verbs of attribution do not count ("… will visit Lima on Tuesday, the ministry said" is future).
     */
    private static boolean isFuture(Sentence s) {
        List<Token> t = s.tokens();
        int lastFuture = -1;
        int lastPast = -1;
        for (int k = 0; k < t.size(); k++) {
            if (Lexicon.has(Lexicon.FUTURE_TENSE, t, k)) {
                lastFuture = k;
            } else if ("VBD".equals(t.get(k).pos()) && !ATTRIBUTION_VERBS.contains(t.get(k).lower())) {
                lastPast = k;
            }
        }
        return lastFuture >= 0 && lastFuture > lastPast;
    }

    private static final Set<String> ATTRIBUTION_VERBS = Set.of("said", "added", "stated", "announced", "reported",
            "noted", "confirmed", "explained");

    private static boolean closesQuote(Sentence s) {
        String last = s.tokens().get(s.tokens().size() - 1).text();
        return last.equals("\u201D") || last.equals("''");
    }

    /** "members of Ruto's government, with deputy president Jane Doe": titled members serve that country. */
    private static void assignGovernmentCountries(Analysis a) {
        for (Sentence s : a.sentences) {
            String country = null;
            for (Mention m : a.mentionsIn(s.index())) {
                String next = a.lower(s.index(), m.last() + 1);
                String after = a.lower(s.index(), m.last() + 2);
                if (m.type() == Mention.Type.PERSON && next.equals("'s") && Lexicon.GOVERNMENT.contains(after)) {
                    country = a.personOf.get(m).country();
                } else if (m.type() == Mention.Type.DEMONYM && Lexicon.GOVERNMENT.contains(next)
                        && a.titleStartingAt(s.index(), m.last() + 1) == null
                        && (a.lower(s.index(), m.first() - 1).equals("the")
                        && Set.of("of", "in", "from").contains(a.lower(s.index(), m.first() - 2))
                        || a.lower(s.index(), m.last() + 2).equals("of"))) {
                    // "members of the Kenyan cabinet", "the Kenyan government of President Doe", but not "Kenyan Cabinet Secretaries Doe and Roe" (a title)
                    // nor "the hospitality accorded by the Kenyan government to his delegation" (not a member).
                    country = m.iso3();
                }
            }
            if (country == null) {
                continue;
            }
            for (Mention m : a.mentionsIn(s.index())) {
                PersonCluster c = a.personOf.get(m);
                if (c != null && c.country() == null && c.title() != null) {
                    c.addRole(new Role(c.title(), country, null).because("government-member", 0.8, s.index()), null);
                }
            }
        }
    }

    /** Where a person's country comes from the article's home, not from what the text says of the person. */
    private static final Set<String> HOME_BASES = Set.of("dateline", "home-country", "home-side");

    /**
     * A meeting or call whose persons all turned out, once every role of the article was read, to serve one
     * country ("He informed the prime minister that they had talks with the foreign minister", both of the
     * host's country, the first known only from what she says later): no international event. Not when a
     * country comes only from the article's home, which may as well be wrong for one of them.
     */
    private static boolean ofOneCountryAfterAll(EventFact e, List<PersonEntity> persons) {
        if (e.type() != EventType.MEETING && e.type() != EventType.CALL) {
            return false;
        }
        Map<String, PersonEntity> byId = new HashMap<>();
        persons.forEach(p -> byId.put(p.id(), p));
        Set<String> countries = new HashSet<>();
        for (Participant p : e.participants()) {
            PersonEntity person = p.entity().kind() == EntityKind.PERSON ? byId.get(p.entity().id()) : null;
            Role role = person == null ? null : person.roles().stream().filter(r -> r.country() != null).findFirst().orElse(null);
            if (role == null || HOME_BASES.contains(role.basis())) {
                return false;
            }
            countries.add(role.country());
        }
        return countries.size() == 1;
    }

    /** One event per real-world event in the document: same type, overlapping persons, compatible dates. */
    /** Whether a participant of both drafts is the subject of one and the counterpart of the other. */
    private static boolean flippedSides(EventExtractor.Draft target, EventExtractor.Draft d) {
        for (Map.Entry<EntityRef, String> p : d.participants.entrySet()) {
            String there = target.participants.get(p.getKey());
            if (there != null && p.getValue() != null) {
                return !there.equals(p.getValue()) && otherSide(p.getValue()).equals(there);
            }
        }
        return false;
    }

    private static String otherSide(String side) {
        return Participant.SUBJECT.equals(side) ? Participant.COUNTERPART : Participant.COUNTERPART.equals(side) ? Participant.SUBJECT : side;
    }

    private static final java.util.regex.Pattern EMBASSY_OF = java.util.regex.Pattern.compile(
            "(?i)\\b(?:embassy|high commission|consulate(?: general)?|mission) of (?:the )?([\\p{L} ]+?)(?: in | to |\\(|,|$)");

    /**
     * "Embassy of Ethiopia in Brussels (ethiopianembassy.be)": an embassy publishes its own country's news, whatever
     * the domain of the country it sits in says. Null when the source names no embassy of a known country.
     */
    private String embassyCountry(String source) {
        if (source == null) {
            return null;
        }
        java.util.regex.Matcher m = EMBASSY_OF.matcher(source.strip());
        if (!m.find()) {
            return null;
        }
        ReferenceData.Entry e = ref.lookup(m.group(1).strip());
        return e == null || e.kind() != ReferenceData.Kind.COUNTRY || e.country() == null ? null : e.country().iso3();
    }

    private List<EventFact> mergeEvents(Analysis a, List<EventExtractor.Draft> drafts, String home, boolean foreignNews) {
        List<EventExtractor.Draft> merged = new ArrayList<>();
        for (EventExtractor.Draft d : drafts.stream().flatMap(d -> separateMeetings(d).stream()).toList()) {
            EventExtractor.Draft target = null;
            for (EventExtractor.Draft m : merged) {
                // Within one article an undated mention is not merged into a dated one of another time.
                if (m.type == d.type && sameParties(m, d) && m.date.compatibleWith(d.date) && m.date.known() == d.date.known()
                        && (d.type != EventType.VISIT || m.destination.equals(d.destination))) {
                    target = m;
                    break;
                }
            }
            if (target == null) {
                merged.add(d);
            } else {
                // "A held talks with B. B was welcomed by his host A, who …": the same meeting told from the other
                // side; those it adds keep their side, not their label.
                boolean flipped = flippedSides(target, d);
                EventExtractor.Draft into = target;
                d.participants.forEach((k, v) -> into.participants.putIfAbsent(k, flipped ? otherSide(v) : v));
                d.persons.forEach(target.persons::putIfAbsent);
                target.date = target.date.finer(d.date);
                if (target.place == null || target.place.kind() == Place.PlaceKind.COUNTRY && d.place != null
                        && d.place.kind() == Place.PlaceKind.CITY) {
                    target.place = d.place;
                }
                target.evidence.addAll(d.evidence);
            }
        }
        dropHostsOfReportedMeetings(merged);
        dropHeadlineTalksThatWereCalls(a, merged);
        Map<PersonCluster, Set<String>> visited = visitorsByDestination(merged);
        List<EventFact> out = new ArrayList<>();
        for (EventExtractor.Draft d : merged) {
            sameSideSameCountry(d);
            sidesOfSeveralCountries(d);
            if (!atAGathering(a, d)) {
                // (A foreign outlet's country is no reason to doubt that the place's own officials are its hosts.)
                hostsBelongToThePlace(d, foreignNews ? null : home, visited, a.persons);
            }
            homeSide(d, home);
            if (d.type == EventType.MEETING) {
                // "President X and First Lady Y were welcomed by King Z": a leader's spouse comes along; the meeting
                // is the officials'. (Her country is read off the side first.)
                d.participants.keySet().removeIf(ref -> d.persons.containsKey(ref) && d.persons.get(ref).spouse());
                if (d.participants.size() < 2) {
                    continue;
                }
            }
            if (!EventExtractor.international(d)) {
                continue;
            }
            List<Participant> participants = d.participants.entrySet().stream()
                    .map(e -> new Participant(e.getKey(), e.getValue())).toList();
            EventSignature signature = signature(d);
            out.add(new EventFact(signature.eventId(d.date.iso()), d.type, signature, d.date, d.place, participants, List.copyOf(d.evidence)));
        }
        return out;
    }

    /**
     * "Erdoğan arrived in Cairo and held talks with al-Sisi" is a visit and a meeting; the meeting is the
     * event between the two, so the visit keeps only its visitors and is not listed twice as a meeting.
     */
    private static void dropHeadlineTalksThatWereCalls(Analysis a, List<EventExtractor.Draft> drafts) {
        // "FM Bourita Holds Talks with his Malian Counterpart" above "… held a telephone conversation with …": the
        // headline's talks are the call the body tells, not a meeting of their own. Talks told in a first sentence
        // of prose are the news, and a call of another year another event: "A and B on Saturday held talks in New
        // Delhi. … This was followed by a telephone conversation on 19 July 2021" recalls the call.
        boolean headline = !a.sentences.isEmpty() && NoiseFilter.isHeadline(a.sentences.get(0).text());
        drafts.removeIf(m -> m.type == EventType.MEETING && !m.evidence.isEmpty()
                && m.evidence.stream().allMatch(e -> e.sentence() == 0)
                && drafts.stream().anyMatch(c -> c.type == EventType.CALL && c.persons.keySet().containsAll(m.persons.keySet())
                        && !m.persons.isEmpty()
                        && (headline || !(c.date.known() && m.date.known() && !c.date.year().equals(m.date.year())))));
    }

    private static void dropHostsOfReportedMeetings(List<EventExtractor.Draft> drafts) {
        for (EventExtractor.Draft visit : drafts) {
            if (visit.type != EventType.VISIT) {
                continue;
            }
            for (EventExtractor.Draft meeting : drafts) {
                if (meeting.type != EventType.MEETING || !meeting.date.compatibleWith(visit.date)) {
                    continue;
                }
                List<EntityRef> hosts = visit.participants.entrySet().stream()
                        .filter(e -> "host".equals(e.getValue()) && meeting.participants.containsKey(e.getKey()))
                        .map(Map.Entry::getKey).toList();
                boolean visitorThere = visit.participants.entrySet().stream()
                        .anyMatch(e -> "visitor".equals(e.getValue()) && meeting.participants.containsKey(e.getKey()));
                if (visitorThere) {
                    hosts.forEach(h -> {
                        visit.participants.remove(h);
                        visit.persons.remove(h);
                    });
                }
            }
        }
    }

    /** Same persons (one set containing the other, sharing two) or, without persons, the same countries. */
    private static boolean sameParties(EventExtractor.Draft x, EventExtractor.Draft y) {
        Set<EntityRef> a = x.persons.isEmpty() ? x.participants.keySet() : x.persons.keySet();
        Set<EntityRef> b = y.persons.isEmpty() ? y.participants.keySet() : y.persons.keySet();
        Set<EntityRef> common = new HashSet<>(a);
        common.retainAll(b);
        if (x.type == EventType.VISIT) {
            return !common.isEmpty();
        }
        return common.size() >= 2 && (a.containsAll(b) || b.containsAll(a));
    }

    /**
     * "met … at the World Economic Forum in Davos", "during his visit to the UN General Assembly in New
     * York": at a gathering of an international body everyone has travelled there, so the place's country
     * hosts nobody (not even an official the text leaves without a country).
     */
    private static boolean atAGathering(Analysis a, EventExtractor.Draft d) {
        for (Evidence e : d.evidence) {
            for (Mention m : a.mentionsIn(e.sentence())) {
                String kind = m.type() == Mention.Type.ORGANIZATION ? m.entry().organization().kind() : null;
                int k = m.first() - 1;
                if (a.lower(e.sentence(), k).equals("the")) {
                    k--;
                }
                String before = a.lower(e.sentence(), k);
                // "of" only as "on the sidelines of": "the President of the European Commission" is no gathering.
                boolean at = GATHERING_AT.contains(before)
                        || before.equals("of") && Set.of("sidelines", "margins", "margin").contains(a.lower(e.sentence(), k - 1));
                if (("INTERNATIONAL".equals(kind) || "NGO".equals(kind)) && at) {
                    return true;
                }
            }
            if (namedGathering(a, e.sentence())) {
                return true;
            }
        }
        return false;
    }

    /** The last word of a gathering's name: "the Pacific Forum Leaders Meeting", "the G20 Summit". */
    private static final Set<String> GATHERING_NAMES = Set.of("Summit", "Forum", "Conference", "Assembly", "Congress");

    /**
     * "met with counterpart X prior to the Pacific Forum Leaders Meeting in Alofi": a gathering named by its
     * own Title-case name (no listed organization) after "at", "to", "during", "for" or "the sidelines of".
     */
    private static boolean namedGathering(Analysis a, int s) {
        List<Token> t = a.sentences.get(s).tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!GATHERING_NAMES.contains(t.get(i).text())) {
                continue;
            }
            int k = i;
            while (k > 0 && k > i - 6 && (t.get(k).capitalized() || t.get(k).text().chars().allMatch(Character::isDigit))) {
                k--;
            }
            if (a.lower(s, k).equals("the")) {
                k--;
            }
            String before = a.lower(s, k);
            if (GATHERING_AT.contains(before) || before.equals("of") && Set.of("sidelines", "margins", "margin").contains(a.lower(s, k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words before a body that make it the gathering where an event is: "at", "to", "during", "for". */
    private static final Set<String> GATHERING_AT = Set.of("at", "to", "during", "for");

    /** An official with a title but no stated country, met in their own country by a foreigner, is the host. */
    /** Each visitor of the document's visits, with the countries the visits go to. */
    private static Map<PersonCluster, Set<String>> visitorsByDestination(List<EventExtractor.Draft> drafts) {
        Map<PersonCluster, Set<String>> out = new java.util.HashMap<>();
        for (EventExtractor.Draft d : drafts) {
            if (d.type != EventType.VISIT || d.destination == null) {
                continue;
            }
            d.participants.forEach((ref, role) -> {
                PersonCluster p = d.persons.get(ref);
                if (p != null && "visitor".equals(role)) {
                    out.computeIfAbsent(p, k -> new java.util.HashSet<>()).add(d.destination);
                }
            });
        }
        return out;
    }

    private static void hostsBelongToThePlace(EventExtractor.Draft d, String home, Map<PersonCluster, Set<String>> visited,
            List<PersonCluster> persons) {
        // Proximity is a last resort: in a release of one government, its own officials travel — the
        // Foreign Secretary meeting in New York or Davos is still British (the home country decides later).
        if (d.place == null || d.place.country() == null || d.type == EventType.CALL
                || home != null && !home.equals(d.place.country())) {
            return;
        }
        String here = d.place.country();
        // A foreigner: of another country, or, where the place is stated with the event (not carried over
        // from a stop of a tour the story has moved on from), holding a title that country does not give
        // ("In Azerbaijan, Chancellor X met with President Y": a chancellor is German or Austrian).
        boolean foreigner = d.persons.values().stream().anyMatch(p -> p.country() != null && !p.country().equals(here)
                || !d.placeCarried && p.country() == null && p.title() != null && !PersonResolver.heldThere(p.title(), here));
        if (!foreigner) {
            return;
        }
        for (PersonCluster p : d.persons.values()) {
            // "President Lungu, who was in Zimbabwe on an official visit …, was met on arrival by …": the visitor
            // to a country is none of its hosts there.
            if (p.country() == null && p.organization() == null && p.title() != null && PersonResolver.heldThere(p.title(), here)
                    && !visited.getOrDefault(p, Set.of()).contains(here) && !officeTakenThere(p, here, persons)) {
                p.addRole(new Role(p.title(), here, null).because("host-of-place", 0.6, null), null);
            }
        }
    }

    /**
     * "Prime Minister Trudeau met Trump in London … Prime Minister Boris Johnson": a country has one head of state,
     * one head of government and one foreign minister at a time; the article names another holder of the office there.
     */
    private static boolean officeTakenThere(PersonCluster p, String country, List<PersonCluster> persons) {
        if (!p.rankIn(Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER"))) {
            return false;
        }
        return persons.stream().anyMatch(q -> q != p && country.equals(q.country()) && PersonResolver.sameOffice(q.title(), p.title()));
    }

    /** Persons identify an event better than their countries; countries only when no person is named. */
    /**
     * "Doe met with ROK Foreign Minister Kang, Blue House Director Suh and Vice Minister Cho": the officials
     * listed on one side of a meeting are one delegation — those the text leaves without a country share
     * the one country the others of that side have.
     */
    private static void sameSideSameCountry(EventExtractor.Draft d) {
        for (String side : List.of(Participant.SUBJECT, Participant.COUNTERPART)) {
            List<PersonCluster> members = d.participants.entrySet().stream()
                    .filter(e -> side.equals(e.getValue()) && d.persons.containsKey(e.getKey()))
                    .map(e -> d.persons.get(e.getKey())).toList();
            Set<String> countries = new HashSet<>();
            // (Not an envoy's: "met on arrival by the Deputy Prime Minister, … and the dean of the diplomatic corps,
            // France's ambassador": an ambassador on a side of hosts is the foreigner among them.)
            // (Nor a spouse's: "Prime Minister Modi and First Lady of the US also visited …" keeps Modi Indian.)
            members.stream().filter(p -> !"DIPLOMAT".equals(p.rank) && !p.spouse()).map(PersonCluster::country).filter(c -> c != null)
                    .forEach(countries::add);
            boolean organizations = members.stream().anyMatch(p -> p.organization() != null);
            if (countries.size() != 1 || organizations) {
                continue;
            }
            String country = countries.iterator().next();
            for (PersonCluster p : members) {
                // ("spoke with French President A and Chancellor B": a chancellor is no Frenchman.)
                if (p.country() == null && (p.title() == null || PersonResolver.heldThere(p.title(), country))) {
                    p.addRole(new Role(p.title() != null ? p.title() : "Official", country, null).because("same-side", 0.6, null), null);
                }
            }
        }
    }

    /** "held separate meetings with A and B": one side met each of the others, who did not meet each other. */
    /** Words that make several leaders met at once one gathering. */
    private static final java.util.regex.Pattern GATHERED = java.util.regex.Pattern.compile(
            "(?i)\\b(trilateral|quadrilateral|three-way|four-way|joint|jointly|together|summit|round-?table)\\b");
    private static final java.util.regex.Pattern SEPARATELY = java.util.regex.Pattern.compile(
            "(?i)\\b(separate|separately|respectively|individually|bilateral (meetings|talks)|bilaterals|meetings with|courtesy calls on)\\b");

    /**
     * "On the sidelines … held bilateral meetings with the presidents A, B and C", "A and B met separately
     * with C": one meeting per person of the larger side, each with the whole other side — so A, B and C
     * are not taken to have met each other, and each meeting is listed on its own.
     */
    private static List<EventExtractor.Draft> separateMeetings(EventExtractor.Draft d) {
        if (d.type == EventType.VISIT || d.type == EventType.DELIVERY
                || d.evidence.stream().noneMatch(e -> e.quote() != null && SEPARATELY.matcher(e.quote()).find())) {
            return List.of(d);
        }
        List<EntityRef> subjects = side(d, Participant.SUBJECT);
        List<EntityRef> counterparts = side(d, Participant.COUNTERPART);
        List<EntityRef> many = counterparts.size() >= 2 && subjects.size() == 1 ? counterparts
                : subjects.size() >= 2 && counterparts.size() == 1 ? subjects : List.of();
        if (many.isEmpty()) {
            return List.of(d);
        }
        List<EventExtractor.Draft> out = new ArrayList<>();
        for (EntityRef one : many) {
            EventExtractor.Draft part = new EventExtractor.Draft();
            part.type = d.type;
            part.date = d.date;
            part.place = d.place;
            part.destination = d.destination;
            d.participants.forEach((ref, side) -> {
                if (!many.contains(ref) || ref.equals(one)) {
                    part.participants.put(ref, side);
                }
            });
            d.persons.forEach((ref, person) -> {
                if (part.participants.containsKey(ref)) {
                    part.persons.put(ref, person);
                }
            });
            part.evidence.addAll(d.evidence);
            out.add(part);
        }
        return out;
    }

    private static List<EntityRef> side(EventExtractor.Draft d, String side) {
        return d.participants.entrySet().stream().filter(e -> side.equals(e.getValue()) && d.persons.containsKey(e.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * "Putin had a telephone conversation with Chancellor of Germany Merkel and President of France
     * Hollande": the leaders of two countries listed on one side are two sides of one three-way talk, each
     * of which talked to the others; not one delegation. Not when the text says the talks were separate.
     */
    private static void sidesOfSeveralCountries(EventExtractor.Draft d) {
        if (d.evidence.stream().anyMatch(e -> e.quote() != null && SEPARATELY.matcher(e.quote()).find())) {
            return;
        }
        for (String side : List.of(Participant.SUBJECT, Participant.COUNTERPART)) {
            List<EntityRef> members = d.participants.entrySet().stream()
                    .filter(e -> side.equals(e.getValue()) && d.persons.containsKey(e.getKey())).map(Map.Entry::getKey).toList();
            long countries = members.stream().map(r -> d.persons.get(r).country()).filter(c -> c != null).distinct().count();
            // "Later in the day, the foreign minister met Nepal's Prime Minister A, Mauritius' Prime Minister B, his
            // Bhutanese counterpart C and the Vice-President of Seychelles D": one visitor's round of meetings with
            // the leaders of four countries or more, one by one, unless the text makes it one gathering. (Three
            // may well sit together: "met in Berlin with the German, UK and French foreign ministers".)
            if (countries >= 4 && d.type == EventType.MEETING
                    && d.evidence.stream().noneMatch(e -> e.quote() != null && GATHERED.matcher(e.quote()).find())) {
                continue;
            }
            // Ambassadors of several countries received together each met the host, not each other ("Fico said this
            // after meeting American ambassador A and Russian ambassador B").
            boolean envoys = members.stream().allMatch(r -> "DIPLOMAT".equals(d.persons.get(r).rank));
            if (countries >= 2 && !envoys) {
                members.forEach(r -> d.participants.put(r, Participant.PARTY));
            }
        }
    }

    /**
     * "Vladimir Putin had a telephone conversation with President of the United States Barack Obama", in
     * a release of the Kremlin: the one side the text leaves without a country is the home side.
     */
    private static void homeSide(EventExtractor.Draft d, String home) {
        if (home == null || d.type == EventType.DELIVERY || d.persons.size() < 2) {
            return;
        }
        List<PersonCluster> unplaced = d.persons.values().stream()
                .filter(p -> p.country() == null && p.organization() == null).toList();
        boolean foreignOnly = d.persons.values().stream().filter(p -> !unplaced.contains(p))
                .allMatch(p -> p.country() != null && !p.country().equals(home));
        if (unplaced.size() != 1 || unplaced.size() == d.persons.size() || !foreignOnly) {
            return;
        }
        PersonCluster p = unplaced.get(0);
        p.addRole(new Role(p.title() != null ? p.title() : "Official", home, null).because("home-side", 0.5, null), null);
    }

    private static EventSignature signature(EventExtractor.Draft d) {
        Set<EntityRef> keys = d.persons.isEmpty() ? d.participants.keySet() : d.persons.keySet();
        return EventSignature.of(d.type.name(), keys.stream().map(r -> EventSignature.party(r.kind().name(), r.id())).toList(),
                d.destination);
    }

    private List<PersonEntity> persons(Analysis a, List<EventFact> events, List<RelationFact> relations) {
        Set<String> active = new HashSet<>();
        events.forEach(e -> e.participants().forEach(p -> active.add(p.entity().id())));
        relations.forEach(r -> {
            active.add(r.from().id());
            active.add(r.to().id());
        });
        Map<String, PersonEntity> out = new TreeMap<>();
        for (PersonCluster c : a.persons) {
            boolean singleWord = !c.canonicalName().contains(" ");
            // A lone capitalised word with no role and no part in any fact is more often NER noise than a person.
            if (singleWord && c.roles.isEmpty() && !active.contains(c.id())) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            for (Mention m : c.mentions) {
                aliases.add(m.text());
                aliases.add(Names.fold(m.text()));
            }
            if (!singleWord) {
                aliases.add(c.canonicalName().substring(c.canonicalName().lastIndexOf(' ') + 1));
            }
            aliases.remove(c.canonicalName());
            aliases.removeIf(x -> MentionFinder.NAME_PARTICLES.contains(x.toLowerCase(java.util.Locale.ROOT)));
            List<Evidence> evidence = c.mentions.stream().limit(3).map(m -> {
                Sentence s = a.sentences.get(m.sentence());
                return new Evidence(s.index(), m.begin(), m.end(), m.text(), 0.9, "ner");
            }).toList();
            List<Role> roles = c.roles.stream()
                    .filter(r -> r.country() != null || r.organization() != null
                            || c.roles.stream().noneMatch(o -> o != r && (o.country() != null || o.organization() != null)))
                    .toList();
            out.merge(c.id(), new PersonEntity(c.id(), c.canonicalName(), List.copyOf(aliases), roles, c.mentions.size(), evidence),
                    (x, y) -> x);
        }
        return List.copyOf(out.values());
    }

    private List<CountryEntity> countries(Analysis a, List<EventFact> events) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<Mention> ms : a.mentions) {
            for (Mention m : ms) {
                if (m.isCountryLike() && m.iso3() != null) {
                    counts.merge(m.iso3(), 1, Integer::sum);
                }
            }
        }
        for (PersonCluster c : a.persons) {
            c.roles.stream().map(Role::country).filter(x -> x != null).forEach(x -> counts.putIfAbsent(x, 1));
        }
        for (EventFact e : events) {
            if (e.place() != null && e.place().country() != null) {
                counts.putIfAbsent(e.place().country(), 1);
            }
        }
        List<CountryEntity> out = new ArrayList<>();
        counts.forEach((iso3, n) -> {
            ReferenceData.Country c = ref.country(iso3);
            if (c != null) {
                out.add(new CountryEntity(iso3, c.name(), n));
            }
        });
        return out;
    }

    private List<OrganizationEntity> organizations(Analysis a, List<RelationFact> relations) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<Mention> ms : a.mentions) {
            for (Mention m : ms) {
                if (m.type() == Mention.Type.ORGANIZATION) {
                    counts.merge(m.entry().organization().id(), 1, Integer::sum);
                }
            }
        }
        for (PersonCluster c : a.persons) {
            c.roles.stream().map(Role::organization).filter(x -> x != null).forEach(x -> counts.putIfAbsent(x, 1));
        }
        List<OrganizationEntity> out = new ArrayList<>();
        counts.forEach((id, n) -> {
            ReferenceData.Organization o = ref.organization(id);
            out.add(new OrganizationEntity(id, o.name(), o.kind(), o.country(), n));
        });
        out.sort(Comparator.comparing(OrganizationEntity::id));
        return out;
    }
}
