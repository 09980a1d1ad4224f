package io.github.diplograph.model;

import java.util.List;

/** Agreements signed or planned between countries. {@code count} is how many the text says (null if not said). */
public record AgreementFact(String id, AgreementStatus status, Integer count, FuzzyDate date, List<String> topics,
                            List<String> parties, List<Evidence> evidence) {

    public enum AgreementStatus { PLANNED, SIGNED }
}
