package io.github.diplograph.extract;

import io.github.diplograph.model.EventType;

import java.util.List;
import java.util.Set;

/**
 * The word patterns that announce events. {@link #MATCHER} takes the longest pattern that matches, and
 * among patterns of one length the first listed: calls come before meetings, so that "video meeting" or
 * "phone talks" are calls. A pattern is a sequence of lower-case words. The words that make a trigger a
 * plan or a denial rather than an event are {@link Lexicon#MODALITY}.
 */
final class Triggers {

    /**
     * @param needsObjectPerson the trigger is an event only with a person as its object ("received X")
     * @param directObject      and that person must follow at once (titles and honorifics aside):
     *                          "spoke with Prime Minister X", not "spoke to reporters beside X"
     */
    record Trigger(EventType type, List<String> words, boolean needsObjectPerson, boolean directObject)
            implements TriggerMatcher.Phrase {
    }

    static final List<Trigger> EVENTS = List.of(
            call("telephone conversation"), call("telephone conversations"), call("phone conversation"),
            call("phone conversations"), call("telephone call"), call("phone call"), call("phone calls"),
            call("telephone talks"), call("phone talks"), call("video call"), call("video conference"),
            call("videoconference"), call("video link"), call("virtual meeting"), call("virtual talks"),
            call("spoken by phone"), call("spoken by telephone"), call("spoken on the phone"), call("spoke by phone"), call("spoke by telephone"), call("spoke on the phone"), call("spoke over the phone"),
            call("talked by phone"), call("talked on the phone"), call("telephoned"), call("phoned"),
            call("talks to"), call("met virtually"), call("met via video"), call("met online"), call("met by video"),
            call("held virtual talks"),
            // Readouts: "President X called Prime Minister Y", "spoke with Prime Minister Y [by phone]".
            callObject("called"), callObject("spoke with"), callObject("spoke to"), callObject("speaks with"),
            callObject("speaks to"), callObject("spoke today with"), callObject("spoke yesterday with"),
            callObject("spoke by phone with"), callObject("spoke by telephone with"), callObject("spoke today by phone with"),
            callObject("spoke today by telephone with"), callObject("spoke separately with"),
            call("call between"), call("telephone call between"), call("phone call between"),
            call("conversation between"),
            meet("talks were held"), meet("talks held"), meet("meeting was held"), meet("consultations were held"),
            meet("their meeting"), meet("their last meeting"), meet("their previous meeting"), meet("their talks"),
            meet("met"), meet("meets"), meet("meeting with"), meet("meetings with"), meet("held talks"),
            meet("holds talks"), meet("had talks"), meet("talks with"), meet("held a meeting"), meet("held meetings"),
            meet("held bilateral talks"), meet("held a bilateral meeting"), meet("bilateral meeting with"),
            meet("sat down with"), meet("conferred with"), meet("courtesy call on"), meet("paid a courtesy call"),
            meet("was received by"), meet("were received by"), meet("was received"), meet("were received"),
            meet("summit with"), meet("held between"), meet("meeting between"), meet("talks between"), meet("summit between"), meet("was held between"), meet("were held between"),
            meetObject("welcomed"), meetObject("welcomes"), meetObject("received"), meetObject("receives"),
            meetObject("hosted"), meetObject("hosts"), meetObject("greeted"), meetObject("greets"),
            visit("visited"), visit("visits"), visit("visit to"), visit("arrived in"),
            visit("arrives in"), visit("arrived at"), visit("landed in"), visit("trip to"), visit("toured"),
            visit("travelled to"), visit("traveled to"), visit("flew to"), visit("stop in"), visit("stops in"), visit("stopped in"), visit("stopped over in"), visit("stopover in"),
            visit("was in"), visit("were in"), visit("is in"), visit("are in"), visit("tour of"), visit("state visit to"), visit("official visit to"),
            visit("arrival in"),
            delivery("delivered"), delivery("delivers"), delivery("deliveries"), delivery("delivery"),
            delivery("shipment"), delivery("shipments"), delivery("shipped"), delivery("sent"), delivery("donated"),
            delivery("supplied"), delivery("supplies"), delivery("handed over"));

    /** What must be delivered for a delivery to count: aid, not opinions. */
    static final Set<String> DELIVERED_GOODS = Set.of("aid", "vaccine", "vaccines", "doses", "medicine", "medicines",
            "humanitarian", "food", "fuel", "grain", "wheat", "weapons", "arms", "ammunition", "equipment", "supplies",
            "products", "tonnes", "tons", "missiles", "tanks", "jets", "aircraft", "oil", "gas", "fertilizer",
            "fertiliser", "rice", "assistance");

    /** The event of a token: the longest trigger starting there. */
    static final TriggerMatcher<Trigger> MATCHER = new TriggerMatcher<>(EVENTS);

    private Triggers() {
    }

    private static Trigger call(String words) {
        return new Trigger(EventType.CALL, List.of(words.split(" ")), false, false);
    }

    private static Trigger meet(String words) {
        return new Trigger(EventType.MEETING, List.of(words.split(" ")), false, false);
    }

    private static Trigger callObject(String words) {
        return new Trigger(EventType.CALL, List.of(words.split(" ")), true, true);
    }

    private static Trigger meetObject(String words) {
        return new Trigger(EventType.MEETING, List.of(words.split(" ")), true, false);
    }

    private static Trigger delivery(String words) {
        return new Trigger(EventType.DELIVERY, List.of(words.split(" ")), false, false);
    }

    private static Trigger visit(String words) {
        return new Trigger(EventType.VISIT, List.of(words.split(" ")), false, false);
    }
}
