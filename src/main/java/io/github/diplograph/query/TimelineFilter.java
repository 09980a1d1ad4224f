package io.github.diplograph.query;

import java.util.Map;

/** Whose timeline: a person by name or alias (part of the name will do); null = every person's. */
public record TimelineFilter(String person, Page page) implements QueryFilter<Records.TimelineEntry> {

    /** Every person's events. */
    public static TimelineFilter any() {
        return new TimelineFilter(null, Page.ALL);
    }

    public static TimelineFilter of(String person) {
        return new TimelineFilter(person, Page.ALL);
    }

    public TimelineFilter page(Page page) {
        return new TimelineFilter(person, page);
    }

    public TimelineFilter page(long skip, long limit) {
        return page(Page.of(skip, limit));
    }

    @Override
    public String query() {
        return "timeline";
    }

    @Override
    public Class<Records.TimelineEntry> rowType() {
        return Records.TimelineEntry.class;
    }

    @Override
    public Map<String, Object> parameters() {
        return QueryFilter.given(page, "person", person);
    }
}
