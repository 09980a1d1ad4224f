package io.github.diplograph.eval;

import io.github.diplograph.identity.Ids;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diplograph.extract.Extractor;
import io.github.diplograph.ingest.DocumentReader;
import io.github.diplograph.ingest.ReadResult;
import io.github.diplograph.model.SourceDocument;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.EntityKind;
import io.github.diplograph.model.EventFact;
import io.github.diplograph.model.EventType;
import io.github.diplograph.model.Participant;
import io.github.diplograph.model.PersonEntity;
import io.github.diplograph.model.Role;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compares what the extractor finds with hand-written gold annotations, per category: officials as
 * person–country (or organization) pairs, meetings and calls as participant pairs per year, visits as
 * visitor–country–year, agreements as parties–status.
 */
public final class Evaluator {

    public static final List<String> CATEGORIES = List.of("officials", "meetings", "visits", "calls", "agreements");

    private final Extractor extractor;

    public Evaluator(Extractor extractor) {
        this.extractor = extractor;
    }

    public EvalReport evaluate(Path goldDir, Path docsDir) throws IOException {
        ReadResult read = new DocumentReader().read(docsDir);
        Map<String, SourceDocument> docs = new HashMap<>();
        read.documents().forEach(d -> docs.put(d.id(), d));
        List<Path> goldFiles;
        try (Stream<Path> list = Files.list(goldDir)) {
            goldFiles = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (goldFiles.isEmpty()) {
            throw new IOException(goldDir + ": no gold .json files");
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, EvalReport.Score> scores = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> scores.put(c, new EvalReport.Score()));
        List<EvalReport.Miss> misses = new ArrayList<>();
        long nanos = 0;
        int words = 0;
        for (Path file : goldFiles) {
            GoldDocument gold = json.readValue(file.toFile(), GoldDocument.class);
            SourceDocument doc = docs.get(gold.document());
            if (doc == null) {
                throw new IOException(file + ": names document " + gold.document() + ", not found in " + docsDir);
            }
            long start = System.nanoTime();
            DocumentMap map;
            try {
                map = extractor.extract(doc);
            } catch (RuntimeException e) {
                // One bad document costs its facts (counted as misses), not the whole evaluation.
                misses.add(new EvalReport.Miss(gold.document(), "failed", null, String.valueOf(e)));
                map = new DocumentMap(doc.info(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            }
            nanos += System.nanoTime() - start;
            words += doc.text().split("\\s+").length;
            compare(gold.document(), goldFacts(gold), predictedFacts(map), scores, misses);
        }
        double seconds = nanos / 1e9;
        return new EvalReport(scores, misses, goldFiles.size(), seconds, goldFiles.size() / Math.max(seconds, 1e-9),
                words / Math.max(seconds, 1e-9));
    }

    private static void compare(String doc, List<Fact> gold, List<Fact> predicted, Map<String, EvalReport.Score> scores,
                                List<EvalReport.Miss> misses) {
        List<Fact> unmatched = new ArrayList<>(predicted);
        for (Fact g : gold) {
            Fact hit = unmatched.stream().filter(g::matches).findFirst().orElse(null);
            if (hit != null) {
                unmatched.remove(hit);
                scores.get(g.category()).truePositives++;
            } else {
                scores.get(g.category()).falseNegatives++;
                misses.add(new EvalReport.Miss(doc, "missed", g.category(), g.toString()));
            }
        }
        for (Fact p : unmatched) {
            scores.get(p.category()).falsePositives++;
            misses.add(new EvalReport.Miss(doc, "spurious", p.category(), p.toString()));
        }
    }

    static List<Fact> goldFacts(GoldDocument gold) {
        Map<String, String> countryOf = new HashMap<>();
        List<Fact> facts = new ArrayList<>();
        for (GoldDocument.Official o : gold.officials()) {
            String owner = o.country() != null ? o.country() : "org:" + organizationId(o.organization());
            countryOf.put(o.name(), owner);
            facts.add(new Fact("officials", List.of(o.name()), List.of(owner)));
        }
        for (GoldDocument.Meeting m : gold.meetings()) {
            pairs("meetings", m.participants(), countryOf, m.year(), facts);
        }
        for (GoldDocument.Meeting m : gold.calls()) {
            pairs("calls", m.participants(), countryOf, m.year(), facts);
        }
        for (GoldDocument.Visit v : gold.visits()) {
            facts.add(new Fact("visits", List.of(v.visitor()), keys(v.country(), v.year())));
        }
        for (GoldDocument.Agreement a : gold.agreements()) {
            facts.add(new Fact("agreements", List.of(), List.of(String.join(",", a.parties().stream().sorted().toList()), a.status())));
        }
        return facts;
    }

    /** The reference-data id of an organization named in gold ("Southern African Development Community" → "sadc"). */
    private static String organizationId(String name) {
        io.github.diplograph.extract.ReferenceData.Entry e = io.github.diplograph.extract.ReferenceData.get().lookup(name);
        return e != null && e.organization() != null ? e.organization().id() : Ids.person(name);
    }

    static List<Fact> predictedFacts(DocumentMap map) {
        Map<String, String> countryOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        List<Fact> facts = new ArrayList<>();
        for (PersonEntity p : map.persons()) {
            nameOf.put(p.id(), p.name());
            for (Role r : p.roles()) {
                String owner = r.country() != null ? r.country() : r.organization() != null ? "org:" + r.organization() : null;
                if (owner != null) {
                    countryOf.putIfAbsent(p.name(), owner);
                    Fact f = new Fact("officials", List.of(p.name()), List.of(owner));
                    if (!facts.contains(f)) {
                        facts.add(f);
                    }
                }
            }
        }
        for (EventFact e : map.events()) {
            List<String> persons = e.participants().stream().filter(x -> x.entity().kind() == EntityKind.PERSON)
                    .map(x -> nameOf.getOrDefault(x.entity().id(), x.entity().id())).toList();
            Map<String, String> sides = new HashMap<>();
            e.participants().stream().filter(x -> x.entity().kind() == EntityKind.PERSON && x.role() != null)
                    .forEach(x -> sides.put(nameOf.getOrDefault(x.entity().id(), x.entity().id()), x.role()));
            Integer year = e.date().year();
            if (e.type() == EventType.MEETING) {
                pairs("meetings", persons, countryOf, sides, year, facts);
            } else if (e.type() == EventType.CALL) {
                pairs("calls", persons, countryOf, sides, year, facts);
            } else if (e.type() == EventType.VISIT) {
                String destination = e.place() == null ? null : e.place().country();
                List<String> hosts = new ArrayList<>();
                List<String> visitors = new ArrayList<>();
                for (Participant x : e.participants()) {
                    if (x.entity().kind() != EntityKind.PERSON) {
                        continue;
                    }
                    String name = nameOf.getOrDefault(x.entity().id(), x.entity().id());
                    if ("visitor".equals(x.role())) {
                        visitors.add(name);
                        Fact f = new Fact("visits", List.of(name), keys(destination, year));
                        if (!facts.contains(f)) {
                            facts.add(f);
                        }
                    } else if ("host".equals(x.role())) {
                        hosts.add(name);
                    }
                }
                // A visit is a meeting between each visitor and each named host, not among fellow travellers.
                for (String v : visitors) {
                    for (String h : hosts) {
                        pairs("meetings", List.of(v, h), countryOf, year, facts);
                    }
                }
            }
        }
        map.agreements().forEach(a -> facts.add(new Fact("agreements", List.of(),
                List.of(String.join(",", a.parties().stream().sorted().toList()), a.status().name()))));
        return facts;
    }

    private static void pairs(String category, List<String> people, Map<String, String> countryOf, Integer year,
                              List<Fact> out) {
        pairs(category, people, countryOf, Map.of(), year, out);
    }

    /** Every pair of participants from different (or unknown) countries and not of one side, once per year. */
    private static void pairs(String category, List<String> people, Map<String, String> countryOf,
                              Map<String, String> sides, Integer year, List<Fact> out) {
        List<String> sorted = people.stream().distinct().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                String ci = countryOf.get(sorted.get(i));
                String cj = countryOf.get(sorted.get(j));
                if (ci != null && ci.equals(cj) || Participant.sameSide(sides.get(sorted.get(i)), sides.get(sorted.get(j)))) {
                    continue;
                }
                Fact f = new Fact(category, List.of(sorted.get(i), sorted.get(j)), keys(year));
                if (out.stream().noneMatch(f::matches)) {
                    out.add(f);
                }
            }
        }
    }

    private static List<Object> keys(Object... values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v);
        }
        return out;
    }
}
