package io.github.diplograph.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A source read one window of documents at a time, each with its metadata and the sha256 of its text but
 * not the text ({@link LazyDocument}): what a (re)load needs to decide what to extract, in memory that does
 * not grow with the texts of the source. Documents that cannot be read are skipped and reported in
 * {@link #problems()}, as they are met.
 */
public abstract class DocumentScan implements Closeable {

    private final List<DocumentProblem> problems = new ArrayList<>();
    private final Set<String> unreadableIds = new HashSet<>();

    /** Up to {@code max} more documents, in the source's order; empty once the source is exhausted. */
    public abstract List<LazyDocument> next(int max) throws IOException;

    /** The problems met so far (all of them once {@link #next} has returned an empty window). */
    public List<DocumentProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Ids of documents the source holds but that could not be read (a file emptied or no longer UTF-8, a
     * feed line with a bad date …): they are still in the source, so a reload keeps their last good version
     * rather than retracting them as deleted.
     */
    public Set<String> unreadableIds() {
        return Set.copyOf(unreadableIds);
    }

    protected void problem(DocumentProblem problem) {
        problems.add(problem);
    }

    protected void unreadable(String id, DocumentProblem problem) {
        unreadableIds.add(id);
        problems.add(problem);
    }

    @Override
    public void close() throws IOException {
    }
}
