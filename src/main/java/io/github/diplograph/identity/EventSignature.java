package io.github.diplograph.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What makes two reports one real-world event: the same kind of event between the same parties (and,
 * for a visit, to the same destination). Parties are {@code "P:<person id>"}, {@code "C:<iso3>"} or
 * {@code "O:<organization id>"}, sorted and distinct, so equal events have equal signatures. Written as
 * {@code MEETING|P:a,P:b|VEN} in JSON and in the graph's {@code Event.signature}.
 */
public record EventSignature(String type, List<String> parties, String destination) {

    public EventSignature {
        Objects.requireNonNull(type, "type");
        parties = parties.stream().distinct().sorted().toList();
    }

    /** A party key: the kind's initial and the entity's id ("P:vladimir-putin", "C:RUS"). */
    public static String party(String kind, String id) {
        return kind.charAt(0) + ":" + id;
    }

    public static EventSignature of(String type, Collection<String> parties, String destination) {
        return new EventSignature(type, List.copyOf(parties), destination);
    }

    @JsonCreator
    public static EventSignature parse(String text) {
        String[] parts = text.split("\\|", -1);
        List<String> parties = parts.length < 2 || parts[1].isEmpty() ? List.of() : List.of(parts[1].split(","));
        return new EventSignature(parts[0], parties, parts.length > 2 ? parts[2] : null);
    }

    @JsonValue
    public String text() {
        return type + "|" + String.join(",", parties) + (destination == null ? "" : "|" + destination);
    }

    /** The same signature with person ids replaced by the ids they resolved to across documents. */
    public EventSignature withPersonIds(Map<String, String> ids) {
        List<String> remapped = new ArrayList<>();
        for (String p : parties) {
            remapped.add(p.startsWith("P:") && ids.containsKey(p.substring(2)) ? "P:" + ids.get(p.substring(2)) : p);
        }
        return new EventSignature(type, remapped, destination);
    }

    /** The id of this event on the given date ({@code null}: undated). */
    public String eventId(String isoDate) {
        return Ids.event(this, isoDate);
    }

    @Override
    public String toString() {
        return text();
    }
}
