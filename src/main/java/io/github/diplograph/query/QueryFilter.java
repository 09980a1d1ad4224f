package io.github.diplograph.query;

import java.util.Map;

/**
 * The typed parameters of one query, {@code T} the record of its rows of {@code cypher/queries/}: a field left null means "any", and
 * {@link Page#ALL} every row. {@link Queries} runs a filter through the same checked path as
 * {@link Queries#run(String, Map)}, so the query file's {@code :params} header stays the one declaration.
 */
public sealed interface QueryFilter<T>
        permits MeetingFilter, OfficialFilter, AgreementFilter, SupporterFilter, TimelineFilter, MentionFilter, TieFilter, RunFilter {

    /** The query file it is for ({@code meetings} for {@code cypher/queries/meetings.cypher}). */
    String query();

    /** The typed record of the query's rows ({@link Records}). */
    Class<T> rowType();

    /** The parameters given (absent ones are left out: the query treats them as "any"). */
    Map<String, Object> parameters();

    /** Name–value pairs with the nulls left out, then the page. */
    static Map<String, Object> given(Page page, Object... pairs) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                params.put((String) pairs[i], pairs[i + 1]);
            }
        }
        (page == null ? Page.ALL : page).putInto(params);
        return params;
    }
}
