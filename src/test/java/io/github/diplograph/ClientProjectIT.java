package io.github.diplograph;

import io.github.diplograph.graph.ConnectionSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library as a Java developer meets it: the README's client snippet, exactly as printed, compiled
 * and run by a separate Maven project that depends on nothing but the installed diplograph artifact.
 * This catches what our own build cannot see: dependency versions a consumer resolves differently
 * (our dependencyManagement is not inherited) and a snippet that does not compile.
 */
class ClientProjectIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path CLIENT = PROJECT.resolve("target/client-it");
    private static final Path SERVER_CLIENT = PROJECT.resolve("target/server-client-it");

    @Test
    void theReadmeSnippetCompilesAndRunsAsADependency() throws Exception {
        String snippet = readmeBlock("### Java developers", "java");
        deleteRecursively(CLIENT);
        Files.createDirectories(CLIENT.resolve("src/main/java"));
        Files.writeString(CLIENT.resolve("src/main/java/Client.java"), snippet);
        Files.writeString(CLIENT.resolve("pom.xml"), clientPom(dependency()));
        copySeeds(CLIENT.resolve("seeds"));

        install();
        Run client = mvn(CLIENT, "compile", "exec:java", "-Dexec.mainClass=Client", "-Dexec.cleanupDaemonThreads=false");
        assertEquals(0, client.code, client.output);
        assertTrue(client.output.contains("5 added, 0 changed, 0 unchanged, 0 failed"), client.output);
        assertTrue(client.output.contains("2019-09-25 Moscow"), client.output);
        assertTrue(client.output.contains("Vladimir Putin") && client.output.contains("Maduro"), client.output);
    }

    /**
     * The README's server-only client: its dependency with the documented exclusions and its code, built as
     * its own project. Its classpath holds neither CoreNLP nor the Neo4j kernel, and it answers from a store
     * this test loads and serves over Bolt (the embedded Neo4j's Bolt port on localhost).
     */
    @Test
    void aServerOnlyClientLeavesOutCoreNlpAndTheEmbeddedNeo4j() throws Exception {
        String dependency = readmeBlock("#### A client that only queries a server", "xml");
        String code = readmeBlock("#### A client that only queries a server", "java");
        assertTrue(dependency.contains("<exclusions>"), dependency);
        deleteRecursively(SERVER_CLIENT);
        Files.createDirectories(SERVER_CLIENT.resolve("src/main/java"));
        Files.writeString(SERVER_CLIENT.resolve("src/main/java/ServerClient.java"), code);
        Files.writeString(SERVER_CLIENT.resolve("pom.xml"), clientPom(dependency.replace("0.1.0-SNAPSHOT", projectVersion())));

        install();
        Run classpath = mvn(SERVER_CLIENT, "dependency:build-classpath", "-Dmdep.outputFile=classpath.txt");
        assertEquals(0, classpath.code, classpath.output);
        String jars = Files.readString(SERVER_CLIENT.resolve("classpath.txt"));
        assertTrue(jars.contains("neo4j-java-driver"), jars);
        for (String left : List.of("stanford-corenlp", "neo4j-kernel", "neo4j-browser", "/org/neo4j/neo4j/")) {
            assertFalse(jars.contains(left), left + " on the classpath: " + jars);
        }

        Path store = Files.createTempDirectory("diplograph-served");
        try (Diplograph served = Diplograph.open(ConnectionSettings.embedded(store))) {
            assertEquals(5, served.load(PROJECT.resolve("seeds")).added());
            Run client = mvn(SERVER_CLIENT, "compile", "exec:java", "-Dexec.mainClass=ServerClient",
                    "-Dexec.args=" + served.connection().uri(), "-Dexec.cleanupDaemonThreads=false");
            assertEquals(0, client.code, client.output);
            assertTrue(client.output.contains("2023-09-20 New York"), client.output);
            assertTrue(client.output.contains("Sergei Lavrov") && client.output.contains("Yván Gil"), client.output);
        } finally {
            deleteRecursively(store);
        }
    }

    /** The artifact as built (target/diplograph.jar with our pom) in the local repository, where the clients find it. */
    private static void install() throws Exception {
        Run install = mvn(PROJECT, "install:install-file", "-Dfile=target/diplograph.jar", "-DpomFile=pom.xml");
        assertEquals(0, install.code, install.output);
    }

    private static String dependency() throws IOException {
        return """
                <dependency>
                  <groupId>io.github.diplograph</groupId>
                  <artifactId>diplograph</artifactId>
                  <version>%s</version>
                </dependency>
                """.formatted(projectVersion());
    }

    /** The first ```LANGUAGE block after the heading, as printed in the README. */
    private static String readmeBlock(String heading, String language) throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        int section = readme.indexOf(heading);
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(section >= 0 && m.find(section), "README has a " + language + " block under '" + heading + "'");
        return m.group(1);
    }

    private static String projectVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>diplograph</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(PROJECT.resolve("pom.xml")));
        assertTrue(m.find(), "pom.xml names its version");
        return m.group(1);
    }

    private static String clientPom(String dependency) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>diplograph-client</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                %s
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.13.0</version>
                      </plugin>
                      <plugin>
                        <groupId>org.codehaus.mojo</groupId>
                        <artifactId>exec-maven-plugin</artifactId>
                        <version>3.5.0</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-dependency-plugin</artifactId>
                        <version>3.8.1</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(dependency);
    }

    private static void copySeeds(Path target) throws IOException {
        Files.createDirectories(target);
        try (var files = Files.list(PROJECT.resolve("seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    record Run(int code, String output) {
    }

    private static Run mvn(Path dir, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q"));
        command.addAll(List.of(goals));
        Path log = Files.createTempFile("diplograph-client", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        return new Run(done ? p.exitValue() : -1, Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
