package io.github.diplograph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** JSON and plain-text table rendering for command output. */
final class Output {

    /** For people (table) and for programs (json: one document; ndjson: one object a line; csv). */
    enum Format { table, json, ndjson, csv }

    /** Built on first use: a table or CSV never loads the JSON library (a noticeable part of a short command's start). */
    private static final class Mappers {
        static final ObjectMapper COMPACT = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        static final ObjectMapper JSON = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    private Output() {
    }

    static String json(Object value) {
        try {
            return Mappers.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rows in the chosen format: {@code objects} are the typed rows (the JSON contract), {@code columns}
     * and {@code rows} their flat form for tables and CSV.
     */
    static String render(Format format, List<String> columns, List<Map<String, Object>> rows, Supplier<List<?>> objects) {
        return switch (format) {
            case table -> table(columns, rows);
            case json -> json(objects.get());
            case ndjson -> objects.get().stream().map(Output::compact).collect(Collectors.joining(System.lineSeparator()));
            case csv -> csv(columns, rows);
        };
    }

    static String compact(Object value) {
        try {
            return Mappers.COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4180: a header line, then one line a row; lists joined with "; "; quotes where needed. */
    static String csv(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder out = new StringBuilder(columns.stream().map(Output::csvField).collect(Collectors.joining(",")));
        for (Map<String, Object> row : rows) {
            out.append("\r\n").append(columns.stream().map(c -> csvField(cell(row.get(c)))).collect(Collectors.joining(",")));
        }
        return out.toString();
    }

    private static String csvField(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** A table of the given columns, as wide as its widest cell (the answer is never cut); lists joined with "; ". */
    static String table(List<String> columns, List<Map<String, Object>> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            cells.add(columns.stream().map(c -> cell(row.get(c))).toList());
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (List<String> r : cells) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, columns, widths);
        appendRow(out, columns.stream().map(c -> "-".repeat(Math.max(3, c.length()))).toList(), widths);
        cells.forEach(r -> appendRow(out, r, widths));
        out.append("(").append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)");
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> values, int[] widths) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            out.append(i == 0 ? "" : "  ").append(v).append(" ".repeat(widths[i] - v.length()));
        }
        out.append(System.lineSeparator());
    }

    @SuppressWarnings("unchecked")
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            if (map.containsKey("name")) {
                String extra = map.entrySet().stream().filter(e -> !e.getKey().equals("name") && e.getValue() != null)
                        .map(e -> cell(e.getValue())).collect(Collectors.joining(", "));
                return map.get("name") + (extra.isEmpty() ? "" : " (" + extra + ")");
            }
            return map.values().stream().filter(v -> v != null).map(Output::cell).collect(Collectors.joining(" "));
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Output::cell).collect(Collectors.joining("; "));
        }
        return value.toString();
    }
}
