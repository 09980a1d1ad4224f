package io.github.diplograph.graph;

/** The graph database cannot be reached or started; the message says why in one line. */
public class GraphUnavailableException extends RuntimeException {

    public GraphUnavailableException(String message) {
        super(message);
    }

    public GraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
