package io.github.diplograph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.SourceDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The {@code .txt} articles of a folder (sub-folders are not read), or one {@code .txt} file, with the
 * metadata of the {@code manifest.json} beside them. Each file is hashed as it is met ({@link TextFile#sha256})
 * and its text dropped; {@link LazyDocument#read()} reads it again when it must be extracted.
 */
final class FolderScan extends DocumentScan {

    private final Path folder;
    private final boolean wholeFolder;
    /** The articles' file names, sorted: a name costs less than its {@code Path} for every file of a large folder. */
    private final List<String> files;
    private final Path realFolder;
    private final Manifest manifest;
    private final long maxDocumentBytes;
    private final TextFile textFiles = new TextFile();
    private int next;
    private boolean finished;

    /** @param folder where the files are, as the user named it (problems name the files as it does) */
    private FolderScan(Path folder, Path manifestFile, boolean wholeFolder, List<String> files, long maxDocumentBytes)
            throws IOException {
        this.folder = folder;
        this.wholeFolder = wholeFolder;
        this.files = files;
        this.realFolder = wholeFolder ? folder.toRealPath() : null;
        this.maxDocumentBytes = maxDocumentBytes;
        List<DocumentProblem> manifestProblems = new ArrayList<>();
        this.manifest = Files.isRegularFile(manifestFile) ? Manifest.read(manifestFile, manifestProblems) : Manifest.none();
        manifestProblems.forEach(this::problem);
    }

    static FolderScan ofFolder(Path folder, long maxDocumentBytes) throws IOException {
        List<String> files;
        // ".TXT" is an article too. Sorted as paths (the order documents load in); the texts are not kept.
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted().map(p -> p.getFileName().toString()).toList();
        }
        return new FolderScan(folder, folder.resolve(DocumentReader.MANIFEST), true, files, maxDocumentBytes);
    }

    static FolderScan ofFile(Path file, long maxDocumentBytes) throws IOException {
        Path parent = file.getParent() != null ? file.getParent() : Path.of("");
        return new FolderScan(parent, file.toAbsolutePath().getParent().resolve(DocumentReader.MANIFEST), false,
                List.of(file.getFileName().toString()), maxDocumentBytes);
    }

    @Override
    public List<LazyDocument> next(int max) throws IOException {
        List<LazyDocument> window = new ArrayList<>();
        while (window.size() < max && next < files.size()) {
            Path file = folder.resolve(files.get(next++));
            if (wholeFolder && !isArticleOfTheFolder(file)) {
                continue;
            }
            LazyDocument document = scan(file, manifest.take(file.getFileName().toString()));
            if (document != null) {
                window.add(document);
            }
        }
        if (next == files.size() && !finished) {
            finished = true;
            if (wholeFolder) {
                manifest.untaken().forEach(n -> problem(new DocumentProblem(DocumentReader.MANIFEST,
                        "names " + n + ", which is not in " + folder)));
            }
        }
        return window;
    }

    /** A link that leads out of the source (x.txt -> /etc/passwd) or nowhere is reported, never read. */
    private boolean isArticleOfTheFolder(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            if (!Files.exists(file)) {
                problem(new DocumentProblem(file.toString(), "is a link to nothing; skipped"));
                return false;
            }
            if (!file.toRealPath().startsWith(realFolder)) {
                problem(new DocumentProblem(file.toString(), "is a link to " + file.toRealPath()
                        + ", outside the source folder; skipped"));
                return false;
            }
        }
        return Files.isRegularFile(file);
    }

    private LazyDocument scan(Path file, JsonNode meta) {
        String id = file.getFileName().toString();
        try {
            String sha256 = textFiles.sha256(file, maxDocumentBytes);
            return new TextFileDocument(file, DocumentRules.info(id, sha256, meta), maxDocumentBytes);
        } catch (IOException | IllegalArgumentException e) {
            unreadable(id, new DocumentProblem(file.toString(), e.getMessage()));
            return null;
        }
    }

    /**
     * An article file whose text is read when it is extracted. If the file changed since it was hashed, the
     * text read now is the one used, with its own sha256: the graph then records the version its facts were
     * extracted from, and the next reload compares against that. (Reporting it as a problem instead would
     * leave the old version in the graph while the new one is in hand; hashing the old one would make the
     * next reload skip the new text as unchanged.)
     */
    record TextFileDocument(Path file, DocumentInfo info, long maxDocumentBytes) implements LazyDocument {

        @Override
        public SourceDocument read() throws UnreadableDocumentException {
            try {
                String text = TextFile.text(file, maxDocumentBytes);
                return new SourceDocument(DocumentRules.withSha256(info, DocumentRules.sha256(text)), text);
            } catch (IOException | IllegalArgumentException e) {
                String reason = Files.exists(file) ? e.getMessage() : "was removed while the source was being loaded";
                throw new UnreadableDocumentException(new DocumentProblem(file.toString(), reason));
            }
        }
    }
}
