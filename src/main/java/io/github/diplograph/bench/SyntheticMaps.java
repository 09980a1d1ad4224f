package io.github.diplograph.bench;

import io.github.diplograph.bench.SyntheticWorld.Nation;
import io.github.diplograph.bench.SyntheticWorld.Official;
import io.github.diplograph.identity.EventSignature;
import io.github.diplograph.identity.Ids;
import io.github.diplograph.identity.Names;
import io.github.diplograph.ingest.DocumentReader;
import io.github.diplograph.model.AgreementFact;
import io.github.diplograph.model.CountryEntity;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.EntityRef;
import io.github.diplograph.model.EventFact;
import io.github.diplograph.model.EventType;
import io.github.diplograph.model.Evidence;
import io.github.diplograph.model.FuzzyDate;
import io.github.diplograph.model.Participant;
import io.github.diplograph.model.PersonEntity;
import io.github.diplograph.model.Place;
import io.github.diplograph.model.RelationFact;
import io.github.diplograph.model.RelationType;
import io.github.diplograph.model.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Document maps as the extractor would make them of wire news about the {@link SyntheticWorld}, made
 * directly (no NLP), so the write path can be measured on tens of thousands of documents in seconds:
 * two to four officials with their roles, one or two meetings, visits or calls, sometimes an agreement
 * or a statement of support. A few officials and countries appear in very many documents, as in real news.
 */
public final class SyntheticMaps {

    private final SyntheticWorld world;
    private final long seed;

    public SyntheticMaps(long seed) {
        this.seed = seed;
        this.world = new SyntheticWorld(seed, 60);
    }

    /** Document {@code i}; a higher {@code version} is the same document edited (other facts, other sha256). */
    public DocumentMap map(int i, int version) {
        Random random = new Random((seed * 1_000_003L + i) * 31 + version);
        String id = String.format("synthetic-%06d.txt", i);
        LocalDate published = LocalDate.of(2000, 1, 3).plusDays(random.nextInt(26 * 365));
        DocumentInfo info = new DocumentInfo(id, DocumentReader.sha256(id + "#" + version), "Synthetic article " + i,
                "Synthetic Wire", null, FuzzyDate.day(published), "en");
        List<PersonEntity> persons = new ArrayList<>();
        List<CountryEntity> countries = new ArrayList<>();
        List<EventFact> events = new ArrayList<>();
        List<AgreementFact> agreements = new ArrayList<>();
        List<RelationFact> relations = new ArrayList<>();
        int eventCount = 1 + random.nextInt(2);
        for (int e = 0; e < eventCount; e++) {
            Nation[] pair = world.pair(random);
            Official a = pair[0].cabinet().get(SyntheticWorld.skewed(random, pair[0].cabinet().size()));
            Official b = SyntheticWorld.pick(random, pair[1].cabinet());
            addPerson(persons, a, random);
            addPerson(persons, b, random);
            addCountry(countries, pair[0]);
            addCountry(countries, pair[1]);
            EventType type = switch (random.nextInt(4)) {
                case 0, 1 -> EventType.MEETING;
                case 2 -> EventType.VISIT;
                default -> EventType.CALL;
            };
            FuzzyDate date = FuzzyDate.day(published.minusDays(random.nextInt(3)));
            String destination = type == EventType.VISIT ? pair[1].iso3() : null;
            String pa = Names.slug(a.name());
            String pb = Names.slug(b.name());
            EventSignature signature = EventSignature.of(type.name(),
                    List.of(EventSignature.party("PERSON", pa), EventSignature.party("PERSON", pb)), destination);
            Place place = type == EventType.CALL ? null : new Place(pair[type == EventType.VISIT ? 1 : 0].capital(),
                    Place.PlaceKind.CITY, pair[type == EventType.VISIT ? 1 : 0].iso3());
            List<Participant> participants = type == EventType.VISIT
                    ? List.of(new Participant(EntityRef.person(pa), "visitor"), new Participant(EntityRef.person(pb), "host"))
                    : List.of(new Participant(EntityRef.person(pa), Participant.SUBJECT),
                              new Participant(EntityRef.person(pb), Participant.COUNTERPART));
            events.add(new EventFact(signature.eventId(date.iso()), type, signature, date, place, participants,
                    evidence(e, a.name() + " met " + b.name() + " to discuss "
                            + SyntheticWorld.pick(random, SyntheticWorld.TOPICS) + ".")));
            if (random.nextInt(4) == 0) {
                String topic = SyntheticWorld.pick(random, SyntheticWorld.TOPICS);
                agreements.add(new AgreementFact(Ids.agreement(pair[0].iso3() + "-" + pair[1].iso3() + "-" + topic + "-" + i,
                        date.year()), AgreementFact.AgreementStatus.SIGNED, 1, date, List.of(topic),
                        List.of(pair[0].iso3(), pair[1].iso3()), evidence(e + 1, "The two countries signed an agreement on " + topic + ".")));
            }
            if (random.nextInt(6) == 0) {
                relations.add(new RelationFact(RelationType.SUPPORTS, EntityRef.country(pair[0].iso3()),
                        EntityRef.country(pair[1].iso3()), evidence(e + 2, pair[0].name() + " supports " + pair[1].name() + ".")));
            }
        }
        return new DocumentMap(info, persons, countries, List.of(), events, agreements, relations);
    }

    private static void addPerson(List<PersonEntity> persons, Official o, Random random) {
        String id = Names.slug(o.name());
        if (persons.stream().noneMatch(p -> p.id().equals(id))) {
            persons.add(new PersonEntity(id, o.name(), List.of(o.name(), o.surname()),
                    List.of(new Role(o.title(), o.iso3(), null)), 1 + random.nextInt(4), evidence(0, o.title() + " " + o.name())));
        }
    }

    private static void addCountry(List<CountryEntity> countries, Nation n) {
        if (countries.stream().noneMatch(c -> c.iso3().equals(n.iso3()))) {
            countries.add(new CountryEntity(n.iso3(), n.name(), 2));
        }
    }

    private static List<Evidence> evidence(int sentence, String quote) {
        return List.of(new Evidence(sentence, sentence * 120, sentence * 120 + quote.length(), quote, 0.9, "synthetic"));
    }
}
