package io.github.diplograph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The branches of a query file's {@code CALL () { … UNION … }} that the parameters let through. A query
 * anchored on what it filters by has one branch per anchor, each opened by a guard on the parameters
 * ({@code WITH 1 AS guard WHERE $person IS NULL AND $country IS NOT NULL}); Neo4j plans every branch of the
 * text it is given, though one guard passes. Planning is most of a short command's time on a cold JVM, so
 * the query library sends the file's text with only the branches whose guard can pass: the same lines,
 * guards included, so the answer is the one the whole file gives (a branch left out would have returned
 * nothing). With one branch left, its {@code RETURN} becomes {@code RETURN DISTINCT}: what {@code UNION}
 * did to its rows.
 * <p>
 * Only what is sure is left out: the branches are the lines between a line <code>CALL () &#123;</code> and
 * the next line <code>&#125;</code>, both unindented, separated by lines {@code   UNION} (two spaces); a guard counts when it
 * is the branch's first statement line and reads {@code WITH 1 AS guard WHERE} followed by
 * {@code $name IS [NOT] NULL} terms joined by {@code AND}. A branch with any other opening is always kept,
 * and a text of another shape is sent whole.
 */
final class GuardedBranches {

    private static final String OPEN = "CALL () {";
    private static final String CLOSE = "}";
    private static final String UNION = "  UNION";
    private static final Pattern GUARD = Pattern.compile("\\s*WITH 1 AS guard WHERE (.+?)\\s*");
    private static final Pattern TERM = Pattern.compile("\\$(\\w+) IS (NOT )?NULL");
    private static final Pattern RETURN = Pattern.compile("(\\s*)RETURN (\\w+(?:\\s*,\\s*\\w+)*)\\s*");

    /** A branch: its lines, its guard (parameter → must it be given?) or null if it has no plain guard. */
    private record Branch(List<String> lines, Map<String, Boolean> guard) {

        boolean mayPass(Map<String, ?> parameters) {
            return guard == null || guard.entrySet().stream()
                    .allMatch(g -> (parameters.get(g.getKey()) != null) == g.getValue());
        }
    }

    private GuardedBranches() {
    }

    /** The text to run for these (bound) parameters: {@code text} without the branches whose guard fails. */
    static String forParameters(String text, Map<String, ?> parameters) {
        List<String> lines = List.of(text.split("\n", -1));
        int open = lines.indexOf(OPEN);
        int close = open < 0 ? -1 : lines.subList(open, lines.size()).indexOf(CLOSE) + open;
        if (open < 0 || close <= open) {
            return text;
        }
        List<Branch> branches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines.subList(open + 1, close)) {
            if (line.equals(UNION)) {
                branches.add(branch(current));
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        branches.add(branch(current));
        List<Branch> kept = branches.stream().filter(b -> b.mayPass(parameters)).toList();
        if (branches.size() < 2 || kept.size() == branches.size() || kept.isEmpty()) {
            return text;
        }
        List<String> body = new ArrayList<>();
        if (kept.size() == 1) {
            List<String> only = distinct(kept.get(0).lines());
            if (only == null) {
                return text;
            }
            body.addAll(only);
        } else {
            for (Branch b : kept) {
                if (!body.isEmpty()) {
                    body.add(UNION);
                }
                body.addAll(b.lines());
            }
        }
        List<String> out = new ArrayList<>(lines.subList(0, open + 1));
        out.addAll(body);
        out.addAll(lines.subList(close, lines.size()));
        return String.join("\n", out);
    }

    private static Branch branch(List<String> lines) {
        String first = lines.stream().filter(GuardedBranches::isStatement).findFirst().orElse("");
        Matcher m = GUARD.matcher(first);
        if (!m.matches()) {
            return new Branch(List.copyOf(lines), null);
        }
        Map<String, Boolean> guard = new LinkedHashMap<>();
        for (String term : m.group(1).split(" AND ")) {
            Matcher t = TERM.matcher(term.strip());
            if (!t.matches()) {
                return new Branch(List.copyOf(lines), null);
            }
            guard.put(t.group(1), t.group(2) != null);
        }
        return new Branch(List.copyOf(lines), guard);
    }

    /** The branch with its last line, {@code RETURN x}, made {@code RETURN DISTINCT x}; null if it ends otherwise. */
    private static List<String> distinct(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (isStatement(lines.get(i))) {
                Matcher m = RETURN.matcher(lines.get(i));
                if (!m.matches()) {
                    return null;
                }
                List<String> out = new ArrayList<>(lines);
                out.set(i, m.group(1) + "RETURN DISTINCT " + m.group(2));
                return out;
            }
        }
        return null;
    }

    private static boolean isStatement(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("//");
    }
}
