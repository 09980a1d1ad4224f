package io.github.diplograph.extract;

/**
 * A span of tokens in one sentence that names something: a person, a country (by name, demonym,
 * capital or seat of power), a city, an organization or a title. Token indices are inclusive.
 */
public record Mention(Type type, int sentence, int first, int last, int begin, int end, String text,
                      ReferenceData.Entry entry, ReferenceData.Title title) {

    public enum Type { PERSON, COUNTRY, DEMONYM, CAPITAL, SEAT, CITY, ORGANIZATION, TITLE }

    /** ISO3 code of the country this mention points at (directly or through a city/organization), or null. */
    public String iso3() {
        if (entry == null) {
            return null;
        }
        if (entry.country() != null) {
            return entry.country().iso3();
        }
        if (entry.city() != null) {
            return entry.city().iso3();
        }
        return entry.organization() != null ? entry.organization().country() : null;
    }

    public boolean isCountryLike() {
        return type == Type.COUNTRY || type == Type.DEMONYM || type == Type.CAPITAL || type == Type.SEAT;
    }
}
