package io.github.diplograph.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.diplograph.graph.CypherFiles;
import io.github.diplograph.query.Queries;
import io.github.diplograph.query.QueryFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Serves the Neo4j Browser guide and style for {@code serve} on a port of their own: the guide is made,
 * on every request, from the files in {@code cypher/queries/} (their description, their {@code :params}
 * example and their text), so it can never disagree with the query library; the style is
 * {@code cypher/browser/style.grass}.
 */
final class BrowserGuide implements AutoCloseable {

    private final HttpServer server;

    private BrowserGuide(HttpServer server) {
        this.server = server;
    }

    static BrowserGuide start(String address, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.createContext("/guide.html", ex -> send(ex, "text/html", guide()));
        server.createContext("/style.grass", ex -> send(ex, "text/plain", style()));
        server.setExecutor(null);
        server.start();
        return new BrowserGuide(server);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** A guide in Browser's slide format: the model, then one slide per query with its parameters. */
    static String guide() {
        StringBuilder out = new StringBuilder("""
                <article class="guide">
                <carousel class="deck container-fluid">
                <slide class="row-fluid"><div class="col-sm-12">
                <h3>diplograph: who met whom</h3>
                <p>News articles about international relations as a graph. <b>Person</b>s hold roles
                (<code>HOLDS_ROLE {title}</code>) for a <b>Country</b> or an <b>Organization</b> and take part
                (<code>PARTICIPATED_IN</code>) in <b>Event</b>s — meetings, visits, calls — that happened on a date
                (with its precision) in a <b>City</b> or country. <b>Agreement</b>s have countries as parties.
                Every event and agreement is <code>REPORTED_IN</code> the <b>Document</b>s that state it, with the
                quote; every relationship fact lists its <code>sources</code>.</p>
                <p>Each next slide is one query of the library (<code>cypher/queries/</code>): click the
                <code>:params</code> line, run it, then click and run the query. <code>null</code> means any.</p>
                <pre class="pre-scrollable code runnable">CALL db.schema.visualization()</pre>
                </div></slide>
                """);
        for (String name : Queries.names()) {
            QueryFile q = Queries.file(name);
            String params = q.exampleParameters().entrySet().stream().map(BrowserGuide::param)
                    .collect(Collectors.joining(", ", "{", "}"));
            out.append("<slide class=\"row-fluid\"><div class=\"col-sm-12\">\n")
                    .append("<h3>").append(escape(name)).append("</h3>\n")
                    .append("<p>").append(escape(q.description())).append("</p>\n")
                    .append("<pre class=\"pre-scrollable code runnable\">:params ").append(escape(params)).append("</pre>\n")
                    .append("<pre class=\"pre-scrollable code runnable\">").append(escape(CypherFiles.statement("queries/" + name)))
                    .append("</pre>\n</div></slide>\n");
        }
        return out.append("</carousel>\n</article>\n").toString();
    }

    private static String param(Map.Entry<String, Object> e) {
        Object v = e.getValue();
        return e.getKey() + ": " + (v == null ? "null" : v instanceof String s ? "'" + s.replace("'", "\\\\'") + "'" : v);
    }

    static String style() throws IOException {
        try (InputStream in = BrowserGuide.class.getClassLoader().getResourceAsStream("cypher/browser/style.grass")) {
            if (in == null) {
                throw new IOException("cypher/browser/style.grass is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange ex, String type, String body) throws IOException {
        if ("OPTIONS".equals(ex.getRequestMethod())) {
            // A preflight from Browser's page: any origin may read the guide.
            ex.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            ex.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, OPTIONS");
            ex.getResponseHeaders().add("Access-Control-Allow-Headers", "*");
            ex.getResponseHeaders().add("Access-Control-Allow-Private-Network", "true");
            ex.sendResponseHeaders(204, -1);
            ex.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        // Neo4j Browser fetches the guide from its own page, on another port.
        ex.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
