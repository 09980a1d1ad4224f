package io.github.diplograph.graph;

import io.github.diplograph.identity.EventSignature;
import io.github.diplograph.model.FuzzyDate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which stored event a newly extracted event is, across documents: the same type and
 * participants (the signature) with compatible dates is the same real-world event, reported twice.
 * Keeps the finest date known. Pure logic, fed with the candidates read from the graph.
 */
public final class EventResolver {

    /** An event as stored: its id and the best date known so far. */
    public record KnownEvent(String id, EventSignature signature, FuzzyDate date) {
    }

    private final Map<EventSignature, List<KnownEvent>> bySignature = new HashMap<>();

    public void addKnown(KnownEvent event) {
        bySignature.computeIfAbsent(event.signature(), s -> new ArrayList<>()).add(event);
    }

    /**
     * The event that {@code signature} on {@code date} resolves to: an existing one (with its date refined
     * if this report is more precise) or a new one with a deterministic id.
     */
    public KnownEvent resolve(EventSignature signature, FuzzyDate date) {
        List<KnownEvent> candidates = bySignature.computeIfAbsent(signature, s -> new ArrayList<>());
        KnownEvent best = null;
        for (KnownEvent known : candidates) {
            if (known.date().compatibleWith(date) && (best == null || closer(known, best, date))) {
                best = known;
            }
        }
        if (best == null) {
            KnownEvent created = new KnownEvent(newId(signature, date), signature, date);
            candidates.add(created);
            return created;
        }
        KnownEvent refined = new KnownEvent(best.id(), signature, best.date().finer(date));
        candidates.set(candidates.indexOf(best), refined);
        return refined;
    }

    private static boolean closer(KnownEvent a, KnownEvent b, FuzzyDate date) {
        if (!date.known() || !a.date().known() || !b.date().known()) {
            return false;
        }
        long da = Math.abs(a.date().date().toEpochDay() - date.date().toEpochDay());
        long db = Math.abs(b.date().date().toEpochDay() - date.date().toEpochDay());
        return da < db;
    }

    static String newId(EventSignature signature, FuzzyDate date) {
        return signature.eventId(date.iso());
    }
}
