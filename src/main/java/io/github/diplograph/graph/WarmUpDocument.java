package io.github.diplograph.graph;

import io.github.diplograph.identity.EventSignature;
import io.github.diplograph.model.AgreementFact;
import io.github.diplograph.model.CountryEntity;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.EntityRef;
import io.github.diplograph.model.EventFact;
import io.github.diplograph.model.EventType;
import io.github.diplograph.model.Evidence;
import io.github.diplograph.model.FuzzyDate;
import io.github.diplograph.model.OrganizationEntity;
import io.github.diplograph.model.Participant;
import io.github.diplograph.model.PersonEntity;
import io.github.diplograph.model.Place;
import io.github.diplograph.model.RelationFact;
import io.github.diplograph.model.RelationType;
import io.github.diplograph.model.Role;

import java.time.LocalDate;
import java.util.List;

/**
 * A made-up document with one fact of every kind the writer stores, so that {@link GraphWriter#prepare()}
 * runs every write statement with rows of their real shape. Its ids cannot collide with real ones
 * (they start with a NUL character); it is rolled back, or deleted right after its commit.
 */
final class WarmUpDocument {

    static final String PREFIX = "\u0000warm-up-";

    private WarmUpDocument() {
    }

    /** {@code n} made-up documents, each with its own entities (a batch of them warms the code, not just the plans). */
    static List<DocumentMap> maps(int n, String batch) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> map(PREFIX + batch + i + "-")).toList();
    }

    static DocumentMap map() {
        return map(PREFIX);
    }

    private static DocumentMap map(String prefix) {
        // Names whose words no other made-up document shares: persons are resolved by the words of their
        // names, so 500 documents all naming "Ann Warm" made each one a candidate for all the others (a
        // batch's preparation took 10–20 s of CPU, beside the extraction it was meant to overlap).
        String tag = letters(prefix);
        String a = prefix + "a";
        String b = prefix + "b";
        String c1 = prefix + "C1";
        String c2 = prefix + "C2";
        String org = prefix + "org";
        // The year 1: committed for a moment to warm the commit path (GraphWriter.prepare), a made-up meeting must not
        // show in a concurrent reader's answer for any year news is about.
        FuzzyDate day = FuzzyDate.day(LocalDate.of(1, 1, 1));
        List<Evidence> evidence = List.of(new Evidence(0, 0, 10, "warm-up", 0.9, "warm-up"));
        EventSignature signature = EventSignature.of(EventType.MEETING.name(),
                List.of(EventSignature.party("PERSON", a), EventSignature.party("PERSON", b)), null);
        EventFact meeting = new EventFact(signature.eventId(day.iso()), EventType.MEETING, signature, day,
                new Place(prefix + "city", Place.PlaceKind.CITY, c1),
                List.of(new Participant(EntityRef.person(a), Participant.SUBJECT),
                        new Participant(EntityRef.person(b), Participant.COUNTERPART),
                        new Participant(EntityRef.organization(org), Participant.PARTY)), evidence);
        return new DocumentMap(
                new DocumentInfo(prefix + "document", "0", "warm-up", null, null, day, "en"),
                List.of(new PersonEntity(a, "Ann Warm" + tag, List.of("Ann Warm" + tag),
                                List.of(new Role("President", c1, null), new Role("Envoy", null, org),
                                        new Role("Minister", null, null)), 1, evidence),
                        new PersonEntity(b, "Bo Up" + tag, List.of("Bo Up" + tag),
                                List.of(new Role("President", c2, null)), 1, evidence)),
                List.of(new CountryEntity(c1, "Warm", 1), new CountryEntity(c2, "Up", 1)),
                List.of(new OrganizationEntity(org, "Warm-up Organization", "OTHER", c1, 1)),
                List.of(meeting),
                List.of(new AgreementFact(prefix + "agreement", AgreementFact.AgreementStatus.SIGNED, 1, day,
                        List.of("trade"), List.of(c1, c2), evidence)),
                List.of(new RelationFact(RelationType.SUPPORTS, EntityRef.country(c1), EntityRef.country(c2), evidence)));
    }

    /** The prefix in letters, made part of the names' last word (no word shared): "…warm-up-n16-3-" → "warmxupxnbgxdx". */
    private static String letters(String prefix) {
        StringBuilder sb = new StringBuilder();
        for (char c : prefix.toCharArray()) {
            if (c >= '0' && c <= '9') {
                sb.append((char) ('a' + (c - '0')));
            } else if (c >= 'a' && c <= 'z') {
                sb.append(c);
            } else if (c != '\u0000') {
                sb.append('x');
            }
        }
        return sb.toString();
    }
}
