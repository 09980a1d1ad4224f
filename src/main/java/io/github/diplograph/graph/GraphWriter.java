package io.github.diplograph.graph;

import io.github.diplograph.identity.EventSignature;
import io.github.diplograph.identity.Ids;
import io.github.diplograph.identity.PersonIdentities;
import io.github.diplograph.model.AgreementFact;
import io.github.diplograph.model.CountryEntity;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.EntityRef;
import io.github.diplograph.model.EventFact;
import io.github.diplograph.model.Evidence;
import io.github.diplograph.model.FuzzyDate;
import io.github.diplograph.model.OrganizationEntity;
import io.github.diplograph.model.Participant;
import io.github.diplograph.model.PersonEntity;
import io.github.diplograph.model.Place;
import io.github.diplograph.model.RelationFact;
import io.github.diplograph.model.Role;
import io.github.diplograph.util.Rows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes document maps into the graph: one transaction per batch, one UNWIND statement per kind of
 * row, MERGE on constrained keys. A document already in the graph has its old facts retracted in the
 * same transaction, so a reader never sees half of a document.
 */
public final class GraphWriter {

    private final GraphConnection connection;

    /** Seconds spent per write step since this writer was made: where a load's write time goes (bench). */
    private final Map<String, Double> stepSeconds = new java.util.concurrent.ConcurrentHashMap<>();

    public GraphWriter(GraphConnection connection) {
        this.connection = connection;
    }

    /** Seconds per write step (a statement file, or a step of ours such as resolving persons), largest first. */
    public Map<String, Double> stepSeconds() {
        Map<String, Double> sorted = new LinkedHashMap<>();
        stepSeconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private <T> T timed(String step, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stepSeconds.merge(step, (System.nanoTime() - start) / 1e9, Double::sum);
        }
    }

    private void timed(String step, Runnable work) {
        timed(step, () -> {
            work.run();
            return null;
        });
    }

    /** The stored sha256 of each given document id that is in the graph. */
    public Map<String, String> storedVersions(Collection<String> ids) {
        try (Session session = connection.session()) {
            return session.executeRead(tx -> {
                Map<String, String> versions = new HashMap<>();
                tx.run(CypherFiles.statement("write/document-versions"), Map.of("ids", List.copyOf(ids)))
                        .forEachRemaining(r -> versions.put(r.get("id").asString(), r.get("sha256").asString()));
                return versions;
            });
        }
    }

    /** Writes (or replaces) the given documents in one transaction, as loaded from no particular source. */
    public void write(List<DocumentMap> maps) {
        write(maps, null, maps.stream().map(m -> m.document().id()).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * Writes the given documents in one transaction, recording {@code origin} (the source they were read
     * from) on each. Documents in {@code stored} are already in the graph: their old facts are retracted
     * first; the others are new and cost no retraction.
     */
    public void write(List<DocumentMap> maps, String origin, Set<String> stored) {
        if (maps.isEmpty()) {
            return;
        }
        // The whole transaction too, and the commit apart: from the end of our statements to the return.
        long start = System.nanoTime();
        long[] bodyDone = new long[1];
        try (Session session = connection.session()) {
            session.executeWriteWithoutResult(tx -> {
                writeInTransaction(tx, maps, origin, stored);
                bodyDone[0] = System.nanoTime();
            });
        }
        long end = System.nanoTime();
        stepSeconds.merge("commit", (end - bodyDone[0]) / 1e9, Double::sum);
        stepSeconds.merge("whole transaction", (end - start) / 1e9, Double::sum);
        // The first batch apart: a short run pays for cold plans and code there (docs/PERFORMANCE.md).
        stepSeconds.putIfAbsent("first batch", (end - start) / 1e9);
        stepSeconds.putIfAbsent("first commit", (end - bodyDone[0]) / 1e9);
    }

    /**
     * Runs every write statement (and the retraction) on a batch of made-up documents, in a transaction
     * that is rolled back: nothing is written, but the database has compiled the statements and the JVM
     * has warmed the write path. The loader calls this while the first documents are being extracted, so a
     * short run does not pay for it in its first batches (measured in a 300-document write: the first
     * batch took 4.6 s of 8 s; docs/PERFORMANCE.md).
     */
    public void prepare(int batchSize) {
        // Neo4j plans a statement anew for each order of magnitude of its list parameter's size, so
        // made-up batches of several sizes, up to the real batch size.
        List<Integer> sizes = new ArrayList<>();
        for (int n = 1; n < batchSize; n *= 4) {
            sizes.add(n);
        }
        sizes.add(Math.max(1, batchSize));
        try (Session session = connection.session(); org.neo4j.driver.Transaction tx = session.beginTransaction()) {
            for (int n : sizes) {
                List<DocumentMap> sample = WarmUpDocument.maps(n, "n" + n + "-");
                writeInTransaction(tx, sample, "prepare", Set.of());
                // A few of them again, as stored documents, so that retraction runs too: its statements take one
                // document at a time, and retracting all 841 made-up documents took most of 6–15 s.
                List<DocumentMap> again = sample.subList(0, Math.min(4, sample.size()));
                writeInTransaction(tx, again, "prepare", again.stream().map(m -> m.document().id()).collect(java.util.stream.Collectors.toSet()));
            }
            tx.rollback();
        }
        warmCommits(batchSize);
        stepSeconds.clear();   // made-up documents: not part of any load's figures
    }

    /**
     * Commits half a batch of made-up documents and deletes them again, four times: the rolled-back
     * preparation never reaches the commit, and the first real commit paid for it cold (0.6 of a
     * 300-document write's 0.9 s; four rounds brought it to 0.13 s, two to 0.18; docs/PERFORMANCE.md). A
     * reader may see them for the moment between the two commits: their ids start with a NUL character, their countries are no real country, their names are "Ann Warm…" and "Bo Up…" and
     * their meetings in the year 1, so no answer about a real country or a year of news holds them. Leftovers of
     * a load stopped between the two are deleted first, and by every load ({@link #deleteWarmUpLeftovers}).
     */
    private void warmCommits(int batchSize) {
        deleteWarmUpLeftovers();
        try (Session session = connection.session()) {
            for (int round = 0; round < 4; round++) {
                List<DocumentMap> sample = WarmUpDocument.maps(Math.max(1, batchSize / 2), "c" + round + "-");
                session.executeWriteWithoutResult(tx -> writeInTransaction(tx, sample, "prepare", Set.of()));
                deleteWarmUp(session);
            }
        }
    }

    /** Deletes made-up documents a preparation stopped between its commits left in the graph (one index look-up). */
    public void deleteWarmUpLeftovers() {
        try (Session session = connection.session()) {
            deleteWarmUp(session);
        }
    }

    private static void deleteWarmUp(Session session) {
        session.executeWriteWithoutResult(tx -> tx.run(planned(CypherFiles.statement("write/delete-warm-up")),
                Map.of("prefix", WarmUpDocument.PREFIX)).consume());
    }

    /** Removes the given documents and every fact, property and edge only they contributed, in one transaction. */
    public void delete(List<String> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        try (Session session = connection.session()) {
            session.executeWriteWithoutResult(tx -> {
                for (String id : documentIds) {
                    retract(tx, id);
                    tx.run(planned(CypherFiles.statement("write/delete-document")), Map.of("id", id)).consume();
                }
            });
        }
    }

    /** Removes a document and every fact only it reported. */
    public void delete(String documentId) {
        delete(List.of(documentId));
    }

    /** The ids of the documents whose recorded origin is {@code origin}. */
    public List<String> documentsOf(String origin) {
        try (Session session = connection.session()) {
            return session.executeRead(tx -> tx.run(CypherFiles.statement("write/documents-of-origin"), Map.of("origin", origin))
                    .list(r -> r.get("id").asString()));
        }
    }

    /** Records {@code origin} on documents seen unchanged in it. */
    public void recordOrigin(List<String> ids, String origin) {
        if (ids.isEmpty() || origin == null) {
            return;
        }
        try (Session session = connection.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.statement("write/document-origins"),
                    Map.of("ids", ids, "origin", origin)).consume());
        }
    }

    private void writeInTransaction(org.neo4j.driver.SimpleQueryRunner tx, List<DocumentMap> batch, String origin, Set<String> stored) {
        // A document's own edges (its mentions, its reports) are made with CREATE, not MERGE: so each document
        // once per batch (the last map of an id wins), and every document already in the graph retracted
        // first, whatever the caller believed stored (one look-up of the batch's ids).
        List<DocumentMap> maps = lastOfEachId(batch);
        Set<String> inGraph = timed("write/document-versions", () -> present(tx, maps, stored));
        for (DocumentMap map : maps) {
            if (inGraph.contains(map.document().id())) {
                timed("retract", () -> retract(tx, map.document().id()));
            }
        }
        PersonIdentities identities = timed("write/person-candidates", () -> loadPersonCandidates(tx, maps));
        // By identity: a document map's own hashCode would walk its whole record tree on every look-up.
        Map<DocumentMap, Map<String, String>> personIds = new java.util.IdentityHashMap<>();
        timed("resolve persons", () -> {
            for (DocumentMap map : maps) {
                Map<String, String> ids = new HashMap<>();
                for (PersonEntity p : map.persons()) {
                    Set<String> countries = new TreeSet<>();
                    p.roles().stream().map(Role::country).filter(c -> c != null).forEach(countries::add);
                    ids.put(p.id(), identities.resolve(p.id(), p.name(), p.aliases(), countries));
                }
                personIds.put(map, ids);
            }
        });
        Batch rows = new Batch();
        EventResolver resolver = timed("write/event-candidates", () -> loadEventCandidates(tx, maps, personIds));
        timed("build rows", () -> {
            for (DocumentMap map : maps) {
                rows.add(map, resolver, personIds.get(map), origin);
            }
        });
        run(tx, "write/documents", rows.documents);
        run(tx, "write/countries", Batch.rows(rows.countries));
        run(tx, "write/organizations", Batch.rows(rows.organizations));
        // Persons with their mentions and roles. New spellings only add to a person's names: no need to read
        // every mention again (retraction does). Returns the persons whose countries (given a role in a new
        // country) or shown role (a new role, or several) may have changed: only theirs are made again
        // (persons.cypher).
        Record changed = timed("write/persons", () -> rows.persons.isEmpty() ? null
                : tx.run(planned(CypherFiles.statement("write/persons")), Values.parameters("rows", Batch.rows(rows.persons)))
                        .single());
        List<String> newCountries = changed == null ? List.of() : changed.get("newCountries").asList(v -> v.asString());
        List<String> summaries = changed == null ? List.of() : changed.get("summaries").asList(v -> v.asString());
        run(tx, "write/cities", Batch.rows(rows.cities));
        timed("write/person-summary", () -> summarise(tx, "write/person-summary", summaries));
        List<String> moved = timed("write/role-countries", () -> roleCountries(tx, newCountries));
        List<String> eventIds = List.copyOf(rows.events.keySet());
        // Events with their reports, places and participants.
        run(tx, "write/events", Batch.rows(rows.events));
        timed("write/event-summary", () -> summarise(tx, "write/event-summary", eventIds));
        timed("write/participant-keys", () -> summarise(tx, "write/participant-keys", eventIds));
        run(tx, "write/agreements", Batch.rows(rows.agreements));
        // After the participants and the parties: the events and agreements of the batch, and the events of
        // persons whose countries changed above.
        timed("write/tie-keys", () -> tieKeys(tx, union(eventIds, moved), List.copyOf(rows.agreements.keySet())));
        // One statement per relationship type, and only for the types this batch has.
        timed("write/relations", () -> {
            for (String statement : CypherFiles.statements("write/relations")) {
                List<Map<String, Object>> ofType = rows.relations.stream()
                        .filter(r -> statement.contains("'" + r.get("type") + "'")).toList();
                if (!ofType.isEmpty()) {
                    tx.run(planned(statement), Values.parameters("rows", ofType)).consume();
                }
            }
        });
    }

    /** Retracts what a document contributed, then recomputes the events and persons it shared with others. */
    private static void retract(org.neo4j.driver.SimpleQueryRunner tx, String documentId) {
        Record touched = tx.run(planned(CypherFiles.statement("write/reported-events")), Map.of("id", documentId)).single();
        List<String> events = touched.get("events").asList(v -> v.asString());
        List<String> persons = touched.get("persons").asList(v -> v.asString());
        for (String statement : CypherFiles.statements("write/retract-document")) {
            tx.run(planned(statement), Map.of("id", documentId)).consume();
        }
        summarise(tx, "write/event-summary", events);
        summarise(tx, "write/person-names", persons);
        summarise(tx, "write/person-summary", persons);
        summarise(tx, "write/participant-keys", events);
        List<String> moved = roleCountries(tx, persons);
        tieKeys(tx, union(events, moved), touched.get("agreements").asList(v -> v.asString()));
    }

    /**
     * Keeps {@code Person.roleCountries} of the given persons ({@code write/role-countries.cypher}) and
     * returns the events of those whose countries changed: their tie keys are to be made again.
     */
    private static List<String> roleCountries(org.neo4j.driver.SimpleQueryRunner tx, List<String> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return tx.run(planned(CypherFiles.statement("write/role-countries")), Map.of("ids", persons))
                .single().get("events").asList(v -> v.asString());
    }

    /** Makes the tie keys of the given events and agreements again ({@code write/tie-keys.cypher}). */
    private static void tieKeys(org.neo4j.driver.SimpleQueryRunner tx, List<String> events, List<String> agreements) {
        if (!events.isEmpty() || !agreements.isEmpty()) {
            tx.run(planned(CypherFiles.statement("write/tie-keys")), Map.of("events", events, "agreements", agreements)).consume();
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The batch with each document id once: its last map (a later version of a document replaces an earlier). */
    private static List<DocumentMap> lastOfEachId(List<DocumentMap> batch) {
        Map<String, DocumentMap> byId = new LinkedHashMap<>();
        for (DocumentMap map : batch) {
            byId.remove(map.document().id());
            byId.put(map.document().id(), map);
        }
        return byId.size() == batch.size() ? batch : List.copyOf(byId.values());
    }

    /** The ids of the batch's documents that are in the graph: those the caller says are stored, and any other that is. */
    private static Set<String> present(org.neo4j.driver.SimpleQueryRunner tx, List<DocumentMap> maps, Set<String> stored) {
        Set<String> present = new java.util.HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (DocumentMap map : maps) {
            String id = map.document().id();
            if (stored.contains(id)) {
                present.add(id);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            tx.run(planned(CypherFiles.statement("write/document-versions")), Map.of("ids", unknown))
                    .forEachRemaining(r -> present.add(r.get("id").asString()));
        }
        return present;
    }

    private static void summarise(org.neo4j.driver.SimpleQueryRunner tx, String file, List<String> ids) {
        if (!ids.isEmpty()) {
            tx.run(planned(CypherFiles.statement(file)), Map.of("ids", ids)).consume();
        }
    }

    private static PersonIdentities loadPersonCandidates(org.neo4j.driver.SimpleQueryRunner tx, List<DocumentMap> maps) {
        Set<String> surnames = new TreeSet<>();
        maps.forEach(m -> m.persons().forEach(p -> surnames.addAll(PersonIdentities.lookupKeys(p.name()))));
        PersonIdentities identities = new PersonIdentities();
        if (!surnames.isEmpty()) {
            tx.run(planned(CypherFiles.statement("write/person-candidates")), Map.of("surnames", List.copyOf(surnames)))
                    .forEachRemaining(r -> {
                        List<String> names = new ArrayList<>(r.get("aliases").asList(v -> v.asString()));
                        names.add(r.get("name").asString());
                        identities.add(new PersonIdentities.Known(r.get("id").asString(), names,
                                new java.util.HashSet<>(r.get("countries").asList(v -> v.asString()))));
                    });
        }
        return identities;
    }

    private static EventResolver loadEventCandidates(org.neo4j.driver.SimpleQueryRunner tx, List<DocumentMap> maps,
                                                     Map<DocumentMap, Map<String, String>> personIds) {
        Set<String> signatures = new TreeSet<>();
        maps.forEach(m -> m.events().forEach(e -> signatures.add(e.signature().withPersonIds(personIds.get(m)).text())));
        EventResolver resolver = new EventResolver();
        if (!signatures.isEmpty()) {
            tx.run(planned(CypherFiles.statement("write/event-candidates")), Map.of("signatures", List.copyOf(signatures)))
                    .forEachRemaining(r -> resolver.addKnown(toKnownEvent(r)));
        }
        return resolver;
    }

    private static EventResolver.KnownEvent toKnownEvent(Record r) {
        String iso = r.get("date").isNull() ? null : r.get("date").asString();
        return new EventResolver.KnownEvent(r.get("id").asString(), EventSignature.parse(r.get("signature").asString()), FuzzyDate.parse(iso));
    }

    /**
     * A write statement as the writer sends it: with {@code replan=skip}. Neo4j plans a statement again
     * whenever the graph's statistics have moved by more than a threshold since its plan (at most every
     * 10 s) — during a load from an empty graph, on nearly every batch for a while, each re-plan costing
     * more than the batch's own writes. Every look-up here is by a constrained key, so the first plan stays
     * right however large the graph grows.
     */
    static String planned(String statement) {
        return "CYPHER replan=skip " + statement;
    }

    private void run(org.neo4j.driver.SimpleQueryRunner tx, String file, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            timed(file, () -> tx.run(planned(CypherFiles.statement(file)), Values.parameters("rows", rows)).consume());
        }
    }

    /** A document list that takes each document once, in the order they come (a fact's {@code sources} order). */
    private static final class DocList extends ArrayList<String> {
        @Override
        public boolean add(String doc) {
            return !contains(doc) && super.add(doc);
        }
    }

    /** The parameter rows of one transaction, one list (or one group per entity) per write statement. */
    private static final class Batch {
        final List<Map<String, Object>> documents = new ArrayList<>();
        // One row per entity of the batch (first seen first), each with one mention per document: its node is
        // merged once per batch, not once per document, and a document's MENTIONS edge made once.
        final Map<String, Map<String, Object>> persons = new LinkedHashMap<>();
        final Map<String, Map<String, Object>> countries = new LinkedHashMap<>();
        final Map<String, Map<String, Object>> organizations = new LinkedHashMap<>();
        final Map<String, Map<String, Object>> cities = new LinkedHashMap<>();
        // One row per relationship fact of the batch (a role, a participation) with the documents that state
        // it, and one per event and agreement with one report per document: see the statements.
        final Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        final Map<String, Map<String, Object>> agreements = new LinkedHashMap<>();
        final List<Map<String, Object>> relations = new ArrayList<>();

        void add(DocumentMap map, EventResolver resolver, Map<String, String> personIds, String origin) {
            DocumentInfo info = map.document();
            String doc = info.id();
            Map<String, Object> props = documentProps(info);
            props.put("origin", origin);
            documents.add(Rows.of("id", doc, "props", props));
            Map<String, String> countryNames = new HashMap<>();
            for (CountryEntity c : map.countries()) {
                // A country named twice in one document: its last mention counts, as a MERGE and SET per row did.
                mentions(countries, c.iso3(), () -> Rows.of("iso3", c.iso3(), "name", c.name()))
                        .put(doc, Rows.of("doc", doc, "count", c.mentions()));
                countryNames.put(c.iso3(), c.name());
            }
            for (OrganizationEntity o : map.organizations()) {
                Map<String, Object> row = entity(organizations, o.id(), () -> Rows.of("id", o.id(), "name", o.name(),
                        "kind", o.kind(), "mentions", new LinkedHashMap<String, Object>(), "basedIn", new LinkedHashMap<String, Object>()));
                mentionsOf(row).put(doc, Rows.of("doc", doc, "count", o.mentions()));
                // Based in a country when this document mentions that country too.
                if (o.country() != null && countryNames.containsKey(o.country())) {
                    docsOf(row, "basedIn", o.country(), "country").add(doc);
                }
            }
            for (PersonEntity p : map.persons()) {
                String id = personIds.get(p.id());
                List<String> untargeted = p.roles().stream().filter(r -> r.country() == null && r.organization() == null)
                        .map(Role::title).toList();
                Map<String, Object> person = entity(persons, id, () -> Rows.of("id", id, "name", p.name(),
                        "surname", null, "familyName", null, "names", new ArrayList<String>(), "aliases", new ArrayList<String>(),
                        "mentions", new LinkedHashMap<String, Object>(), "roles", new LinkedHashMap<String, Object>()));
                // The first surname any row gives (coalesce row by row did the same).
                if (person.get("surname") == null) {
                    person.put("surname", PersonIdentities.surname(p.name()));
                }
                if (person.get("familyName") == null) {
                    person.put("familyName", PersonIdentities.familyName(p.name()));
                }
                listOf(person, "names").add(p.name());
                listOf(person, "aliases").addAll(p.aliases());
                // Two persons of one document resolved to one node: the last one's mention stays, as a MERGE
                // and SET per row left it; their spellings all count for the name and aliases (above).
                mentionsOf(person).put(doc, Rows.of("doc", doc, "count", p.mentions(), "titles", untargeted,
                        "name", p.name(), "aliases", p.aliases()));
                for (Role role : p.roles()) {
                    if (role.country() != null || role.organization() != null) {
                        String key = String.join("\u0000", id, role.title(), String.valueOf(role.country()),
                                String.valueOf(role.organization()));
                        listOf(entity(nested(person, "roles"), key, () -> Rows.of("title", role.title(),
                                "country", role.country(), "organization", role.organization(), "docs", new DocList())), "docs")
                                .add(doc);
                    }
                }
            }
            for (EventFact e : map.events()) {
                EventSignature signature = e.signature().withPersonIds(personIds);
                EventResolver.KnownEvent resolved = resolver.resolve(signature, e.date());
                FuzzyDate date = resolved.date();
                Place place = e.place();
                String cityId = place != null && place.kind() == Place.PlaceKind.CITY ? cityId(place) : null;
                if (cityId != null) {
                    // The document's mention counts its events there.
                    @SuppressWarnings("unchecked")
                    Map<String, Object> mention = (Map<String, Object>) mentions(cities, cityId, () -> Rows.of("id", cityId,
                            "name", place.name(), "country", place.country(), "countryName", countryNames.get(place.country())))
                            .computeIfAbsent(doc, k -> Rows.of("doc", doc, "count", 0));
                    mention.put("count", (Integer) mention.get("count") + 1);
                }
                Map<String, Object> event = entity(events, resolved.id(), () -> Rows.of("id", resolved.id(),
                        "reports", new LinkedHashMap<String, Object>(), "places", new LinkedHashMap<String, Object>(),
                        "participants", new LinkedHashMap<String, Object>()));
                // Type and signature as the last row gives them (one id: one signature).
                event.put("type", e.type().name());
                event.put("signature", signature.text());
                // Two events of one document resolved to one: one report, its properties set row after row.
                Map<String, Object> reportProps = reportOf(event, doc);
                setAll(reportProps, evidenceProps(e.evidence()));
                setAll(reportProps, Rows.of("date", e.date().iso(), "datePrecision", e.date().precision().name(),
                        "year", e.date().year(), "place", place == null ? null : place.name(), "cityId", cityId));
                String placeCountry = place == null || cityId != null ? null : place.country();
                if (cityId != null || placeCountry != null) {
                    docsOf(event, "places", cityId != null ? "city:" + cityId : "country:" + placeCountry, "cityId").add(doc);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> placeRow = (Map<String, Object>) ((Map<String, Object>) event.get("places"))
                            .get(cityId != null ? "city:" + cityId : "country:" + placeCountry);
                    placeRow.put("cityId", cityId);
                    placeRow.put("country", placeCountry);
                }
                for (Participant part : e.participants()) {
                    Map<String, Object> ref = refRow(part.entity(), "", personIds);
                    Map<String, Object> participation = entity(nested(event, "participants"), ref.toString(), () -> {
                        Map<String, Object> r = new LinkedHashMap<>(ref);
                        r.put("role", null);
                        r.put("docs", new DocList());
                        return r;
                    });
                    // The last role given, as coalesce(row.role, x.role) row after row.
                    if (part.role() != null) {
                        participation.put("role", part.role());
                    }
                    listOf(participation, "docs").add(doc);
                }
            }
            for (AgreementFact a : map.agreements()) {
                Map<String, Object> agreement = entity(agreements, a.id(), () -> Rows.of("id", a.id(),
                        "reports", new LinkedHashMap<String, Object>(), "parties", new LinkedHashMap<String, Object>()));
                // Its properties as the last row gives them.
                agreement.putAll(Rows.of("status", a.status().name(), "count", a.count(),
                        "date", a.date().iso(), "datePrecision", a.date().precision().name(), "year", a.date().year(),
                        "topics", a.topics()));
                setAll(reportOf(agreement, doc), evidenceProps(a.evidence()));
                for (String iso3 : a.parties()) {
                    docsOf(agreement, "parties", iso3, "country").add(doc);
                }
            }
            for (RelationFact rel : map.relations()) {
                Map<String, Object> r = refRow(rel.from(), "from", personIds);
                r.putAll(refRow(rel.to(), "to", personIds));
                r.put("doc", doc);
                r.put("type", rel.type().name());
                r.put("quote", rel.evidence().isEmpty() ? null : rel.evidence().get(0).quote());
                relations.add(r);
            }
        }

        /** The rows to send for entities grouped by key: each mentions map (and basedIn) made a list. */
        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> rows(Map<String, Map<String, Object>> grouped) {
            List<Map<String, Object>> rows = new ArrayList<>(grouped.size());
            for (Map<String, Object> row : grouped.values()) {
                Map<String, Object> out = new LinkedHashMap<>(row);
                for (Map.Entry<String, Object> e : out.entrySet()) {
                    if (e.getValue() instanceof Map<?, ?> m) {
                        e.setValue(new ArrayList<>(m.values()));
                    }
                }
                rows.add(out);
            }
            return rows;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Map<String, Object>> nested(Map<String, Object> row, String key) {
            return (Map<String, Map<String, Object>>) row.get(key);
        }

        private static Map<String, Object> entity(Map<String, Map<String, Object>> grouped, String key,
                                                  java.util.function.Supplier<Map<String, Object>> first) {
            return grouped.computeIfAbsent(key, k -> first.get());
        }

        /** The mentions (document id to its mention row) of an entity, the entity's row made from its first mention. */
        private static Map<String, Object> mentions(Map<String, Map<String, Object>> grouped, String key,
                                                    java.util.function.Supplier<Map<String, Object>> first) {
            return mentionsOf(entity(grouped, key, () -> {
                Map<String, Object> row = first.get();
                row.put("mentions", new LinkedHashMap<String, Object>());
                return row;
            }));
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> mentionsOf(Map<String, Object> row) {
            return (Map<String, Object>) row.get("mentions");
        }

        @SuppressWarnings("unchecked")
        private static List<String> listOf(Map<String, Object> row, String key) {
            return (List<String>) row.get(key);
        }

        /**
         * The documents of the batch that state one relationship fact, in the order they come: the fact's row in
         * {@code row.get(field)} (keyed by {@code key}, with {@code keyName} = key), made on first use.
         */
        @SuppressWarnings("unchecked")
        private static java.util.Collection<String> docsOf(Map<String, Object> row, String field, String key, String keyName) {
            Map<String, Object> facts = (Map<String, Object>) row.get(field);
            Map<String, Object> fact = (Map<String, Object>) facts.computeIfAbsent(key,
                    k -> Rows.of(keyName, key, "docs", new DocList()));
            return (DocList) fact.get("docs");
        }

        /** The REPORTED_IN properties of {@code doc}'s report of an event or agreement, made on first use. */
        @SuppressWarnings("unchecked")
        private static Map<String, Object> reportOf(Map<String, Object> fact, String doc) {
            Map<String, Object> reports = (Map<String, Object>) fact.get("reports");
            // The report row is the document's id and the edge's properties, named in the statement's CREATE.
            return (Map<String, Object>) reports.computeIfAbsent(doc, k -> Rows.of("doc", doc));
        }

        /** {@code SET r += values}: each value set, a null one removed. */
        private static void setAll(Map<String, Object> props, Map<String, Object> values) {
            values.forEach((k, v) -> {
                if (v == null) {
                    props.remove(k);
                } else {
                    props.put(k, v);
                }
            });
        }

        private static Map<String, Object> documentProps(DocumentInfo info) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("sha256", info.sha256());
            props.put("title", info.title());
            props.put("source", info.source());
            props.put("url", info.url());
            props.put("published", info.published().iso());
            props.put("publishedPrecision", info.published().precision().name());
            props.put("language", info.language());
            props.put("loadedAt", Instant.now().toString());
            return props;
        }

        /** The first (most confident) evidence as REPORTED_IN properties, plus every sentence index. */
        private static Map<String, Object> evidenceProps(List<Evidence> evidence) {
            Map<String, Object> props = new LinkedHashMap<>();
            if (evidence.isEmpty()) {
                return props;
            }
            Evidence first = evidence.get(0);
            props.put("sentence", first.sentence());
            props.put("start", first.start());
            props.put("end", first.end());
            props.put("quote", first.quote());
            props.put("confidence", first.confidence());
            props.put("extractor", first.extractor());
            props.put("sentences", evidence.stream().map(Evidence::sentence).distinct().toList());
            return props;
        }

        /** person/country/organization keys for a reference, prefixed (e.g. fromPerson) when asked. */
        private static Map<String, Object> refRow(EntityRef ref, String prefix, Map<String, String> personIds) {
            Map<String, Object> r = new HashMap<>();
            String id = ref.kind() == io.github.diplograph.model.EntityKind.PERSON
                    ? personIds.getOrDefault(ref.id(), ref.id()) : ref.id();
            String key = switch (ref.kind()) {
                case PERSON -> "person";
                case COUNTRY -> "country";
                case ORGANIZATION -> "organization";
            };
            r.put(prefix.isEmpty() ? key : prefix + Character.toUpperCase(key.charAt(0)) + key.substring(1), id);
            return r;
        }

        private static String cityId(Place place) {
            return Ids.city(place.name(), place.country());
        }

    }
}
