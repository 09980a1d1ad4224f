package io.github.diplograph.query;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a result row (the driver's maps, lists, strings and longs) into one of the {@link Records}, by
 * component name. Written out rather than done by a data-binding library: binding is all a query
 * needs, and a general mapper costs a short command (one row from a server) several hundred classes
 * and a noticeable part of its start-up.
 */
final class RowMapper {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private RowMapper() {
    }

    /** The row as a {@code type}; a column the record does not have is ignored, a missing one is null. */
    static <T> T toRecord(Map<String, ?> row, Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            values[i] = convert(row.get(c.getName()), c.getGenericType(), type.getSimpleName() + "." + c.getName());
        }
        try {
            return type.cast(constructor(type, components).newInstance(values));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName() + " from " + row, e);
        }
    }

    private static Constructor<?> constructor(Class<?> type, RecordComponent[] components) {
        return CONSTRUCTORS.computeIfAbsent(type, t -> {
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
            }
            try {
                return t.getDeclaredConstructor(parameterTypes);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(t.getName() + " has no canonical constructor", e);
            }
        });
    }

    private static Object convert(Object value, Type target, String where) {
        if (value == null) {
            return null;
        }
        if (target instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!(value instanceof List<?> list)) {
                throw mismatch(value, "a list", where);
            }
            Type element = p.getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>(list.size());
            for (Object v : list) {
                out.add(convert(v, element, where));
            }
            // Not List.copyOf: a Cypher list may hold nulls, and the row keeps them.
            return Collections.unmodifiableList(out);
        }
        Class<?> raw = (Class<?>) target;
        if (raw == String.class) {
            return value instanceof String s ? s : String.valueOf(value);
        }
        if (raw == Integer.class || raw == int.class) {
            return number(value, where).intValue();
        }
        if (raw == Long.class || raw == long.class) {
            return number(value, where).longValue();
        }
        if (raw == Double.class || raw == double.class) {
            return number(value, where).doubleValue();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            throw mismatch(value, "true or false", where);
        }
        if (raw.isRecord()) {
            if (!(value instanceof Map<?, ?> map)) {
                throw mismatch(value, "a map", where);
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> fields = (Map<String, ?>) map;
            return toRecord(fields, raw);
        }
        throw new IllegalStateException(where + ": no conversion to " + raw.getName());
    }

    private static Number number(Object value, String where) {
        if (value instanceof Number n) {
            return n;
        }
        throw mismatch(value, "a number", where);
    }

    private static IllegalStateException mismatch(Object value, String expected, String where) {
        return new IllegalStateException(where + ": expected " + expected + ", got the "
                + value.getClass().getSimpleName() + " " + value);
    }
}
