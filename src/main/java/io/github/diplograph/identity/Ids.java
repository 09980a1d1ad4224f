package io.github.diplograph.identity;

/**
 * Every formula that turns what an article says into a stable graph key. Keys are deterministic, so
 * loading the same facts twice (or from two documents) meets the same nodes; the extractor and the
 * graph writer both compute keys here, so they can never disagree.
 */
public final class Ids {

    private Ids() {
    }

    /** A person's id: the slug of their canonical name ("Andrés López" → "andres-lopez"). */
    public static String person(String canonicalName) {
        return Names.slug(canonicalName);
    }

    /** A city's id: its slug plus its country, since many capitals share names with other towns. */
    public static String city(String name, String iso3) {
        return Names.slug(name) + (iso3 == null ? "" : "-" + iso3.toLowerCase(java.util.Locale.ROOT));
    }

    /** An event's id: its signature and its date ({@code null} for an undated event). */
    public static String event(EventSignature signature, String isoDate) {
        return "ev-" + Hashes.shortHash(signature.text() + "|" + (isoDate == null ? "undated" : isoDate));
    }

    /** An agreement's id: its parties/status key and its year. */
    public static String agreement(String key, Integer year) {
        return "ag-" + Hashes.shortHash(key + "|" + year);
    }
}
