package io.github.diplograph.util;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parameter rows and output rows built from key/value pairs; unlike Map.of, keeps order and allows nulls. */
public final class Rows {

    private Rows() {
    }

    public static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
