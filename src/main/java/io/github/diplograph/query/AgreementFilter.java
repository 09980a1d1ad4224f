package io.github.diplograph.query;

import java.util.Map;

/**
 * Which agreements: with a country as a party and/or another (ISO3 code or name); null = any.
 * {@code AgreementFilter.between("RUS", "Venezuela")}.
 */
public record AgreementFilter(String country, String other, Page page) implements QueryFilter<Records.Agreement> {

    /** Every agreement. */
    public static AgreementFilter any() {
        return new AgreementFilter(null, null, Page.ALL);
    }

    /** The agreements both countries are party to. */
    public static AgreementFilter between(String country, String other) {
        return new AgreementFilter(country, other, Page.ALL);
    }

    public AgreementFilter country(String country) {
        return new AgreementFilter(country, other, page);
    }

    public AgreementFilter other(String other) {
        return new AgreementFilter(country, other, page);
    }

    public AgreementFilter page(Page page) {
        return new AgreementFilter(country, other, page);
    }

    public AgreementFilter page(long skip, long limit) {
        return page(Page.of(skip, limit));
    }

    @Override
    public String query() {
        return "agreements";
    }

    @Override
    public Class<Records.Agreement> rowType() {
        return Records.Agreement.class;
    }

    @Override
    public Map<String, Object> parameters() {
        return QueryFilter.given(page, "country", country, "other", other);
    }
}
