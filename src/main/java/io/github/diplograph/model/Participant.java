package io.github.diplograph.model;

/** An actor taking part in an event, with its part (host, guest, visitor, caller …) when the text says. */
public record Participant(EntityRef entity, String role) {
}
