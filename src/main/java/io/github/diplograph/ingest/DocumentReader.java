package io.github.diplograph.ingest;

import io.github.diplograph.config.Settings;
import io.github.diplograph.model.SourceDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.FuzzyDate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads documents from a folder of {@code .txt} files (with an optional {@code manifest.json}), a single
 * {@code .txt} file, or a JSON Lines feed ({@code .jsonl}: one {@code {"id","text","published",…}} per line).
 * A document that cannot be read is reported as a {@link DocumentProblem} and the others are still returned.
 */
public final class DocumentReader {

    public static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Larger than any news article; such a file is a dump or a mistake and would stall extraction. */
    private final long maxDocumentBytes;

    public DocumentReader() {
        this(Settings.DEFAULT_MAX_DOCUMENT_BYTES);
    }

    public DocumentReader(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public ReadResult read(Path source) throws IOException {
        if (!Files.exists(source)) {
            throw new IOException(source + ": no such file or directory");
        }
        if (Files.isDirectory(source)) {
            return readFolder(source);
        }
        String name = source.getFileName().toString();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return readJsonLines(source);
        }
        Path manifest = source.toAbsolutePath().getParent().resolve(MANIFEST);
        Map<String, JsonNode> entries = new HashMap<>();
        List<DocumentProblem> problems = new ArrayList<>();
        if (Files.isRegularFile(manifest)) {
            entries = readManifest(manifest, problems);
        }
        List<SourceDocument> docs = new ArrayList<>();
        readTextFile(source, entries.get(name), docs, problems);
        return new ReadResult(docs, problems);
    }

    private ReadResult readFolder(Path folder) throws IOException {
        List<DocumentProblem> problems = new ArrayList<>();
        Path manifest = folder.resolve(MANIFEST);
        Map<String, JsonNode> entries = Files.isRegularFile(manifest) ? readManifest(manifest, problems) : Map.of();
        List<Path> files;
        // ".TXT" is an article too; sub-folders are not read.
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt"))
                    .sorted().toList();
        }
        Path realFolder = folder.toRealPath();
        Set<String> present = new HashSet<>();
        List<SourceDocument> docs = new ArrayList<>();
        for (Path file : files) {
            // A link that leads out of the source (x.txt -> /etc/passwd) or nowhere is reported, never read.
            if (Files.isSymbolicLink(file)) {
                if (!Files.exists(file)) {
                    problems.add(new DocumentProblem(file.toString(), "is a link to nothing; skipped"));
                    continue;
                }
                if (!file.toRealPath().startsWith(realFolder)) {
                    problems.add(new DocumentProblem(file.toString(), "is a link to " + file.toRealPath()
                            + ", outside the source folder; skipped"));
                    continue;
                }
            }
            if (!Files.isRegularFile(file)) {
                continue;
            }
            present.add(file.getFileName().toString());
            readTextFile(file, entries.get(file.getFileName().toString()), docs, problems);
        }
        entries.keySet().stream().filter(n -> !present.contains(n)).sorted()
                .forEach(n -> problems.add(new DocumentProblem(MANIFEST, "names " + n + ", which is not in " + folder)));
        return new ReadResult(docs, problems);
    }

    private Map<String, JsonNode> readManifest(Path manifest, List<DocumentProblem> problems) {
        Map<String, JsonNode> entries = new HashMap<>();
        try {
            JsonNode root = JSON.readTree(manifest.toFile());
            if (root == null || !root.isObject()) {
                problems.add(new DocumentProblem(manifest.toString(),
                        "manifest is not a JSON object of file name -> metadata; metadata ignored"));
                return entries;
            }
            root.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
        } catch (IOException e) {
            problems.add(new DocumentProblem(manifest.toString(),
                    "manifest is not valid JSON (" + firstLine(e.getMessage()) + "); metadata ignored"));
        }
        return entries;
    }

    private void readTextFile(Path file, JsonNode meta, List<SourceDocument> docs, List<DocumentProblem> problems) {
        String id = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxDocumentBytes) {
                throw new IOException(String.format("is %.1f MB, larger than the %d MB limit for one article",
                        size / 1048576.0, maxDocumentBytes / 1048576));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = decode(bytes);
            docs.add(toDocument(id, text, meta == null ? JSON.createObjectNode() : meta));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new DocumentProblem(file.toString(), e.getMessage()));
        }
    }

    private ReadResult readJsonLines(Path feed) throws IOException {
        List<SourceDocument> docs = new ArrayList<>();
        List<DocumentProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Line by line, each decoded on its own: one bad byte costs its line, not the feed.
        List<byte[]> lines = splitLines(Files.readAllBytes(feed));
        for (int i = 0; i < lines.size(); i++) {
            String where = feed.getFileName() + " line " + (i + 1);
            String line;
            try {
                line = decode(lines.get(i));
            } catch (IOException e) {
                problems.add(new DocumentProblem(where, "is not valid UTF-8 text"));
                continue;
            }
            if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                String id = node.path("id").asText(null);
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("has no \"id\"");
                }
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("repeats id " + id + " (the first one was kept)");
                }
                docs.add(toDocument(id, node.path("text").asText(""), node));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new DocumentProblem(where, firstLine(e.getMessage())));
            }
        }
        return new ReadResult(docs, problems);
    }

    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(java.util.Arrays.copyOfRange(bytes, start, Math.max(start, end)));
                start = i + 1;
            }
        }
        return lines;
    }

    /** Builds the document, validating text and metadata; throws IllegalArgumentException with the reason. */
    static SourceDocument toDocument(String id, String text, JsonNode meta) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("looks binary (contains NUL bytes), not text");
        }
        if (text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        FuzzyDate published;
        JsonNode publishedNode = meta.path("published");
        if (!publishedNode.isMissingNode() && !publishedNode.isNull() && !publishedNode.isTextual()
                && !publishedNode.isIntegralNumber()) {
            throw new IllegalArgumentException("publication date must be text such as \"2023-09-21\", not "
                    + publishedNode.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + publishedNode);
        }
        String publishedText = publishedNode.asText(null);
        try {
            published = FuzzyDate.parse(publishedText);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("publication date \"" + publishedText
                    + "\" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        DocumentInfo info = new DocumentInfo(id, sha256(text), meta.path("title").asText(null),
                meta.path("source").asText(null), meta.path("url").asText(null), published,
                meta.path("language").asText(null));
        return new SourceDocument(info, text);
    }

    private static String decode(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("is not valid UTF-8 text");
        }
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
