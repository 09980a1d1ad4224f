package io.github.diplograph.query;

import java.util.Map;

/** Whose supporters and allies: a person, country or organization by name, alias or ISO3; null = anyone's. {@code SupporterFilter.of("Maduro")}. */
public record SupporterFilter(String entity, Page page) implements QueryFilter<Records.Supporter> {

    /** Every entity. */
    public static SupporterFilter any() {
        return new SupporterFilter(null, Page.ALL);
    }

    public static SupporterFilter of(String entity) {
        return new SupporterFilter(entity, Page.ALL);
    }

    public SupporterFilter page(Page page) {
        return new SupporterFilter(entity, page);
    }

    public SupporterFilter page(long skip, long limit) {
        return page(Page.of(skip, limit));
    }

    @Override
    public String query() {
        return "supporters";
    }

    @Override
    public Class<Records.Supporter> rowType() {
        return Records.Supporter.class;
    }

    @Override
    public Map<String, Object> parameters() {
        return QueryFilter.given(page, "entity", entity);
    }
}
