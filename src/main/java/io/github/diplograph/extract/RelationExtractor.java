package io.github.diplograph.extract;

import io.github.diplograph.model.EntityKind;
import io.github.diplograph.model.EntityRef;
import io.github.diplograph.model.Evidence;
import io.github.diplograph.model.RelationFact;
import io.github.diplograph.model.RelationType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Standing relations: who supports, is allied with, opposes or sanctions whom. The subject is the
 * actor (with those listed alongside it) nearest before the trigger, or the owner in "Russia's support
 * for"; the object is the first other actor after it.
 */
final class RelationExtractor {

    private record Pattern(RelationType type, List<String> words, boolean passive) implements TriggerMatcher.Phrase {
    }

    private static final List<Pattern> PATTERNS = List.of(
            p(RelationType.SUPPORTS, "support for"), p(RelationType.SUPPORTS, "supports"),
            p(RelationType.SUPPORTS, "supported"), p(RelationType.SUPPORTS, "supporting"),
            p(RelationType.SUPPORTS, "backs"), p(RelationType.SUPPORTS, "backed"), p(RelationType.SUPPORTS, "backing"),
            p(RelationType.SUPPORTS, "supporters of"), p(RelationType.SUPPORTS, "supporter of"),
            p(RelationType.SUPPORTS, "solidarity with"), p(RelationType.SUPPORTS, "stands with"),
            p(RelationType.SUPPORTS, "stand with"), p(RelationType.SUPPORTS, "backing for"),
            p(RelationType.ALLIED_WITH, "ally of"), p(RelationType.ALLIED_WITH, "allied with"),
            p(RelationType.ALLIED_WITH, "alliance with"), p(RelationType.ALLIED_WITH, "ally"),
            p(RelationType.ALLIED_WITH, "allies"), p(RelationType.ALLIED_WITH, "strategic partner of"),
            p(RelationType.ALLIED_WITH, "strategic partnership with"),
            p(RelationType.OPPOSES, "opposition to"), p(RelationType.OPPOSES, "opposes"),
            p(RelationType.OPPOSES, "condemned"), p(RelationType.OPPOSES, "condemns"),
            p(RelationType.OPPOSES, "denounced"), p(RelationType.OPPOSES, "denounces"),
            p(RelationType.SANCTIONS, "sanctions against"), p(RelationType.SANCTIONS, "sanctions on"),
            p(RelationType.SANCTIONS, "imposed sanctions on"), p(RelationType.SANCTIONS, "sanctioned"),
            new Pattern(RelationType.SANCTIONS, List.of("sanctioned", "by"), true),
            new Pattern(RelationType.SUPPORTS, List.of("backed", "by"), true),
            new Pattern(RelationType.SUPPORTS, List.of("supported", "by"), true));

    /** The longest pattern wins: the passive "backed by" over the active "backed". */
    private static final TriggerMatcher<Pattern> MATCHER = new TriggerMatcher<>(PATTERNS);

    /** Whether the sentence has a relation phrase: the only sentences whose part of speech this reads. */
    static boolean hasTrigger(List<Token> tokens) {
        return MATCHER.matchesIn(tokens);
    }

    private final Analysis a;
    private final ActorFinder actors;
    private final ReferenceData ref;

    RelationExtractor(Analysis a, ActorFinder actors, ReferenceData ref) {
        this.a = a;
        this.actors = actors;
        this.ref = ref;
    }

    List<RelationFact> extract() {
        Map<String, RelationFact> out = new LinkedHashMap<>();
        for (Sentence s : a.sentences) {
            List<Actor> all = actors.actors(s.index());
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                compoundBacked(s, i, all, out);
                Pattern p = MATCHER.match(t, i);
                if (p == null) {
                    continue;
                }
                int end = i + p.words().size() - 1;
                int[] clause = Clauses.around(t, i);
                if (negated(t, clause[0], i)) {
                    continue;
                }
                // Passive "X, sanctioned by Y": X stands right before; an active subject may stand further back.
                List<Actor> subjects = subjects(all, Math.max(clause[0], i - (p.passive() ? 5 : 15)), i);
                // The object follows closely: "support for X", "supports X"; not "backing in the face of US sanctions".
                boolean linked = p.words().size() > 1 || t.get(end).isVerb()
                        || Set.of("for", "of", "to", "with").contains(a.lower(s.index(), end + 1));
                Actor object = linked ? firstAfter(all, end + 1, Math.min(clause[1], end + 8), subjects) : null;
                if (p.words().get(0).equals("allies") && subjects.size() >= 2) {
                    // "Kenya and Uganda will always be important allies": allied with each other.
                    put(out, p.type(), subjects.get(1), subjects.get(0), s);
                } else if (p.passive()) {
                    Actor agent = object;
                    List<Actor> patients = subjects;
                    for (Actor x : patients) {
                        put(out, p.type(), agent, x, s);
                    }
                } else {
                    Actor owner = ownerBefore(all, i);
                    if (owner != null && p.type() == RelationType.ALLIED_WITH) {
                        // "Iran is the Assad government's main ally": ally of the owner.
                        List<Actor> others = subjects(all, clause[0], owner.first());
                        others.forEach(x -> put(out, p.type(), x, owner, s));
                    } else if (owner != null) {
                        put(out, p.type(), owner, object != null ? object : firstSubject(all, clause[0], owner), s);
                    } else {
                        for (Actor x : subjects) {
                            put(out, p.type(), x, object, s);
                        }
                    }
                }
                i = end;
            }
        }
        return List.copyOf(out.values());
    }

    /** "US-backed opposition leader Jane Doe": the prefix supports the next named actor. */
    private void compoundBacked(Sentence s, int i, List<Actor> all, Map<String, RelationFact> out) {
        String w = s.tokens().get(i).text();
        int dash = w.indexOf("-backed");
        if (dash <= 0) {
            return;
        }
        ReferenceData.Entry e = ref.lookup(w.substring(0, dash));
        if (e == null || e.country() == null) {
            return;
        }
        Actor supporter = new Actor(s.index(), EntityRef.country(e.country().iso3()), null, i, i, false, false, Actor.Via.NAME);
        Actor object = firstAfter(all, i + 1, Math.min(s.tokens().size(), i + 8), List.of(supporter));
        put(out, RelationType.SUPPORTS, supporter, object, s);
    }

    private static Pattern p(RelationType type, String words) {
        return new Pattern(type, List.of(words.split(" ")), false);
    }

    private static boolean negated(List<Token> t, int from, int to) {
        for (int k = Math.max(from, to - 3); k < to; k++) {
            if (Lexicon.DENIED_STANCE.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The actor nearest before the trigger and those listed with it ("Russia, China and Turkey"). */
    private List<Actor> subjects(List<Actor> all, int from, int trigger) {
        List<Actor> out = new ArrayList<>();
        Actor nearest = null;
        for (Actor x : all) {
            if (x.first() >= from && x.last() < trigger && !x.possessive()) {
                nearest = x;
            }
        }
        if (nearest == null) {
            return out;
        }
        out.add(nearest);
        int idx = all.indexOf(nearest);
        for (int k = idx - 1; k >= 0; k--) {
            Actor prev = all.get(k);
            Actor next = all.get(k + 1);
            if (prev.first() < from || !onlyListTokens(prev.sentence(), prev.last() + 1, next.first())) {
                break;
            }
            out.add(prev);
        }
        return out;
    }

    private boolean onlyListTokens(int s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Set.of(",", "and", "as", "well", "like", "including").contains(a.lower(s, k))) {
                return false;
            }
        }
        return true;
    }

    private static Actor ownerBefore(List<Actor> all, int trigger) {
        for (Actor x : all) {
            if (x.possessive() && x.last() < trigger && trigger - x.last() <= 4) {
                return x;
            }
        }
        return null;
    }

    /** "Ruto received Museveni's support": the subject before the owner is the one supported. */
    private static Actor firstSubject(List<Actor> all, int from, Actor not) {
        for (Actor x : all) {
            if (x.first() >= from && x.first() < not.first() && !x.ref().equals(not.ref())) {
                return x;
            }
        }
        return null;
    }

    /** First actor in [from, to) other than {@code not}; "Erdoğan's Turkey" yields Turkey, the thing possessed. */
    private static Actor firstAfter(List<Actor> all, int from, int to, List<Actor> not) {
        for (int k = 0; k < all.size(); k++) {
            Actor x = all.get(k);
            if (x.first() >= from && x.first() < to && not.stream().noneMatch(n -> n.ref().equals(x.ref()))) {
                if (x.possessive() && k + 1 < all.size() && all.get(k + 1).first() == x.last() + 2) {
                    return all.get(k + 1);
                }
                return x;
            }
        }
        return null;
    }

    private void put(Map<String, RelationFact> out, RelationType type, Actor from, Actor to, Sentence s) {
        if (from == null || to == null || from.ref().equals(to.ref())) {
            return;
        }
        if (from.ref().kind() == EntityKind.ORGANIZATION && !international(from)) {
            return;
        }
        String key = type + "|" + from.ref() + "|" + to.ref();
        RelationFact existing = out.get(key);
        Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text(), 0.6, "pattern:" + type.name().toLowerCase());
        if (existing == null) {
            out.put(key, new RelationFact(type, from.ref(), to.ref(), new ArrayList<>(List.of(ev))));
        } else {
            existing.evidence().add(ev);
        }
    }

    private boolean international(Actor x) {
        ReferenceData.Organization o = ref.organization(x.ref().id());
        return o != null && !"MEDIA".equals(o.kind());
    }
}
