package io.github.diplograph.model;

/** What kind of thing happened. */
public enum EventType {
    MEETING, VISIT, CALL, SIGNING, STATEMENT, DELIVERY
}
