package io.github.diplograph;

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

    @Test
    void theReadmeSnippetCompilesAndRunsAsADependency() throws Exception {
        String snippet = readmeSnippet();
        String version = projectVersion();
        deleteRecursively(CLIENT);
        Files.createDirectories(CLIENT.resolve("src/main/java"));
        Files.writeString(CLIENT.resolve("src/main/java/Client.java"), snippet);
        Files.writeString(CLIENT.resolve("pom.xml"), clientPom(version));
        copySeeds(CLIENT.resolve("seeds"));

        Run install = mvn(PROJECT, "install:install-file", "-Dfile=target/diplograph.jar", "-DpomFile=pom.xml");
        assertEquals(0, install.code, install.output);
        Run client = mvn(CLIENT, "compile", "exec:java", "-Dexec.mainClass=Client", "-Dexec.cleanupDaemonThreads=false");
        assertEquals(0, client.code, client.output);
        assertTrue(client.output.contains("5 added, 0 changed, 0 unchanged, 0 failed"), client.output);
        assertTrue(client.output.contains("2019-09-25 Moscow"), client.output);
        assertTrue(client.output.contains("Vladimir Putin") && client.output.contains("Maduro"), client.output);
    }

    /** The first ```java block after "### Java developers" in the README, as printed. */
    private static String readmeSnippet() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        int section = readme.indexOf("### Java developers");
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(section >= 0 && m.find(section), "README has a Java snippet under '### Java developers'");
        return m.group(1);
    }

    private static String projectVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>diplograph</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(PROJECT.resolve("pom.xml")));
        assertTrue(m.find(), "pom.xml names its version");
        return m.group(1);
    }

    private static String clientPom(String version) {
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
                    <dependency>
                      <groupId>io.github.diplograph</groupId>
                      <artifactId>diplograph</artifactId>
                      <version>%s</version>
                    </dependency>
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
                    </plugins>
                  </build>
                </project>
                """.formatted(version);
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
