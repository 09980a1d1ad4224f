package io.github.diplograph.query;

import java.util.Map;

/** Which mentions: of a person, country, organization or city by name, alias or ISO3; null = every mention. {@code MentionFilter.of("Cuba")}. */
public record MentionFilter(String entity, Page page) implements QueryFilter<Records.DocumentMention> {

    /** Every entity. */
    public static MentionFilter any() {
        return new MentionFilter(null, Page.ALL);
    }

    public static MentionFilter of(String entity) {
        return new MentionFilter(entity, Page.ALL);
    }

    public MentionFilter page(Page page) {
        return new MentionFilter(entity, page);
    }

    public MentionFilter page(long skip, long limit) {
        return page(Page.of(skip, limit));
    }

    @Override
    public String query() {
        return "mentions";
    }

    @Override
    public Class<Records.DocumentMention> rowType() {
        return Records.DocumentMention.class;
    }

    @Override
    public Map<String, Object> parameters() {
        return QueryFilter.given(page, "entity", entity);
    }
}
