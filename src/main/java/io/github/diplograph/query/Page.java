package io.github.diplograph.query;

/**
 * A page of a query's answer: leave out the first {@code skip} rows and return at most {@code limit}
 * ({@code null} = every row). The page is applied in the query ({@code SKIP … LIMIT …}), so a small page
 * of a large answer never travels over the wire whole.
 */
public record Page(long skip, Long limit) {

    /** Every row. */
    public static final Page ALL = new Page(0, null);

    public Page {
        if (skip < 0 || (limit != null && limit < 0)) {
            throw new IllegalArgumentException("a page needs skip and limit of 0 or more, not skip " + skip + ", limit " + limit);
        }
    }

    /** Rows {@code skip + 1} to {@code skip + limit}. */
    public static Page of(long skip, long limit) {
        return new Page(skip, limit);
    }

    /** The first {@code limit} rows. */
    public static Page first(long limit) {
        return new Page(0, limit);
    }

    /** The page after this one, of the same size. */
    public Page next() {
        if (limit == null) {
            throw new IllegalStateException("the page of every row has no next page");
        }
        return new Page(skip + limit, limit);
    }

    /** The {@code skip}/{@code limit} parameters of the query files; absent = from the first row / every row. */
    void putInto(java.util.Map<String, Object> params) {
        if (skip > 0) {
            params.put("skip", skip);
        }
        if (limit != null) {
            params.put("limit", limit);
        }
    }
}
