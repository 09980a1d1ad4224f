package io.github.diplograph.query;

import java.util.Map;

/**
 * Which meetings: of a year, involving a country (ISO3 code or name) and/or a person (name or alias);
 * null = any. {@code MeetingFilter.any().year(2019).country("RUS").page(Page.first(100))}.
 */
public record MeetingFilter(Integer year, String country, String person, Page page) implements QueryFilter<Records.Meeting> {

    /** Every meeting. */
    public static MeetingFilter any() {
        return new MeetingFilter(null, null, null, Page.ALL);
    }

    /** The meetings of one year. */
    public static MeetingFilter ofYear(int year) {
        return any().year(year);
    }

    public MeetingFilter year(Integer year) {
        return new MeetingFilter(year, country, person, page);
    }

    public MeetingFilter country(String country) {
        return new MeetingFilter(year, country, person, page);
    }

    public MeetingFilter person(String person) {
        return new MeetingFilter(year, country, person, page);
    }

    public MeetingFilter page(Page page) {
        return new MeetingFilter(year, country, person, page);
    }

    /** Rows {@code skip + 1} to {@code skip + limit}. */
    public MeetingFilter page(long skip, long limit) {
        return page(Page.of(skip, limit));
    }

    @Override
    public String query() {
        return "meetings";
    }

    @Override
    public Class<Records.Meeting> rowType() {
        return Records.Meeting.class;
    }

    @Override
    public Map<String, Object> parameters() {
        return QueryFilter.given(page, "year", year, "country", country, "person", person);
    }
}
