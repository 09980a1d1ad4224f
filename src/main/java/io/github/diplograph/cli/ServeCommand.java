package io.github.diplograph.cli;

import io.github.diplograph.Diplograph;
import io.github.diplograph.LoadOptions;
import io.github.diplograph.LoadReport;
import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.EmbeddedNeo4j;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the embedded Neo4j with Neo4j Browser (a guide through the model and every query, and a style) "
                + "until stopped (Ctrl-C, SIGTERM). Other commands reach the store meanwhile with --uri. Localhost only "
                + "and no authentication by default; another address needs --listen and a password.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "PATH", description = "Store directory (default: $DIPLOGRAPH_STORE or ./data).")
    Path store;

    @Option(names = "--http-port", defaultValue = "7474", description = "Port of Neo4j Browser (default 7474).")
    int httpPort;

    @Option(names = "--bolt-port", defaultValue = "7687", description = "Bolt port (default 7687).")
    int boltPort;

    @Option(names = "--guide-port", defaultValue = "7475", description = "Port serving the Browser guide and style (default 7475).")
    int guidePort;

    @Option(names = "--listen", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1); any other needs --password.")
    String listen;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password of user neo4j (default: $DIPLOGRAPH_PASSWORD; "
            + "none = no authentication, allowed on localhost only).")
    String password;

    @Option(names = "--load", paramLabel = "SOURCE", description = "Load SOURCE before serving.")
    Path load;

    @Option(names = "--watch", paramLabel = "SOURCE", description = "Reload SOURCE on a schedule while serving.")
    Path watch;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Schedule of --watch (default 15m).")
    Duration every;

    @Mixin
    ExtractionOptions extraction;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String pw = password != null ? password : System.getenv("DIPLOGRAPH_PASSWORD");
        if (pw == null && !InetAddress.getByName(listen).isLoopbackAddress()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "listening on " + listen
                    + " needs a password (--password or DIPLOGRAPH_PASSWORD): never an open database on a network");
        }
        Path storePath = store != null ? store : ConnectionSettings.resolve(null, null, null, null, null, System.getenv()).store();
        // Before Neo4j starts: a bad actor list is one line, not a server that fails on its first document.
        io.github.diplograph.config.Settings settings = extraction.settings();
        // 127.0.0.1, not localhost: a browser may try ::1 first, where the guide server does not listen.
        String guide = "http://127.0.0.1:" + guidePort;
        EmbeddedNeo4j.Serving serving = new EmbeddedNeo4j.Serving(listen, boltPort, httpPort, pw,
                "style " + guide + "/style.grass; guide " + guide + "/guide.html");
        CountDownLatch stopped = new CountDownLatch(1);
        try (BrowserGuide guideServer = BrowserGuide.start("127.0.0.1", guidePort);
             EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(storePath, serving);
             Diplograph dg = Diplograph.open(ConnectionSettings.remote(neo4j.boltUri(), pw == null ? null : "neo4j", pw),
                     settings)) {
            String host = listen.equals("0.0.0.0") ? "localhost" : listen;
            if (load != null) {
                LoadReport report = dg.load(load, m -> { });
                System.err.println("diplograph: load: " + report.summary());
            }
            System.out.println("Neo4j Browser: http://" + host + ":" + httpPort + "/browser/");
            System.out.println("Bolt:          bolt://" + host + ":" + boltPort + (pw == null ? " (no authentication)" : " (user neo4j)"));
            System.out.println("Guide:         " + guide + "/guide.html (opened in Browser after connecting)");
            System.out.println("Other commands: --uri bolt://" + host + ":" + boltPort + "   Stop: Ctrl-C");
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "diplograph-serve-stop"));
            Thread watcher = watch == null ? null : startWatch(dg, stopped);
            stopped.await();
            if (watcher != null) {
                watcher.join(60_000);
            }
        }
        return 0;
    }

    /** The reload job of --watch, in this process: one run at a time, stopped between batches with serve. */
    private Thread startWatch(Diplograph dg, CountDownLatch stopped) {
        Thread t = new Thread(() -> {
            LoadOptions options = LoadOptions.reload().withCommand("watch").withStop(() -> stopped.getCount() == 0);
            while (stopped.getCount() > 0) {
                Instant start = Instant.now();
                try {
                    System.out.println(start + " watch: " + dg.run(watch, options, m -> { }).summary());
                } catch (Exception e) {
                    System.out.println(start + " watch: run failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
                try {
                    stopped.await(Math.max(0, Duration.between(Instant.now(), start.plus(every)).toMillis()),
                            java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "diplograph-serve-watch");
        t.start();
        return t;
    }
}
