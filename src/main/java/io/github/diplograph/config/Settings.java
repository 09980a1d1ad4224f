package io.github.diplograph.config;

/**
 * How diplograph works, as one immutable value built by the CLI or a library user and passed down;
 * nothing below reads system properties or globals.
 *
 * @param batchSize        documents written per transaction
 * @param threads          extraction threads
 * @param ner              run CoreNLP's statistical named-entity recognizer (off: rules only, to measure what it adds)
 * @param maxDocumentBytes larger documents are skipped and reported (a size limit independent of the heap)
 * @param extractionBudget longest time one document may take to extract; a slower one is skipped and
 *                         reported, so one pathological file never holds its whole batch
 * @param actors           a user-supplied actor list (TSV, see docs/EXTRACTION.md) read only for persons whose
 *                         country the text leaves open; null for none. A path, not the parsed list: this
 *                         package knows nothing of extraction, and the extractor reads the file.
 * @param leaders          read the shipped list of world leaders for persons whose country the text and the
 *                         actor list leave open (on by default)
 */
public record Settings(int batchSize, int threads, boolean ner, long maxDocumentBytes, java.time.Duration extractionBudget,
                       java.nio.file.Path actors, boolean leaders) {

    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;
    public static final java.time.Duration DEFAULT_EXTRACTION_BUDGET = java.time.Duration.ofSeconds(60);

    public Settings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("the document size limit must be positive, not " + maxDocumentBytes);
        }
    }

    /** Batches of 50, one extraction thread per core, NER on, 5 MB per document, no actor list, the leaders list. */
    public static Settings defaults() {
        return new Settings(DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors(), true, DEFAULT_MAX_DOCUMENT_BYTES,
                DEFAULT_EXTRACTION_BUDGET, null, true);
    }

    public Settings withBatchSize(int value) {
        return new Settings(value, threads, ner, maxDocumentBytes, extractionBudget, actors, leaders);
    }

    public Settings withThreads(int value) {
        return new Settings(batchSize, value, ner, maxDocumentBytes, extractionBudget, actors, leaders);
    }

    public Settings withNer(boolean value) {
        return new Settings(batchSize, threads, value, maxDocumentBytes, extractionBudget, actors, leaders);
    }

    public Settings withMaxDocumentBytes(long value) {
        return new Settings(batchSize, threads, ner, value, extractionBudget, actors, leaders);
    }

    public Settings withExtractionBudget(java.time.Duration value) {
        return new Settings(batchSize, threads, ner, maxDocumentBytes, value, actors, leaders);
    }

    /** An actor list to read when the text leaves a person's country open; null for none. */
    public Settings withActors(java.nio.file.Path value) {
        return new Settings(batchSize, threads, ner, maxDocumentBytes, extractionBudget, value, leaders);
    }

    /** Whether the shipped list of world leaders is read (true by default). */
    public Settings withLeaders(boolean value) {
        return new Settings(batchSize, threads, ner, maxDocumentBytes, extractionBudget, actors, value);
    }
}
