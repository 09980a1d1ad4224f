package io.github.diplograph.graph;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the graph lives. With no {@code uri}, an in-process Neo4j is started on {@code store}; with a
 * {@code uri} (bolt://, neo4j://, neo4j+s:// …) the same driver code talks to that server, cluster or Aura.
 */
public record ConnectionSettings(String uri, String user, String password, String database, Path store) {

    public static final Path DEFAULT_STORE = Path.of("data");
    public static final String DEFAULT_DATABASE = "neo4j";

    public static ConnectionSettings embedded(Path store) {
        return new ConnectionSettings(null, null, null, DEFAULT_DATABASE, store);
    }

    public static ConnectionSettings remote(String uri, String user, String password) {
        return new ConnectionSettings(uri, user, password, DEFAULT_DATABASE, null);
    }

    /**
     * Settings from explicit values, falling back to the environment variables DIPLOGRAPH_URI,
     * DIPLOGRAPH_USER, DIPLOGRAPH_PASSWORD, DIPLOGRAPH_DATABASE and DIPLOGRAPH_STORE, then to defaults.
     */
    public static ConnectionSettings resolve(String uri, String user, String password, String database, Path store,
                                             Map<String, String> env) {
        return new ConnectionSettings(
                first(uri, env.get("DIPLOGRAPH_URI")),
                first(user, env.get("DIPLOGRAPH_USER"), "neo4j"),
                first(password, env.get("DIPLOGRAPH_PASSWORD")),
                first(database, env.get("DIPLOGRAPH_DATABASE"), DEFAULT_DATABASE),
                store != null ? store : env.containsKey("DIPLOGRAPH_STORE") ? Path.of(env.get("DIPLOGRAPH_STORE")) : DEFAULT_STORE);
    }

    public boolean isEmbedded() {
        return uri == null || uri.isBlank();
    }

    public String describe() {
        return isEmbedded() ? "embedded Neo4j at " + store.toAbsolutePath().normalize() : uri;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
