package io.github.diplograph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads Cypher from the {@code cypher/} folder (packed on the classpath by the build), so the Java code
 * runs exactly the text that Neo4j Browser users paste. A file may hold several statements, each ending
 * with a semicolon at the end of a line.
 */
public final class CypherFiles {

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private CypherFiles() {
    }

    /** The single statement in {@code cypher/<path>.cypher}. */
    public static String statement(String path) {
        List<String> statements = statements(path);
        if (statements.size() != 1) {
            throw new IllegalStateException("cypher/" + path + ".cypher holds " + statements.size()
                    + " statements, expected one");
        }
        return statements.get(0);
    }

    /** Every statement in {@code cypher/<path>.cypher}, in file order. */
    public static List<String> statements(String path) {
        return CACHE.computeIfAbsent(path, CypherFiles::load);
    }

    /** The whole text of {@code cypher/<path>.cypher}, comments included. */
    public static String text(String path) {
        return TEXTS.computeIfAbsent(path, CypherFiles::read);
    }

    public static boolean exists(String path) {
        return CypherFiles.class.getClassLoader().getResource(resource(path)) != null;
    }

    private static List<String> load(String path) {
        return split(text(path));
    }

    private static String read(String path) {
        String resource = resource(path);
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no Cypher file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                add(statements, current.toString().stripTrailing());
                current.setLength(0);
            }
        }
        add(statements, current.toString());
        return List.copyOf(statements);
    }

    private static void add(List<String> statements, String text) {
        String s = text.strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean onlyComments = s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"));
        if (!onlyComments) {
            statements.add(s);
        }
    }

    private static String resource(String path) {
        return "cypher/" + path + ".cypher";
    }
}
