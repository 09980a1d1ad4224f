package io.github.diplograph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * One article file ({@code .txt}, UTF-8), under the size limit. Two ways to read it that accept and refuse
 * the same files: {@link #sha256} streams it through the digest and the checks of {@link DocumentRules}
 * without ever holding its text (what a reload does for every file), {@link #text} returns the text (only
 * for the files that must be extracted).
 */
final class TextFile {

    /** UTF-8 bytes of the byte-order mark, which is not part of the text (nor of its sha256). */
    private static final byte[] BOM_BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextFile() {
    }

    /**
     * The sha256 of the file's text, read in small pieces and kept nowhere: the same value as
     * {@code DocumentRules.sha256(text(file, max))}, because a valid UTF-8 file re-encodes to its own bytes.
     *
     * @throws IOException or IllegalArgumentException with the reason the file is not a document
     */
    static String sha256(Path file, long maxBytes) throws IOException {
        checkSize(file, maxBytes);
        MessageDigest digest = DocumentRules.sha256Digest();
        boolean bom;
        boolean blank = true;
        boolean nul = false;
        long chars = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(BOM_BYTES.length);
            bom = startsWithBom(raw);
            if (!bom) {
                raw.reset();
            }
            DigestInputStream hashed = new DigestInputStream(raw, digest);
            try (Reader text = new InputStreamReader(hashed, DocumentRules.strictUtf8())) {
                char[] buffer = new char[8192];
                for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        char c = buffer[i];
                        nul |= c == '\0';
                        blank &= Character.isWhitespace(c);
                    }
                    chars += n;
                    if (chars > maxBytes) {
                        checkSize(file, maxBytes);   // grew while being read: refused as it is now
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException("is not valid UTF-8 text");
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

    /** The file's text, checked as {@link #sha256} checks it. */
    static String text(Path file, long maxBytes) throws IOException {
        checkSize(file, maxBytes);
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > maxBytes) {
            checkSize(file, maxBytes);
        }
        return DocumentRules.usableText(DocumentRules.decode(bytes, bytes.length));
    }

    private static boolean startsWithBom(InputStream in) throws IOException {
        for (byte b : BOM_BYTES) {
            if (in.read() != (b & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static void checkSize(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(String.format("is %.1f MB, larger than the %d MB limit for one article",
                    size / 1048576.0, maxBytes / 1048576));
        }
    }
}
