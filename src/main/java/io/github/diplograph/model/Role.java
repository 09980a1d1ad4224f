package io.github.diplograph.model;

/**
 * A public role: a title held for a country (ISO3) or for an organization (its id). Exactly one of
 * {@code country} and {@code organization} is normally set; both may be null when the text gives a
 * title without saying for whom.
 */
public record Role(String title, String country, String organization) {
}
