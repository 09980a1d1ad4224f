package io.github.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule file on the classpath ({@code rules/*.tsv}): UTF-8, tab-separated, {@code #} lines and blank
 * lines ignored, the first other line a header naming the columns. Rows are read by column name, so a
 * column can be added without breaking readers, and every error names the file and line, because a rule
 * file is edited by hand and a bad row must be found without a debugger.
 */
final class RuleFile {

    /** One row, read by column name; {@link #fail} reports a problem at its line. */
    static final class Row {
        private final String file;
        private final int line;
        private final List<String> header;
        private final String[] fields;

        private Row(String file, int line, List<String> header, String[] fields) {
            this.file = file;
            this.line = line;
            this.header = header;
            this.fields = fields;
        }

        /** The stripped value of a column; a column the header does not name is a programming error. */
        String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw fail("no column \"" + column + "\" in the header " + header);
            }
            return fields[i].strip();
        }

        /** The value of a column that may not be empty. */
        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw fail("empty " + column);
            }
            return value;
        }

        /** An error that names the file and line: {@code rules/event-triggers.tsv:12: unknown event type "MEET"}. */
        IllegalStateException fail(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    private RuleFile() {
    }

    /** Every row of a classpath resource, checked to have as many fields as the header. */
    static List<Row> read(String resource) {
        try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + resource + " on the classpath");
            }
            return read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a rule file's text; {@code name} is what errors call it. */
    static List<Row> read(String name, BufferedReader reader) throws IOException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String text;
        for (int line = 1; (text = reader.readLine()) != null; line++) {
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\t", -1);
            if (header == null) {
                header = List.of(fields).stream().map(String::strip).toList();
                continue;
            }
            Row row = new Row(name, line, header, fields);
            if (fields.length != header.size()) {
                throw row.fail(fields.length + " tab-separated fields, the header has " + header.size() + " " + header);
            }
            rows.add(row);
        }
        if (header == null) {
            throw new IllegalStateException(name + ": no header line");
        }
        return rows;
    }
}
