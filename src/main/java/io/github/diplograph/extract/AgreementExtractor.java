package io.github.diplograph.extract;

import io.github.diplograph.identity.Ids;
import io.github.diplograph.model.AgreementFact;
import io.github.diplograph.model.EntityKind;
import io.github.diplograph.model.Evidence;
import io.github.diplograph.model.FuzzyDate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Agreements signed or planned between countries: an agreement noun ("agreements", "memorandums",
 * "documents" with a signing verb, "deal", "treaty" …) with a signing verb in its sentence, the number
 * stated before it, the topics after it, and the countries that are party to it.
 */
final class AgreementExtractor {

    /** Compiled once: read for the words before every agreement noun. */
    private static final java.util.regex.Pattern SMALL_NUMBER = java.util.regex.Pattern.compile("\\d{1,4}");

    /** An agreement noun; a weak one ("documents", "deal") only means an agreement next to a signing verb. */
    private record Noun(List<String> words, boolean weak) implements TriggerMatcher.Phrase {
    }

    private static final TriggerMatcher<Noun> NOUNS = new TriggerMatcher<>(List.of(
            strong("agreement"), strong("agreements"), strong("accord"), strong("accords"), strong("memorandum"),
            strong("memorandums"), strong("memoranda"), strong("mou"), strong("mous"), strong("mou's"),
            strong("treaty"), strong("treaties"), strong("pact"), strong("pacts"),
            weak("deal"), weak("deals"), weak("contract"), weak("contracts"), weak("protocol"), weak("protocols"),
            weak("documents"), weak("instruments")));
    private static final Set<String> SIGN_VERBS = Set.of("sign", "signed", "signs", "signing", "inked", "ink",
            "concluded", "conclude", "sealed", "seal", "initialled", "initialed", "finalized", "finalised");
    private static final Set<String> TOPICS = Set.of("economy", "economic", "trade", "culture", "cultural", "energy",
            "education", "oil", "gas", "mining", "military", "defense", "defence", "security", "health", "medicine",
            "agriculture", "food", "nuclear", "technology", "investment", "tourism", "transport", "infrastructure",
            "finance", "financial", "science", "scientific", "telecommunications", "fisheries", "water", "housing",
            "industry", "industrial", "space", "digital", "customs", "aviation", "shipping", "migration", "justice",
            "sports", "youth", "media", "banking", "pharmaceuticals", "electricity", "climate", "environment");

    private final Analysis a;
    private final ActorFinder actors;
    private final DateContext dates;
    private final List<String> topCountries;

    AgreementExtractor(Analysis a, ActorFinder actors, DateContext dates, List<String> topCountries) {
        this.a = a;
        this.actors = actors;
        this.dates = dates;
        this.topCountries = topCountries;
    }

    List<AgreementFact> extract() {
        Map<String, AgreementFact> byKey = new LinkedHashMap<>();
        List<String> previousParties = List.of();
        for (Sentence s : a.sentences) {
            List<Token> t = s.tokens();
            List<String> sentenceParties = parties(s, 0, t.size());
            for (int i = 0; i < t.size(); i++) {
                Noun noun = NOUNS.match(t, i);
                if (noun == null) {
                    continue;
                }
                int signAt = signVerb(t);
                if (signAt < 0 && (noun.weak() || !hasPlanWordsNear(t, i))) {
                    continue;
                }
                boolean signed = signAt >= 0 && isPast(t, signAt);
                List<String> parties = sentenceParties.size() >= 2 ? sentenceParties : fallbackParties(s, sentenceParties, previousParties);
                if (parties.size() < 2) {
                    continue;
                }
                Integer count = count(t, i);
                FuzzyDate date = dates.dateFor(s.index(), i);
                AgreementFact.AgreementStatus status = signed ? AgreementFact.AgreementStatus.SIGNED
                        : AgreementFact.AgreementStatus.PLANNED;
                Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text(), signAt >= 0 ? 0.8 : 0.6,
                        "pattern:agreement");
                // The same agreements told twice ("signed seven memorandums" … "the documents were signed")
                // are one fact: same parties and status, and no two different counts.
                String key = null;
                for (Map.Entry<String, AgreementFact> e : byKey.entrySet()) {
                    AgreementFact f = e.getValue();
                    if (f.parties().equals(parties) && f.status() == status
                            && (f.count() == null || count == null || f.count().equals(count))) {
                        key = e.getKey();
                    }
                }
                AgreementFact existing = key == null ? null : byKey.get(key);
                if (existing == null) {
                    key = String.join(",", parties) + "|" + status + "|" + count;
                    String id = Ids.agreement(key, date.year());
                    byKey.put(key, new AgreementFact(id, status, count, date, topics(t, i), parties, new ArrayList<>(List.of(ev))));
                } else {
                    existing.evidence().add(ev);
                    if (existing.count() == null && count != null) {
                        byKey.put(key, new AgreementFact(existing.id(), status, count, existing.date(), existing.topics(),
                                parties, existing.evidence()));
                    }
                }
                break;
            }
            if (sentenceParties.size() >= 2) {
                previousParties = sentenceParties;
            }
        }
        return List.copyOf(byKey.values());
    }

    /** Whether the sentence has an agreement noun: the only sentences whose part of speech this reads. */
    static boolean hasTrigger(List<Token> tokens) {
        return NOUNS.matchesIn(tokens);
    }

    private static Noun strong(String words) {
        return new Noun(List.of(words.split(" ")), false);
    }

    private static Noun weak(String words) {
        return new Noun(List.of(words.split(" ")), true);
    }

    private static int signVerb(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (SIGN_VERBS.contains(t.get(i).lower())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasPlanWordsNear(List<Token> t, int i) {
        for (int k = Math.max(0, i - 6); k < i; k++) {
            if (Set.of("reached", "struck", "agreed", "clinched").contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Signed when the signing verb is past and no plan word stands before it. */
    private static boolean isPast(List<Token> t, int signAt) {
        // "the two leaders witnessed the signing of cooperation documents"
        for (int k = Math.max(0, signAt - 3); k < signAt; k++) {
            if (Set.of("witnessed", "attended", "oversaw", "presided", "marked", "held").contains(t.get(k).lower())) {
                return true;
            }
        }
        for (int k = Math.max(0, signAt - 4); k < signAt; k++) {
            if (Lexicon.has(Lexicon.PLANNED_SIGNING, t, k)) {
                return false;
            }
        }
        // Past forms, and the present of headlines ("Saudi Arabia, Pakistan sign seven MoUs"), report a signing.
        String w = t.get(signAt).lower();
        String pos = t.get(signAt).pos();
        return w.endsWith("ed") || w.equals("inked") || w.equals("ink") || w.equals("sign") || w.equals("signs")
                || pos != null && (pos.equals("VBD") || pos.equals("VBN"));
    }

    /** Countries acting in tokens [from, to), and the countries of named officials, sorted. */
    private List<String> parties(Sentence s, int from, int to) {
        Set<String> out = new TreeSet<>();
        for (Actor x : actors.actors(s.index())) {
            if (x.first() < from || x.first() >= to) {
                continue;
            }
            if (x.ref().kind() == EntityKind.COUNTRY) {
                out.add(x.ref().id());
            } else if (x.isPerson() && x.person().country() != null) {
                out.add(x.person().country());
            }
        }
        for (Mention m : a.mentionsIn(s.index())) {
            if (m.type() == Mention.Type.COUNTRY && m.iso3() != null && actors.isPlace(s.index(), m)
                    && a.lower(s.index(), m.first() - 1).equals("between")) {
                out.add(m.iso3());
            }
        }
        return List.copyOf(out);
    }

    /** "the two countries", "both sides", "we": the article's two main countries, or the last pair named. */
    private List<String> fallbackParties(Sentence s, List<String> found, List<String> previous) {
        String lower = s.text().toLowerCase();
        boolean anaphoric = lower.contains("two countries") || lower.contains("both countries") || lower.contains("two nations")
                || lower.contains("both sides") || lower.contains("the two sides") || lower.contains("we ");
        if (anaphoric && previous.size() >= 2) {
            return previous;
        }
        if (anaphoric && topCountries.size() >= 2) {
            return new ArrayList<>(new TreeSet<>(topCountries.subList(0, 2)));
        }
        return found;
    }

    private static Integer count(List<Token> t, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            String w = t.get(k).lower().replace(",", "");
            if (SMALL_NUMBER.matcher(w).matches()) {
                return Integer.parseInt(w);
            }
            // "one of the agreements" picks one out, it does not count them: a count starts at two.
            Integer n = Lexicon.NUMBER_WORDS.get(w);
            if (n != null && n >= 2) {
                return n;
            }
        }
        return null;
    }

    private static List<String> topics(List<Token> t, int noun) {
        Set<String> out = new TreeSet<>();
        for (int k = noun + 1; k < Math.min(t.size(), noun + 25); k++) {
            String w = t.get(k).lower();
            if (TOPICS.contains(w)) {
                out.add(w);
            }
        }
        for (int k = Math.max(0, noun - 3); k < noun; k++) {
            if (TOPICS.contains(t.get(k).lower())) {
                out.add(t.get(k).lower());
            }
        }
        return List.copyOf(out);
    }
}
