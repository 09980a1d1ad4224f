package io.github.diplograph.query;

import java.util.Map;

/**
 * Which load runs, newest first: of a source (its path or the end of it); null = every source. Without
 * a page the last 20.
 */
public record RunFilter(String source, Page page) implements QueryFilter<Records.Run> {

    /** The last 20 runs of any source. */
    public static RunFilter any() {
        return new RunFilter(null, Page.ALL);
    }

    public static RunFilter of(String source) {
        return new RunFilter(source, Page.ALL);
    }

    public RunFilter page(Page page) {
        return new RunFilter(source, page);
    }

    public RunFilter page(long skip, long limit) {
        return page(Page.of(skip, limit));
    }

    @Override
    public String query() {
        return "runs";
    }

    @Override
    public Class<Records.Run> rowType() {
        return Records.Run.class;
    }

    @Override
    public Map<String, Object> parameters() {
        return QueryFilter.given(page, "source", source);
    }
}
