package io.github.diplograph.ingest;

import io.github.diplograph.config.Settings;
import io.github.diplograph.model.SourceDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads documents from a folder of {@code .txt} files (with an optional {@code manifest.json}), a single
 * {@code .txt} file, or a JSON Lines feed ({@code .jsonl}: one {@code {"id","text","published",…}} per line).
 * A document that cannot be read is reported as a {@link DocumentProblem} and the others are still returned.
 * <p>
 * Two ways: {@link #scan} gives the documents a window at a time with their sha256 but not their texts,
 * which are read one by one when needed (a load; memory does not grow with the source's texts);
 * {@link #read} gives every document with its text at once (a handful of files: {@code extract}, {@code eval}).
 */
public final class DocumentReader {

    public static final String MANIFEST = "manifest.json";

    /** Larger than any news article; such a file is a dump or a mistake and would stall extraction. */
    private final long maxDocumentBytes;

    public DocumentReader() {
        this(Settings.DEFAULT_MAX_DOCUMENT_BYTES);
    }

    public DocumentReader(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** The documents of {@code source}, their texts not read yet; close it when done. */
    public DocumentScan scan(Path source) throws IOException {
        if (!Files.exists(source)) {
            throw new IOException(source + ": no such file or directory");
        }
        if (Files.isDirectory(source)) {
            return FolderScan.ofFolder(source, maxDocumentBytes);
        }
        String name = source.getFileName().toString();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return new FeedScan(source);
        }
        return FolderScan.ofFile(source, maxDocumentBytes);
    }

    /** Every document of {@code source} with its text, in memory together: for small sources only. */
    public ReadResult read(Path source) throws IOException {
        List<SourceDocument> documents = new ArrayList<>();
        List<DocumentProblem> late = new ArrayList<>();
        try (DocumentScan scan = scan(source)) {
            for (List<LazyDocument> window = scan.next(1000); !window.isEmpty(); window = scan.next(1000)) {
                for (LazyDocument document : window) {
                    try {
                        documents.add(document.read());
                    } catch (UnreadableDocumentException e) {
                        late.add(e.problem());   // changed between the scan and the read
                    }
                }
            }
            List<DocumentProblem> problems = new ArrayList<>(scan.problems());
            problems.addAll(late);
            return new ReadResult(documents, problems);
        }
    }

    public static String sha256(String text) {
        return DocumentRules.sha256(text);
    }
}
