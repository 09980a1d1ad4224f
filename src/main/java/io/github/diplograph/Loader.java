package io.github.diplograph;

import io.github.diplograph.ingest.DocumentProblem;
import io.github.diplograph.ingest.DocumentReader;
import io.github.diplograph.ingest.DocumentScan;
import io.github.diplograph.ingest.LazyDocument;
import io.github.diplograph.ingest.UnreadableDocumentException;
import io.github.diplograph.config.Settings;
import io.github.diplograph.extract.DocumentExtractor;
import io.github.diplograph.graph.GraphWriter;
import io.github.diplograph.model.DocumentMap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Loads a source into the graph: reads documents, skips those whose sha256 is already stored,
 * extracts the rest in parallel (extraction never touches the database), and writes them in batches,
 * one transaction each. A document that fails is reported and skipped; the others load.
 */
public final class Loader {

    private final GraphWriter writer;
    private final Supplier<? extends DocumentExtractor> extractorOnDemand;
    private DocumentExtractor extractor;
    private final int batchSize;
    private final int threads;
    private final long maxDocumentBytes;
    private final Duration extractionBudget;
    private final LoadProgress progress;
    /**
     * Documents compared with the graph at a time: one look-up of stored versions and one write of their
     * origin each. Large enough that the round trips cost little next to hashing the texts, small enough
     * that a window's metadata and its transaction stay a few megabytes however large the source.
     */
    private static final int WINDOW = 2_000;

    /** Progress as text lines, as before {@link LoadProgress}: notes, and a count line per chunk. */
    public Loader(GraphWriter writer, Supplier<? extends DocumentExtractor> extractor, Settings settings,
                  Consumer<String> progress) {
        this(writer, extractor, settings, new ProgressLines(progress, chunk(settings)));
    }

    /** @param extractor called only if some document needs extracting (loading the NLP models takes seconds) */
    public Loader(GraphWriter writer, Supplier<? extends DocumentExtractor> extractor, Settings settings,
                  LoadProgress progress) {
        this.writer = writer;
        this.extractorOnDemand = extractor;
        this.batchSize = settings.batchSize();
        this.threads = settings.threads();
        this.maxDocumentBytes = settings.maxDocumentBytes();
        this.extractionBudget = settings.extractionBudget();
        this.progress = progress;
    }

    public LoadReport load(Path source) throws IOException {
        return load(source, false, false, () -> false, () -> { });
    }

    /**
     * Loads {@code source}; with {@code sync} (a reload) also retracts the documents earlier loaded from
     * this source that it no longer holds. Checks {@code stop} between batches (a batch is one
     * transaction: a stop never leaves half a document) and calls {@code heartbeat} after each.
     */
    public LoadReport load(Path source, boolean sync, boolean allowEmpty, BooleanSupplier stop, Runnable heartbeat)
            throws IOException {
        long started = System.nanoTime();
        if (!Files.exists(source)) {
            throw new IOException(source + ": no such file or directory" + (sync
                    ? " (a source that vanished or is not mounted is never taken to be empty: nothing was retracted)" : ""));
        }
        String origin = source.toAbsolutePath().normalize().toString();
        Versions versions = compareWithTheGraph(source, origin, sync);
        List<DocumentProblem> problems = new ArrayList<>(versions.problems());
        List<LazyDocument> todo = versions.todo();
        List<String> gone = versions.gone();   // empty unless sync
        if (sync && versions.documents() == 0 && !gone.isEmpty() && !allowEmpty) {
            throw new IOException(source + " holds no documents; refusing to retract the " + gone.size()
                    + " documents loaded from it (an emptied or unmounted source must not wipe the graph; "
                    + "use --allow-empty if it really is empty)");
        }
        Set<String> stored = versions.changed();
        progress.note(String.format("%d documents read, %d unchanged, %d to extract%s", versions.documents(),
                versions.unchanged(), todo.size(), sync ? ", " + gone.size() + " gone from the source" : ""));
        // Extract and write chunk by chunk, so memory stays bounded however large the source; the next
        // chunk is extracted on the pool's threads while this one is written, so neither waits for the other.
        double extractionSeconds = 0;
        int added = 0;
        int changed = 0;
        boolean interrupted = false;
        int chunk = chunk(batchSize, threads);
        if (!todo.isEmpty()) {
            progress.documents(0, todo.size());
        }
        ExecutorService pool = todo.isEmpty() ? null : extractionPool();
        try {
            Extraction pending = todo.isEmpty() ? null : submit(pool, todo.subList(0, Math.min(todo.size(), chunk)));
            if (!todo.isEmpty()) {
                writer.deleteWarmUpLeftovers();   // of a long load stopped while it prepared
            }
            if (todo.size() >= 10 * batchSize) {
                // While the first documents are extracted, the database compiles the write statements and the
                // JVM warms the write path on made-up documents (rolled back): seconds that a long load earns
                // back in its first batches, and that a short one would wait for.
                writer.prepare(batchSize);
            }
            for (int c = 0; c < todo.size() && !interrupted; c += chunk) {
                List<DocumentMap> maps = collect(pending, problems);
                extractionSeconds += pending.seconds();
                int next = c + chunk;
                pending = next < todo.size() ? submit(pool, todo.subList(next, Math.min(todo.size(), next + chunk))) : null;
                // Documents whose extraction failed are done too (reported as problems), so they count first.
                int done = c + Math.min(todo.size() - c, chunk) - maps.size();
                for (int i = 0; i < maps.size(); i += batchSize) {
                    if (stop.getAsBoolean()) {
                        interrupted = true;
                        break;
                    }
                    List<DocumentMap> batch = maps.subList(i, Math.min(maps.size(), i + batchSize));
                    for (DocumentMap written : writeBatch(batch, origin, stored, problems)) {
                        if (stored.contains(written.document().id())) {
                            changed++;
                        } else {
                            added++;
                        }
                    }
                    heartbeat.run();
                    done += batch.size();
                    progress.documents(done, todo.size());
                }
                if (maps.isEmpty()) {
                    progress.documents(done, todo.size());   // a chunk that failed whole is done as well
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        int deleted = 0;
        for (int i = 0; i < gone.size() && !interrupted; i += batchSize) {
            if (stop.getAsBoolean()) {
                interrupted = true;
                break;
            }
            List<String> batch = gone.subList(i, Math.min(gone.size(), i + batchSize));
            writer.delete(batch);
            deleted += batch.size();
            heartbeat.run();
        }
        // Manifest problems are warnings (metadata ignored), not failed documents.
        int failed = (int) problems.stream().filter(p -> !p.document().endsWith(DocumentReader.MANIFEST)).count();
        return new LoadReport(added, changed, deleted, versions.unchanged(), failed, problems,
                Duration.ofNanos(System.nanoTime() - started), extractionSeconds, sync, interrupted);
    }

    /**
     * What the source holds against what the graph holds, a window of documents at a time: the texts are
     * hashed and dropped as they are read, the unchanged documents are recorded as seen in this source
     * and forgotten, and only the documents to extract are kept — without their texts, which are read
     * again chunk by chunk when they are extracted. What stays per document is, in a reload only, the id of
     * each document earlier loaded from the source (to tell which were deleted): memory does not grow with the texts.
     */
    private Versions compareWithTheGraph(Path source, String origin, boolean sync) throws IOException {
        // Asked before the source is compared, which records this origin on the unchanged documents.
        // What is left of it once every id the source holds is struck off is what the source no longer holds
        // (one set of ids, in the graph's order, rather than one of earlier ids and one of present ids).
        Set<String> gone = new java.util.LinkedHashSet<>(sync ? writer.documentsOf(origin) : List.of());
        Set<String> changed = new HashSet<>();
        List<LazyDocument> todo = new ArrayList<>();
        int documents = 0;
        int unchanged = 0;
        try (DocumentScan scan = new DocumentReader(maxDocumentBytes).scan(source)) {
            for (List<LazyDocument> window = scan.next(WINDOW); !window.isEmpty(); window = scan.next(WINDOW)) {
                Map<String, String> stored = writer.storedVersions(window.stream().map(LazyDocument::id).toList());
                List<String> unchangedIds = new ArrayList<>();
                for (LazyDocument d : window) {
                    gone.remove(d.id());
                    String version = stored.get(d.id());
                    if (d.info().sha256().equals(version)) {
                        unchangedIds.add(d.id());
                    } else {
                        todo.add(d);
                        if (version != null) {
                            changed.add(d.id());
                        }
                    }
                }
                writer.recordOrigin(unchangedIds, origin);
                documents += window.size();
                unchanged += unchangedIds.size();
            }
            // Documents that failed to read are still in the source: their last good version stays.
            gone.removeAll(scan.unreadableIds());
            return new Versions(documents, unchanged, todo, changed, List.copyOf(gone), scan.problems());
        }
    }

    /**
     * The outcome of {@link #compareWithTheGraph}: how many documents the source holds and how many are
     * unchanged; those to extract (new or {@code changed}); in a reload, the documents earlier loaded from
     * it that it no longer holds ({@code gone}); the documents that could not be read.
     */
    private record Versions(int documents, int unchanged, List<LazyDocument> todo, Set<String> changed,
                            List<String> gone, List<DocumentProblem> problems) {
    }

    /** Documents extracted together (two batches per thread) while the previous chunk is written. */
    static int chunk(Settings settings) {
        return chunk(settings.batchSize(), settings.threads());
    }

    private static int chunk(int batchSize, int threads) {
        return batchSize * threads * 2;
    }

    /** Daemon threads: an extraction abandoned over its budget must not keep the JVM alive. */
    private ExecutorService extractionPool() {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "diplograph-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts extracting {@code docs} on the pool; the models load on the first call only. */
    private Extraction submit(ExecutorService pool, List<LazyDocument> docs) {
        if (extractor == null) {
            extractor = extractorOnDemand.get();
        }
        Extraction e = new Extraction(docs, new ArrayList<>(), new long[docs.size()], System.nanoTime(),
                new java.util.concurrent.atomic.AtomicLong(System.nanoTime()));
        for (int i = 0; i < docs.size(); i++) {
            LazyDocument d = docs.get(i);
            int slot = i;
            e.futures().add(pool.submit(() -> {
                e.started()[slot] = System.nanoTime();
                // The text is read here and is garbage once its map is made: at most a chunk's texts in memory.
                DocumentMap map = extractor.extract(d.read());
                e.finished().accumulateAndGet(System.nanoTime(), Math::max);
                return map;
            }));
        }
        return e;
    }

    /** One chunk of documents being extracted: their futures and when each started (for the budget). */
    private record Extraction(List<LazyDocument> docs, List<Future<DocumentMap>> futures, long[] started,
                              long submitted, java.util.concurrent.atomic.AtomicLong finished) {

        /** From the chunk's submission to its last document extracted: not the time spent waiting for it. */
        double seconds() {
            return (finished.get() - submitted) / 1e9;
        }
    }

    /** The chunk's maps in document order; a document over its budget or failing is a problem, the rest come. */
    private List<DocumentMap> collect(Extraction e, List<DocumentProblem> problems) {
        List<DocumentMap> maps = new ArrayList<>();
        for (int i = 0; i < e.futures().size(); i++) {
            try {
                maps.add(awaitWithinBudget(e.futures().get(i), e.started(), i));
            } catch (java.util.concurrent.TimeoutException timeout) {
                e.futures().get(i).cancel(true);
                problems.add(new DocumentProblem(e.docs().get(i).id(), "extraction took longer than "
                        + extractionBudget.toSeconds() + " s (the budget for one document); skipped"));
            } catch (ExecutionException failure) {
                if (failure.getCause() instanceof UnreadableDocumentException unreadable) {
                    problems.add(unreadable.problem());   // changed, emptied or removed since it was hashed
                    continue;
                }
                problems.add(new DocumentProblem(e.docs().get(i).id(), "extraction failed: " + describe(failure.getCause())));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while extracting", interrupted);
            }
        }
        return maps;
    }

    /** The document's map, waiting at most the budget from when its extraction started (not from when it was queued). */
    private DocumentMap awaitWithinBudget(Future<DocumentMap> future, long[] started, int slot)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        long budget = extractionBudget.toNanos();
        while (true) {
            long since = started[slot] == 0 ? 0 : System.nanoTime() - started[slot];
            long left = started[slot] == 0 ? budget : budget - since;
            if (left <= 0) {
                throw new java.util.concurrent.TimeoutException();
            }
            try {
                return future.get(Math.min(left, java.util.concurrent.TimeUnit.SECONDS.toNanos(1)),
                        java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException notYet) {
                if (started[slot] != 0 && System.nanoTime() - started[slot] >= budget) {
                    throw notYet;
                }
            }
        }
    }

    /** Writes a batch in one transaction; if that fails, writes its documents one by one to isolate the bad one. */
    private List<DocumentMap> writeBatch(List<DocumentMap> batch, String origin, Set<String> stored,
                                         List<DocumentProblem> problems) {
        try {
            writer.write(batch, origin, stored);
            return batch;
        } catch (RuntimeException batchFailure) {
            if (batch.size() == 1) {
                problems.add(new DocumentProblem(batch.get(0).document().id(), "write failed: " + describe(batchFailure)));
                return List.of();
            }
            List<DocumentMap> ok = new ArrayList<>();
            for (DocumentMap single : batch) {
                ok.addAll(writeBatch(List.of(single), origin, stored, problems));
            }
            return ok;
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + Objects.toString(m).lines().findFirst().orElse(""));
    }
}
