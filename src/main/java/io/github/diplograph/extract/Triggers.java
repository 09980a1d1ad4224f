package io.github.diplograph.extract;

import io.github.diplograph.model.EventType;

import java.util.List;
import java.util.Set;

/**
 * The word patterns that announce events, read once from {@value #RULES} (see docs/EXTRACTION.md, "Rules
 * as data"). {@link #MATCHER} takes the longest pattern that matches, so that "phone talks" and "met
 * virtually" are calls, not the meetings "talks with" and "met"; the file may not give two rules the same
 * words, so its order does not change what matches.
 * A pattern is a sequence of lower-case words. The words that make a trigger a plan or a denial rather than
 * an event are {@link Lexicon#MODALITY}.
 */
final class Triggers {

    static final String RULES = "rules/event-triggers.tsv";

    /** What a trigger needs after it to be an event; the other conditions (a destination, goods) go with its type. */
    enum ObjectCondition {
        /** Nothing: "held talks", "visited". */
        NONE("-"),
        /**
         * A person as its object: the first person after it, within ten words with no verb, comma or
         * preposition between: "received X", not "received a letter from X".
         */
        PERSON("person"),
        /**
         * A person that follows at once (titles and honorifics aside): "spoke with Prime Minister X", not
         * "spoke to reporters beside X".
         */
        DIRECT_PERSON("person-next"),
        /**
         * A person after a later "with" (titles aside), within twelve words and no verb between: "signed 14
         * agreements in Santiago with Defense Minister X", not "signed a deal with Cuba's oil company".
         */
        WITH_PERSON("with-person"),
        /** The same after a later "by": "was visited in the Historic Center by the president of Chile, X". */
        BY_PERSON("by-person"),
        /** The same after a later "between": "during talks in Hanoi on Tuesday between Prime Minister X and …". */
        BETWEEN_PERSON("between-person");

        /** How the rule file writes it. */
        final String code;

        ObjectCondition(String code) {
            this.code = code;
        }
    }

    /**
     * One rule of the file. The examples are kept with it so that {@code RuleExamplesTest} checks every rule
     * on a sentence where it must fire and one where it must not.
     */
    record Trigger(String name, EventType type, List<String> words, ObjectCondition object, String example,
                   String counterExample) implements TriggerMatcher.Phrase {

        /** The trigger is an event only with a person as its object ("received X"). */
        boolean needsObjectPerson() {
            return object != ObjectCondition.NONE;
        }

        /** And that person must follow at once. */
        boolean directObject() {
            return object == ObjectCondition.DIRECT_PERSON;
        }

        /** The preposition a later person follows ("with", "by"), or null. */
        String objectAfter() {
            return switch (object) {
                case WITH_PERSON -> "with";
                case BY_PERSON -> "by";
                case BETWEEN_PERSON -> "between";
                default -> null;
            };
        }

        /** What an event's evidence names: the words, as before the rules were a file ("pattern:phone_call"). */
        String evidenceRule() {
            return "pattern:" + String.join("_", words);
        }
    }

    static final List<Trigger> EVENTS = TriggerRules.read(RuleFile.read(RULES));

    /** What must be delivered for a delivery to count: aid, not opinions ("delivered-goods" of the word lists). */
    static final Set<String> DELIVERED_GOODS = WordLists.get("delivered-goods");

    /** The event of a token: the longest trigger starting there. */
    static final TriggerMatcher<Trigger> MATCHER = new TriggerMatcher<>(EVENTS);

    private Triggers() {
    }
}
