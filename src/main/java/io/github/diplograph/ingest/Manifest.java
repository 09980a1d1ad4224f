package io.github.diplograph.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A folder's {@code manifest.json} (file name → metadata). Each entry is kept as its JSON text, parsed when
 * its file is read and then forgotten: a tree of every entry costs several times the file, for every
 * document of a large folder, for the whole scan. What is left at the end names files the folder lacks.
 */
final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> entries;

    private Manifest(Map<String, String> entries) {
        this.entries = entries;
    }

    /** No manifest: every document without metadata. */
    static Manifest none() {
        return new Manifest(new HashMap<>());
    }

    /** The manifest, or none (with the problem reported) when it is not a JSON object; its metadata is then ignored. */
    static Manifest read(Path manifest, List<DocumentProblem> problems) {
        Map<String, String> entries = new HashMap<>();
        try (JsonParser parser = JSON.createParser(manifest.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new DocumentProblem(manifest.toString(),
                        "manifest is not a JSON object of file name -> metadata; metadata ignored"));
                return none();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                JsonNode entry = parser.readValueAsTree();
                entries.put(name, JSON.writeValueAsString(entry));   // a later entry of the same name wins, as in a tree
            }
        } catch (IOException e) {
            problems.add(new DocumentProblem(manifest.toString(),
                    "manifest is not valid JSON (" + DocumentRules.firstLine(e.getMessage()) + "); metadata ignored"));
            return none();
        }
        return new Manifest(entries);
    }

    /** The metadata of {@code fileName} (an empty object if it has none), which is then no longer held. */
    JsonNode take(String fileName) {
        String entry = entries.remove(fileName);
        if (entry == null) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(entry);
            return node == null ? JSON.nullNode() : node;
        } catch (IOException e) {
            throw new IllegalStateException("cannot re-read JSON written by Jackson: " + entry, e);
        }
    }

    /** File names of entries never taken, sorted: the manifest names them, the folder does not hold them. */
    List<String> untaken() {
        return entries.keySet().stream().sorted().toList();
    }
}
