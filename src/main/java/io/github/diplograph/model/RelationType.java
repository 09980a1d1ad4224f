package io.github.diplograph.model;

/** Standing relations between actors, as opposed to one-off events. */
public enum RelationType {
    SUPPORTS, ALLIED_WITH, OPPOSES, SANCTIONS
}
