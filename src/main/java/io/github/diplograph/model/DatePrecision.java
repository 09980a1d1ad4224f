package io.github.diplograph.model;

/** How much of a date is known. Ordered from finest to coarsest. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN;

    public boolean finerThan(DatePrecision other) {
        return ordinal() < other.ordinal();
    }
}
