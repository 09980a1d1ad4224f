package io.github.diplograph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Article files ({@code .txt}, UTF-8) under the size limit. Two ways to read one that accept and refuse the
 * same files: {@link #sha256} streams it through the digest, the UTF-8 decoder and the checks of
 * {@link DocumentRules} without holding its text (what a reload does for every file), {@link #text}
 * returns the text (only for the files that must be extracted).
 * <p>
 * An instance reuses its buffers from one file to the next, so hashing a file allocates nothing that
 * grows with it: one instance per scan, on one thread.
 */
final class TextFile {

    /** UTF-8 bytes of the byte-order mark, which is not part of the text (nor of its sha256). */
    private static final byte[] BOM_BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int BLOCK = 1 << 16;

    private final byte[] block = new byte[BLOCK];
    /** What the decoder has yet to read: a block, and the few bytes of a character cut by the previous one. */
    private final ByteBuffer undecoded = ByteBuffer.allocate(BLOCK + 8);
    private final CharBuffer decoded = CharBuffer.allocate(BLOCK);
    private final CharsetDecoder decoder = DocumentRules.strictUtf8();
    private final MessageDigest digest = DocumentRules.sha256Digest();
    private boolean blank;
    private boolean nul;

    /**
     * The sha256 of the file's text, read a block at a time and kept nowhere: the same value as
     * {@code DocumentRules.sha256(text(file, max))}, because a valid UTF-8 file re-encodes to its own bytes.
     *
     * @throws IOException or IllegalArgumentException with the reason the file is not a document
     */
    String sha256(Path file, long maxBytes) throws IOException {
        checkSize(file, maxBytes);
        decoder.reset();
        digest.reset();
        undecoded.clear();
        blank = true;
        nul = false;
        boolean bom = false;
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            boolean first = true;
            for (int n = in.readNBytes(block, 0, BLOCK); n > 0; n = in.readNBytes(block, 0, BLOCK)) {
                total += n;
                if (total > maxBytes) {
                    checkSize(file, maxBytes);   // grew while being read: refused as it is now
                }
                int from = 0;
                if (first) {
                    first = false;
                    bom = startsWithBom(block, n);
                    from = bom ? BOM_BYTES.length : 0;
                }
                digest.update(block, from, n - from);
                undecoded.put(block, from, n - from);
                undecoded.flip();
                decode(false);
                undecoded.compact();
            }
            undecoded.flip();
            decode(true);
            decoded.clear();
            decoder.flush(decoded);
            check(decoded.flip());
        }
        // As DocumentRules.usableText checks the decoded text, in its order (the mark counts as a character there).
        if (blank && !bom) {
            throw new IllegalArgumentException("is empty");
        }
        if (nul) {
            throw new IllegalArgumentException("looks binary (contains NUL bytes), not text");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The file's text, checked as {@link #sha256} checks it. Thread-safe: it uses none of the instance's buffers. */
    static String text(Path file, long maxBytes) throws IOException {
        checkSize(file, maxBytes);
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > maxBytes) {
            checkSize(file, maxBytes);
        }
        return DocumentRules.usableText(DocumentRules.decode(bytes, bytes.length));
    }

    private void decode(boolean endOfInput) {
        while (true) {
            decoded.clear();
            CoderResult result = decoder.decode(undecoded, decoded, endOfInput);
            check(decoded.flip());
            if (result.isError()) {
                throw new IllegalArgumentException("is not valid UTF-8 text");
            }
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    private void check(CharBuffer chars) {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            nul |= c == '\0';
            blank &= Character.isWhitespace(c);
        }
    }

    private static boolean startsWithBom(byte[] bytes, int length) {
        return length >= BOM_BYTES.length && bytes[0] == BOM_BYTES[0] && bytes[1] == BOM_BYTES[1] && bytes[2] == BOM_BYTES[2];
    }

    private static void checkSize(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(String.format("is %.1f MB, larger than the %d MB limit for one article",
                    size / 1048576.0, maxBytes / 1048576));
        }
    }
}
