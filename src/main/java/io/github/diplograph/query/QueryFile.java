package io.github.diplograph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One query of {@code cypher/queries/}, read from its file: the description (the leading comment), the
 * parameters with their example values (the {@code :params {…}} line a Neo4j Browser user runs first)
 * and the statement. The file is the only place a query's parameters are declared.
 */
public record QueryFile(String name, String description, Map<String, Object> exampleParameters, String cypher) {

    private static final Pattern PARAMS = Pattern.compile("^//\\s*:params\\s*\\{([^}]*)}", Pattern.MULTILINE);
    private static final Pattern ENTRY = Pattern.compile("\\s*(\\w+)\\s*:\\s*('(?:[^']*)'|\"(?:[^\"]*)\"|-?\\d+|null|true|false)\\s*");

    /** The parameters in the order the header lists them. */
    public List<String> parameters() {
        return List.copyOf(exampleParameters.keySet());
    }

    /**
     * The text the query library runs with these (bound) parameters: the file's text without the branches
     * whose guard on the parameters fails ({@link GuardedBranches}), so Neo4j plans only what can answer.
     * It gives what the whole text gives; {@link #cypher()} is the whole text, as a Browser user runs it.
     */
    public String cypher(Map<String, ?> parameters) {
        return GuardedBranches.forParameters(cypher, parameters);
    }

    /** The paging parameters every query takes: rows to skip and the most to return; null = none / all. */
    public static final java.util.Set<String> PAGING = java.util.Set.of("skip", "limit");

    /**
     * Long for a parameter whose example is a number (and for {@code year}, {@code skip} and {@code limit},
     * whose examples may be null: "any year", "all rows"), Boolean for true/false, String otherwise (a null
     * example means a name or code).
     */
    public Class<?> type(String parameter) {
        Object example = exampleParameters.get(parameter);
        if (parameter.equals("year") || PAGING.contains(parameter)) {
            return Long.class;
        }
        return example instanceof Long ? Long.class : example instanceof Boolean ? Boolean.class : String.class;
    }

    static QueryFile parse(String name, String text) {
        Matcher m = PARAMS.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("cypher/queries/" + name + ".cypher has no ':params {…}' header line");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String body = m.group(1).strip();
        if (!body.isEmpty()) {
            for (String entry : body.split(",")) {
                Matcher e = ENTRY.matcher(entry);
                if (!e.matches()) {
                    throw new IllegalStateException("cypher/queries/" + name + ".cypher: cannot read parameter '" + entry.strip()
                            + "' in its ':params' header");
                }
                params.put(e.group(1), value(e.group(2)));
            }
        }
        List<String> description = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("//") || PARAMS.matcher(line).find()) {
                break;
            }
            description.add(line.substring(2).strip());
        }
        return new QueryFile(name, String.join(" ", description).strip(), Collections.unmodifiableMap(params), text);
    }

    private static Object value(String literal) {
        if (literal.equals("null")) {
            return null;
        }
        if (literal.equals("true") || literal.equals("false")) {
            return Boolean.valueOf(literal);
        }
        if (literal.startsWith("'") || literal.startsWith("\"")) {
            return literal.substring(1, literal.length() - 1);
        }
        return Long.valueOf(literal);
    }
}
