package io.github.diplograph.model;

/** The kinds of actor a fact can name; each maps to one node label. */
public enum EntityKind {
    PERSON("Person"), COUNTRY("Country"), ORGANIZATION("Organization");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
