package io.github.diplograph.query;

import java.util.Map;

/**
 * Which ties: of a country and/or with another (ISO3 code or name); null = any.
 * {@code TieFilter.between("Russia", "Venezuela")}, {@code TieFilter.any().country("Russia")} (every tie of Russia).
 */
public record TieFilter(String country, String other, Page page) implements QueryFilter<Records.Tie> {

    /** Every tie between any two countries (each pair once). */
    public static TieFilter any() {
        return new TieFilter(null, null, Page.ALL);
    }

    /** The ties between two countries. */
    public static TieFilter between(String country, String other) {
        return new TieFilter(country, other, Page.ALL);
    }

    public TieFilter country(String country) {
        return new TieFilter(country, other, page);
    }

    public TieFilter other(String other) {
        return new TieFilter(country, other, page);
    }

    public TieFilter page(Page page) {
        return new TieFilter(country, other, page);
    }

    public TieFilter page(long skip, long limit) {
        return page(Page.of(skip, limit));
    }

    @Override
    public String query() {
        return "ties";
    }

    @Override
    public Class<Records.Tie> rowType() {
        return Records.Tie.class;
    }

    @Override
    public Map<String, Object> parameters() {
        return QueryFilter.given(page, "country", country, "other", other);
    }
}
