package io.github.diplograph.graph;

/** Another load holds the graph's load lock (exit code 75 on the command line: try again later). */
public class LoadLockedException extends RuntimeException {

    public LoadLockedException(String message) {
        super(message);
    }
}
