package io.github.diplograph.query;

import java.util.List;
import java.util.Map;

/** Rows of a named query as plain Java values (maps, lists, strings, numbers), in column order. */
public record QueryResults(String name, List<String> columns, List<Map<String, Object>> rows) {
}
