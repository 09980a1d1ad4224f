package io.github.diplograph.model;

import java.time.LocalDate;

/**
 * A date known to some precision. {@code date} is the first day of the known period (the 1st of the
 * month for MONTH, 1 January for YEAR) and null when UNKNOWN.
 */
public record FuzzyDate(LocalDate date, DatePrecision precision) {

    public static final FuzzyDate UNKNOWN = new FuzzyDate(null, DatePrecision.UNKNOWN);

    public static FuzzyDate day(LocalDate d) {
        return new FuzzyDate(d, DatePrecision.DAY);
    }

    public static FuzzyDate month(int year, int month) {
        return new FuzzyDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static FuzzyDate year(int year) {
        return new FuzzyDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    public boolean known() {
        return precision != DatePrecision.UNKNOWN && date != null;
    }

    public Integer year() {
        return known() ? date.getYear() : null;
    }

    /** ISO text at the known precision: 2019-09-25, 2019-09 or 2019; null when unknown. */
    public String iso() {
        if (!known()) {
            return null;
        }
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
            case UNKNOWN -> null;
        };
    }

    /** Parses the output of {@link #iso()} back. */
    public static FuzzyDate parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return UNKNOWN;
        }
        String s = iso.trim();
        if (s.matches("\\d{4}")) {
            return year(Integer.parseInt(s));
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
        }
        return day(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    }

    /**
     * Could both dates describe the same day? Equal years and, where both know the month or the day,
     * equal months or days within one day of each other (outlets in different time zones differ by one).
     */
    public boolean compatibleWith(FuzzyDate other) {
        if (!known() || !other.known()) {
            return true;
        }
        if (date.getYear() != other.date.getYear()) {
            return false;
        }
        if (precision == DatePrecision.YEAR || other.precision == DatePrecision.YEAR) {
            return true;
        }
        if (precision == DatePrecision.MONTH || other.precision == DatePrecision.MONTH) {
            return date.getMonthValue() == other.date.getMonthValue();
        }
        return Math.abs(date.toEpochDay() - other.date.toEpochDay()) <= 1;
    }

    /** The finer of two compatible dates. */
    public FuzzyDate finer(FuzzyDate other) {
        return other.precision.finerThan(precision) ? other : this;
    }
}
