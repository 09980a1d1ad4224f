package io.github.diplograph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.FuzzyDate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes a text and its metadata a document, in one place for every source: the scan that only
 * hashes a text and the read that returns it must accept and refuse the same documents, with the same
 * words. Each check throws {@link IllegalArgumentException} with the reason a user reads.
 */
final class DocumentRules {

    static final char BOM = '\uFEFF';

    private DocumentRules() {
    }

    /** The text a document holds: refused when empty or binary; a leading byte-order mark is not part of it. */
    static String usableText(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("looks binary (contains NUL bytes), not text");
        }
        return text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** The document's metadata from {@code meta} (a manifest entry or a feed line); refuses a publication date it cannot read. */
    static DocumentInfo info(String id, String sha256, JsonNode meta) {
        JsonNode publishedNode = meta.path("published");
        if (!publishedNode.isMissingNode() && !publishedNode.isNull() && !publishedNode.isTextual()
                && !publishedNode.isIntegralNumber()) {
            throw new IllegalArgumentException("publication date must be text such as \"2023-09-21\", not "
                    + publishedNode.getNodeType().name().toLowerCase(Locale.ROOT) + " " + publishedNode);
        }
        String publishedText = publishedNode.asText(null);
        FuzzyDate published;
        try {
            published = FuzzyDate.parse(publishedText);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("publication date \"" + publishedText
                    + "\" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        return new DocumentInfo(id, sha256, meta.path("title").asText(null), meta.path("source").asText(null),
                meta.path("url").asText(null), published, meta.path("language").asText(null));
    }

    /** The same metadata for another version of the text. */
    static DocumentInfo withSha256(DocumentInfo i, String sha256) {
        return new DocumentInfo(i.id(), sha256, i.title(), i.source(), i.url(), i.published(), i.language());
    }

    /** A decoder that refuses what is not UTF-8 instead of replacing it. */
    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** @throws IllegalArgumentException "is not valid UTF-8 text" */
    static String decode(byte[] bytes, int length) {
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not valid UTF-8 text");
        }
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256Digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
