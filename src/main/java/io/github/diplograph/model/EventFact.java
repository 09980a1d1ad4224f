package io.github.diplograph.model;

import io.github.diplograph.identity.EventSignature;

import java.util.List;

/**
 * Something that happened between actors. {@code signature} identifies the real-world event across
 * documents together with the date: same type and same participants, compatible dates.
 */
public record EventFact(String id, EventType type, EventSignature signature, FuzzyDate date, Place place,
                        List<Participant> participants, List<Evidence> evidence) {
}
