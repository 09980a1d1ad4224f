package io.github.diplograph.extract;

import io.github.diplograph.model.EventType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the rows of the event-trigger rule file into {@link Triggers.Trigger}s, in file order. A row that
 * would be silently ignored or misread — a duplicate pattern, which the first one would always shadow, a
 * trigger in capitals, which no lower-cased token equals, an unknown event type or condition — stops
 * loading with the file and line.
 */
final class TriggerRules {

    /** The types the event extractor builds from a trigger; agreements and relations have their own rules. */
    private static final List<EventType> TRIGGERED = List.of(EventType.MEETING, EventType.CALL, EventType.VISIT,
            EventType.DELIVERY);
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Words separated by single spaces; they must also be lower case, as {@link Token#lower()} gives them. */
    private static final Pattern WORDS = Pattern.compile("\\S+( \\S+)*");

    private TriggerRules() {
    }

    static List<Triggers.Trigger> read(List<RuleFile.Row> rows) {
        List<Triggers.Trigger> triggers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<List<String>, String> patterns = new HashMap<>();
        for (RuleFile.Row row : rows) {
            Triggers.Trigger t = parse(row);
            if (!names.add(t.name())) {
                throw row.fail("rule name \"" + t.name() + "\" used twice");
            }
            String earlier = patterns.putIfAbsent(t.words(), t.name());
            if (earlier != null) {
                throw row.fail("trigger \"" + String.join(" ", t.words()) + "\" is already rule " + earlier);
            }
            triggers.add(t);
        }
        return List.copyOf(triggers);
    }

    private static Triggers.Trigger parse(RuleFile.Row row) {
        String name = row.required("name");
        if (!NAME.matcher(name).matches()) {
            throw row.fail("rule name \"" + name + "\": lower-case words joined by hyphens");
        }
        String trigger = row.required("trigger");
        if (!WORDS.matcher(trigger).matches() || !trigger.equals(trigger.toLowerCase(Locale.ROOT))) {
            throw row.fail("trigger \"" + trigger + "\": lower-case words separated by single spaces");
        }
        return new Triggers.Trigger(name, type(row), List.of(trigger.split(" ")), condition(row),
                row.required("example"), row.required("counter_example"));
    }

    private static EventType type(RuleFile.Row row) {
        String value = row.required("event");
        for (EventType type : TRIGGERED) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        throw row.fail("unknown event \"" + value + "\", expected one of " + TRIGGERED);
    }

    private static Triggers.ObjectCondition condition(RuleFile.Row row) {
        String value = row.required("object");
        for (Triggers.ObjectCondition c : Triggers.ObjectCondition.values()) {
            if (c.code.equals(value)) {
                return c;
            }
        }
        throw row.fail("unknown object condition \"" + value + "\", expected -, person, person-next, with-person, by-person or between-person");
    }
}
