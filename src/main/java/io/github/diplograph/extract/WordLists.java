package io.github.diplograph.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The named word lists of {@value #FILE}, read once: the modality groups of {@link Lexicon} and the goods
 * of a delivery. They are data for the same reason the triggers are: a word is added where it can be read
 * beside its neighbours, with the reason in a comment above, and without touching code.
 */
final class WordLists {

    static final String FILE = "rules/word-lists.tsv";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Map<String, Set<String>> LISTS = read(RuleFile.read(FILE));

    private WordLists() {
    }

    /** A list by name; a name the file lacks is a programming error, reported with the file. */
    static Set<String> get(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new IllegalStateException(FILE + ": no list \"" + name + "\"");
        }
        return words;
    }

    static Map<String, Set<String>> read(List<RuleFile.Row> rows) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (RuleFile.Row row : rows) {
            String name = row.required("list");
            if (!NAME.matcher(name).matches()) {
                throw row.fail("list name \"" + name + "\": lower-case words joined by hyphens");
            }
            Set<String> words = new HashSet<>();
            for (String w : Arrays.stream(row.required("words").split(" ")).filter(w -> !w.isEmpty()).toList()) {
                // Tokens are compared lower-cased, so a capitalised word would never match.
                if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                    throw row.fail("word \"" + w + "\" of list " + name + ": not lower case");
                }
                if (!words.add(w)) {
                    throw row.fail("word \"" + w + "\" twice in list " + name);
                }
            }
            if (lists.putIfAbsent(name, Set.copyOf(words)) != null) {
                throw row.fail("list \"" + name + "\" defined twice");
            }
        }
        return Map.copyOf(lists);
    }
}
