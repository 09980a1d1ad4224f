package io.github.diplograph.eval;

import io.github.diplograph.identity.Names;

import java.util.List;
import java.util.Objects;

/**
 * One comparable unit of evaluation: some person names plus exact keys (country, year, status …).
 * Names match when one's words contain the other's (folded), or surname and first initial agree,
 * so "López Obrador", "Andrés Manuel López Obrador" and "Andres Manuel Lopez Obrador" are the same person.
 */
record Fact(String category, List<String> names, List<Object> keys) {

    boolean matches(Fact other) {
        if (!category.equals(other.category) || names.size() != other.names.size() || !Objects.equals(keys, other.keys)) {
            return false;
        }
        if (names.size() == 2) {
            return (Names.sameName(names.get(0), other.names.get(0)) && Names.sameName(names.get(1), other.names.get(1)))
                    || (Names.sameName(names.get(0), other.names.get(1)) && Names.sameName(names.get(1), other.names.get(0)));
        }
        for (int i = 0; i < names.size(); i++) {
            if (!Names.sameName(names.get(i), other.names.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.join(" – ", names) + (keys.isEmpty() ? "" : " " + keys);
    }
}
