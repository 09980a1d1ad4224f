package io.github.diplograph.query;

import java.util.Map;

/**
 * Which officials: of a country (ISO3 code or name), as stated by articles published in a year; null = any.
 * {@code OfficialFilter.ofCountry("RUS").year(2019)}.
 */
public record OfficialFilter(String country, Integer year, Page page) implements QueryFilter<Records.Official> {

    /** Every official. */
    public static OfficialFilter any() {
        return new OfficialFilter(null, null, Page.ALL);
    }

    /** The officials of one country. */
    public static OfficialFilter ofCountry(String country) {
        return any().country(country);
    }

    public OfficialFilter country(String country) {
        return new OfficialFilter(country, year, page);
    }

    public OfficialFilter year(Integer year) {
        return new OfficialFilter(country, year, page);
    }

    public OfficialFilter page(Page page) {
        return new OfficialFilter(country, year, page);
    }

    public OfficialFilter page(long skip, long limit) {
        return page(Page.of(skip, limit));
    }

    @Override
    public String query() {
        return "officials";
    }

    @Override
    public Class<Records.Official> rowType() {
        return Records.Official.class;
    }

    @Override
    public Map<String, Object> parameters() {
        return QueryFilter.given(page, "country", country, "year", year);
    }
}
