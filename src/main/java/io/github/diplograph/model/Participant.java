package io.github.diplograph.model;

/**
 * An actor taking part in an event, with its part when the text says: host, visitor, supplier,
 * recipient; for meetings and calls the side it was on ({@link #SUBJECT} "X met with …",
 * {@link #COUNTERPART} "… with A, B and C", or {@link #PARTY} "talks held between A and B"), so that two
 * officials of one side are never taken to have met each other.
 */
public record Participant(EntityRef entity, String role) {

    public static final String SUBJECT = "subject";
    public static final String COUNTERPART = "counterpart";
    public static final String PARTY = "party";

    /** Were these two on the same side of the event (both subjects or both counterparts)? */
    public static boolean sameSide(String roleA, String roleB) {
        return roleA != null && roleA.equals(roleB) && (SUBJECT.equals(roleA) || COUNTERPART.equals(roleA));
    }
}
