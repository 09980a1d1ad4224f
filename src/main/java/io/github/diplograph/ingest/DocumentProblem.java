package io.github.diplograph.ingest;

/** A document that could not be read or processed, and why, in words a user can act on. */
public record DocumentProblem(String document, String reason) {

    @Override
    public String toString() {
        return document + ": " + reason;
    }
}
