package io.github.diplograph.eval;

import io.github.diplograph.extract.Names;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One comparable unit of evaluation: some person names plus exact keys (country, year, status …).
 * Names match when one's words contain the other's (folded), or surname and first initial agree,
 * so "Maduro", "Nicolás Maduro" and "Nicolas Maduro" are the same person.
 */
record Fact(String category, List<String> names, List<Object> keys) {

    boolean matches(Fact other) {
        if (!category.equals(other.category) || names.size() != other.names.size() || !Objects.equals(keys, other.keys)) {
            return false;
        }
        if (names.size() == 2) {
            return (sameName(names.get(0), other.names.get(0)) && sameName(names.get(1), other.names.get(1)))
                    || (sameName(names.get(0), other.names.get(1)) && sameName(names.get(1), other.names.get(0)));
        }
        for (int i = 0; i < names.size(); i++) {
            if (!sameName(names.get(i), other.names.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameName(String a, String b) {
        List<String> x = Arrays.asList(Names.key(a).split(" "));
        List<String> y = Arrays.asList(Names.key(b).split(" "));
        if (x.containsAll(y) || y.containsAll(x)) {
            return true;
        }
        return x.size() > 1 && y.size() > 1 && x.get(x.size() - 1).equals(y.get(y.size() - 1))
                && x.get(0).charAt(0) == y.get(0).charAt(0);
    }

    @Override
    public String toString() {
        return String.join(" – ", names) + (keys.isEmpty() ? "" : " " + keys);
    }
}
