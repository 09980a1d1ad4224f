package io.github.diplograph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.SourceDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON Lines feed ({@code .jsonl}, {@code .ndjson}: one {@code {"id","text","published",…}} per line), read
 * line by line. Each line is decoded and parsed on its own (one bad byte costs its line, not the feed), its
 * text hashed and dropped; a document remembers where its line is, and {@link LazyDocument#read()} reads that
 * line again when the document must be extracted: a second pass over only the lines that need it.
 */
final class FeedScan extends DocumentScan {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path feed;
    private final InputStream in;
    /** The feed read in blocks; {@code line} holds the line being scanned (it grows for a long line, and is reused). */
    private final byte[] block = new byte[1 << 16];
    private int blockStart;
    private int blockEnd;
    private byte[] line = new byte[1 << 13];
    /** Ids already met: a repeated id is reported and its first line kept. Ids only, never texts. */
    private final Set<String> seen = new HashSet<>();
    private long offset;
    private int lineNumber;
    private boolean ended;

    FeedScan(Path feed) throws IOException {
        this.feed = feed;
        this.in = Files.newInputStream(feed);
    }

    @Override
    public List<LazyDocument> next(int max) throws IOException {
        List<LazyDocument> window = new ArrayList<>();
        while (window.size() < max && !ended) {
            long start = offset;
            int length = readLine();
            if (length < 0) {
                ended = true;
                break;
            }
            lineNumber++;
            LazyDocument document = scan(line, length, start, lineNumber);
            if (document != null) {
                window.add(document);
            }
        }
        return window;
    }

    /**
     * Reads the next line into {@link #line}; returns its length without the line break (a "\r\n" is a
     * break too), or -1 at the end of the feed. A last line without a break counts.
     */
    private int readLine() throws IOException {
        int size = 0;
        while (true) {
            if (blockStart == blockEnd) {
                int n = in.read(block);
                if (n < 0) {
                    return size == 0 ? -1 : withoutCarriageReturn(size);
                }
                blockStart = 0;
                blockEnd = n;
            }
            int from = blockStart;
            int newline = from;
            while (newline < blockEnd && block[newline] != '\n') {
                newline++;
            }
            int piece = newline - from;
            if (size + piece > line.length) {
                line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, size + piece));
            }
            System.arraycopy(block, from, line, size, piece);
            size += piece;
            offset += piece;
            blockStart = newline;
            if (newline < blockEnd) {
                blockStart++;
                offset++;
                return withoutCarriageReturn(size);
            }
        }
    }

    private int withoutCarriageReturn(int size) {
        return size > 0 && line[size - 1] == '\r' ? size - 1 : size;
    }

    private LazyDocument scan(byte[] bytes, int length, long start, int number) {
        String where = where(feed, number);
        String text;
        try {
            text = lineText(bytes, length, number);
        } catch (IllegalArgumentException e) {
            problem(new DocumentProblem(where, e.getMessage()));
            return null;
        }
        if (text.isBlank()) {
            return null;
        }
        String id = null;
        try {
            JsonNode node = JSON.readTree(text);
            id = node.path("id").asText(null);
            if (id == null || id.isBlank()) {
                id = null;
                throw new IllegalArgumentException("has no \"id\"");
            }
            if (!seen.add(id)) {
                String repeated = id;
                id = null;   // the first line of this id is the document; this one is only reported
                throw new IllegalArgumentException("repeats id " + repeated + " (the first one was kept)");
            }
            SourceDocument document = toDocument(id, node);
            return new FeedLineDocument(feed, start, length, number, document.info());
        } catch (IOException | IllegalArgumentException e) {
            DocumentProblem problem = new DocumentProblem(where, DocumentRules.firstLine(e.getMessage()));
            if (id != null) {
                unreadable(id, problem);
            } else {
                problem(problem);
            }
            return null;
        }
    }

    /** The line's text: UTF-8, without the byte-order mark a feed may start with. */
    private static String lineText(byte[] bytes, int length, int number) {
        String text;
        try {
            text = DocumentRules.decode(bytes, length);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not valid UTF-8 text");
        }
        return number == 1 && !text.isEmpty() && text.charAt(0) == DocumentRules.BOM ? text.substring(1) : text;
    }

    private static SourceDocument toDocument(String id, JsonNode line) {
        String text = DocumentRules.usableText(line.path("text").asText(""));
        return new SourceDocument(DocumentRules.info(id, DocumentRules.sha256(text), line), text);
    }

    private static String where(Path feed, int number) {
        return feed.getFileName() + " line " + number;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * A document of the feed: its line is read again, at the byte offset where it was found, when the
     * document is extracted. A feed rewritten in between may hold another line there: a line with the
     * same id is the document as it is now (its text and sha256 are used, as for a file that changed);
     * anything else is reported, and the document keeps its last loaded version until the feed is loaded again.
     */
    record FeedLineDocument(Path feed, long offset, int length, int lineNumber, DocumentInfo info)
            implements LazyDocument {

        @Override
        public SourceDocument read() throws UnreadableDocumentException {
            String where = where(feed, lineNumber);
            try {
                byte[] bytes = readAt(feed, offset, length);
                JsonNode node = JSON.readTree(lineText(bytes, bytes.length, lineNumber));
                if (node == null || !info.id().equals(node.path("id").asText(null))) {
                    throw new IllegalArgumentException("no longer holds document " + info.id()
                            + " (the feed changed while it was being loaded; load it again)");
                }
                return toDocument(info.id(), node);
            } catch (IOException | IllegalArgumentException e) {
                throw new UnreadableDocumentException(new DocumentProblem(where, DocumentRules.firstLine(e.getMessage())));
            }
        }

        private static byte[] readAt(Path feed, long offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            try (FileChannel channel = FileChannel.open(feed, StandardOpenOption.READ)) {
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, offset + buffer.position()) < 0) {
                        throw new IOException("ends before this line (the feed changed while it was being loaded; load it again)");
                    }
                }
            }
            return buffer.array();
        }
    }
}
