package io.github.diplograph.ingest;

import java.io.IOException;

/** A document whose text could not be read when it was needed; {@link #problem()} says which and why. */
public final class UnreadableDocumentException extends IOException {

    private final transient DocumentProblem problem;

    public UnreadableDocumentException(DocumentProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public DocumentProblem problem() {
        return problem;
    }
}
