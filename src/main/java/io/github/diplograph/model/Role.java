package io.github.diplograph.model;

/**
 * A public role: a title held for a country (ISO3) or for an organization (its id). Exactly one of
 * {@code country} and {@code organization} is normally set; both may be null when the text gives a
 * title without saying for whom.
 *
 * @param basis      how the owner was found, strongest first: {@code stated} (title with its country or
 *                   organization), {@code counterpart}, {@code titled-reference}, {@code leader-of}, {@code same-organization}, {@code same-side},
 *                   {@code government-member}, {@code host-of-place}, {@code speaker-of-one-country},
 *                   {@code dateline}, {@code home-side}, {@code home-country}, then {@code actor-list}
 *                   (the user's list, read only where the text leaves the owner open) and last
 *                   {@code leaders-list} (the shipped list of world leaders, likewise)
 * @param confidence how sure the basis makes us, 0–1: a stated role is near certain, the article's home
 *                   country a last resort
 * @param sentence   index of the sentence that gives the evidence, or null when the whole article does
 */
public record Role(String title, String country, String organization, String basis, double confidence, Integer sentence) {

    public static final String STATED = "stated";

    /** A role stated by the text itself. */
    public Role(String title, String country, String organization) {
        this(title, country, organization, STATED, 0.9, null);
    }

    /** The same title and owner, found on the given basis. */
    public Role because(String why, double howSure, Integer where) {
        return new Role(title, country, organization, why, howSure, where);
    }
}
