package io.github.diplograph.bench;

import io.github.diplograph.Diplograph;
import io.github.diplograph.LoadReport;
import io.github.diplograph.config.Settings;
import io.github.diplograph.extract.Extractor;
import io.github.diplograph.extract.NlpPipeline;
import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.GraphConnection;
import io.github.diplograph.graph.GraphWriter;
import io.github.diplograph.model.DocumentInfo;
import io.github.diplograph.model.DocumentMap;
import io.github.diplograph.model.SourceDocument;
import io.github.diplograph.query.Queries;
import io.github.diplograph.util.Rows;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The benchmark behind {@code diplograph bench}: extraction, the write path beside a plain
 * {@code UNWIND … CREATE} of the same relationships, retraction at two graph sizes, a reload of an
 * unchanged corpus and every query of {@code cypher/queries/} on a generated graph — each on its own
 * fresh embedded store in a scratch folder, on synthetic data that is the same on every run.
 */
public final class Benchmark {

    /** How much work each stage does. */
    public record Sizes(int extractionDocuments, int writeDocuments, int retractSmall, int retractLarge,
                        int retractSamples, int reloadDocuments, int events, int queryRuns) {

        /** A small run (a couple of minutes on two cores): the figures are noisier, the shape the same. */
        public static Sizes quick(int events) {
            return new Sizes(40, 300, 500, 5_000, 20, 2_000, events, 30);
        }

        public static Sizes full(int events) {
            return new Sizes(300, 300, 1_000, 20_000, 50, 20_000, events, 200);
        }

        /** The smallest run that still goes through every stage: the smoke test in the build. */
        public static Sizes tiny() {
            return new Sizes(3, 20, 20, 40, 3, 30, 500, 3);
        }

        /** The same sizes with another number of documents in the write stage ({@code bench --write-documents}). */
        public Sizes withWriteDocuments(int documents) {
            return new Sizes(extractionDocuments, documents, retractSmall, retractLarge, retractSamples,
                    reloadDocuments, events, queryRuns);
        }

        /** The same sizes with another corpus for the reload ({@code bench --reload-documents}). */
        public Sizes withReloadDocuments(int documents) {
            return new Sizes(extractionDocuments, writeDocuments, retractSmall, retractLarge, retractSamples,
                    documents, events, queryRuns);
        }
    }

    private static final long SEED = 42;

    private final Sizes sizes;
    private final Settings settings;
    private final Path scratch;
    private final Consumer<String> progress;

    /** The stages, in the order they run and report. */
    public static final List<String> STAGES = List.of("extraction", "write", "retract", "reload", "query");

    private final Set<String> only;

    public Benchmark(Sizes sizes, Settings settings, Path scratch, Consumer<String> progress) {
        this(sizes, settings, scratch, progress, Set.copyOf(STAGES));
    }

    /** A run of some stages only ({@code bench --only write,retract}). */
    public Benchmark(Sizes sizes, Settings settings, Path scratch, Consumer<String> progress, Set<String> only) {
        for (String stage : only) {
            if (!STAGES.contains(stage)) {
                throw new IllegalArgumentException("no benchmark stage '" + stage + "'; stages: " + String.join(", ", STAGES));
            }
        }
        this.only = only;
        this.sizes = sizes;
        this.settings = settings;
        this.scratch = scratch;
        this.progress = progress;
    }

    /** Runs every stage and returns the report in the stable shape of {@code bench --format json}. */
    public Map<String, Object> run() throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Rows.of("cores", Runtime.getRuntime().availableProcessors(),
                "heapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        if (only.contains("extraction")) {
            report.put("extraction", extraction());
        }
        if (only.contains("write")) {
            report.put("write", write());
        }
        if (only.contains("retract")) {
            report.put("retract", retract());
        }
        if (only.contains("reload")) {
            report.put("reload", reload());
        }
        if (only.contains("query")) {
            report.put("query", queries());
        }
        report.put("peakHeapMb", peakHeapMb());
        return report;
    }

    // ---- extraction -------------------------------------------------------------------------------

    private Map<String, Object> extraction() {
        List<SourceDocument> docs = new SyntheticCorpus(SEED).documents(sizes.extractionDocuments());
        long words = docs.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
        progress.accept("extraction: loading the models");
        Extractor extractor = new Extractor(settings);
        docs.stream().limit(3).forEach(extractor::extract);   // models loaded, first paths run
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        // Cold: the first pass, as in a short load. The JIT is still compiling CoreNLP's CRF and our rules
        // then; a long load runs most of its documents at the warm figure below (measured on the real dev
        // articles: 25-30 ms CPU per document for the first ~300, then 10-11; docs/PERFORMANCE.md).
        long start = System.nanoTime();
        docs.forEach(extractor::extract);
        double cold = seconds(start);
        long warmSeconds = extractionWarmUpSeconds();
        progress.accept("extraction: " + docs.size() + " articles, warming up for " + warmSeconds
                + " s, then one thread and " + settings.threads());
        long until = System.nanoTime() + warmSeconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            docs.forEach(extractor::extract);
        }
        long cpuStart = cpu.getCurrentThreadCpuTime();
        start = System.nanoTime();
        docs.forEach(extractor::extract);
        double oneThread = seconds(start);
        double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        NlpPipeline nlp = NlpPipeline.get(settings.ner());
        start = System.nanoTime();
        docs.forEach(d -> nlp.analyse(d.text()));
        double nlpSeconds = seconds(start);
        start = System.nanoTime();
        parallel(docs, extractor);
        double allThreads = seconds(start);
        return Rows.of("threads", settings.threads(),
                "docsPerSecond", round(docs.size() / allThreads),
                "oneThreadDocsPerSecond", round(docs.size() / oneThread),
                "oneThreadWordsPerSecond", round(words / oneThread),
                "oneThreadCpuMsPerDocument", round(cpuMs / docs.size()),
                "coldOneThreadDocsPerSecond", round(docs.size() / cold),
                "warmUpSeconds", warmSeconds,
                "nlpShare", round(Math.min(1.0, nlpSeconds / oneThread)),
                "documents", docs.size());
    }

    /** The smoke test's tiny corpus only checks that the stage runs; --quick keeps within three minutes. */
    private long extractionWarmUpSeconds() {
        return sizes.extractionDocuments() >= 300 ? 60 : sizes.extractionDocuments() >= 40 ? 10 : 0;
    }

    private void parallel(List<SourceDocument> docs, Extractor extractor) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<DocumentMap>> futures = new ArrayList<>();
            docs.forEach(d -> futures.add(pool.submit(() -> extractor.extract(d))));
            for (Future<DocumentMap> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("extraction failed during the benchmark: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- write --------------------------------------------------------------------------------------

    private Map<String, Object> write() throws IOException {
        SyntheticMaps maps = new SyntheticMaps(SEED);
        try (Diplograph graph = open("write")) {
            GraphWriter writer = new GraphWriter(graph.connection());
            progress.accept("write: " + sizes.writeDocuments() + " documents through the loader's writer");
            long prepareStart = System.nanoTime();
            writer.prepare(settings.batchSize());   // as the loader does while the first documents are extracted
            double prepareSeconds = seconds(prepareStart);
            // The documents are made before the clock starts, as the baseline's rows are: only writing is timed
            // (in a load, extraction runs on other threads while a batch is written).
            List<List<DocumentMap>> batches = new ArrayList<>();
            for (int i = 0; i < sizes.writeDocuments(); i += settings.batchSize()) {
                List<DocumentMap> batch = new ArrayList<>();
                for (int j = i; j < Math.min(sizes.writeDocuments(), i + settings.batchSize()); j++) {
                    batch.add(maps.map(j, 0));
                }
                batches.add(batch);
            }
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            batches.forEach(batch -> writer.write(batch, "bench", Set.of()));
            double loaderSeconds = seconds(start);
            double loaderCpu = (processCpuNanos() - cpu) / 1e9;
            long relationships = count(graph.connection(), "MATCH ()-[r]->() RETURN count(r) AS n");
            progress.accept("write: the same " + relationships + " relationships by plain UNWIND … CREATE, twice");
            // Twice, and the faster pass counts. The first pass is cold (its statement planned, its code not yet
            // compiled: twice the second's time at 300 documents) where the writer was prepared; and the same
            // relationships took 10.7–19.3 s of CPU from one run to the next at 20,000 documents.
            double[] baselineCpu = new double[1];
            double[] secondCpu = new double[1];
            int perTransaction = Math.max(1, (int) (relationships / batches.size()));
            double first = baseline(graph.connection(), perTransaction, baselineCpu);
            double second = baseline(graph.connection(), perTransaction, secondCpu);
            double baselineSeconds = Math.min(first, second);
            if (second < first) {
                baselineCpu[0] = secondCpu[0];
            }
            double loaderRate = relationships / loaderSeconds;
            double baselineRate = relationships / baselineSeconds;
            return Rows.of("documents", sizes.writeDocuments(), "relationships", relationships,
                    "relationshipsPerSecond", round(loaderRate),
                    "baselineRelationshipsPerSecond", round(baselineRate),
                    "ratio", round(loaderRate / baselineRate),
                    // Where the loader's write time went, for docs/PERFORMANCE.md: not part of the stable shape.
                    "loaderSeconds", round(loaderSeconds),
                    // The CPU time of this process (the writer and the embedded database) during each: on a
                    // shared machine, where wall times vary with the other work, the steadier comparison.
                    "loaderCpuSeconds", round(loaderCpu),
                    "baselineCpuSeconds", round(baselineCpu[0]),
                    "baselinePassSeconds", List.of(round(first), round(second)),
                    "cpuRatio", round(baselineCpu[0] / loaderCpu),
                    // Untimed in the ratio: a load prepares while its first documents are extracted.
                    "prepareSeconds", round(prepareSeconds),
                    "stepSeconds", roundAll(writer.stepSeconds()));
        }
    }

    /** Writes documents {@code from..to-1} (version 0) as new documents, in the loader's batch size; returns the batch count. */
    private int writeRange(GraphWriter writer, SyntheticMaps maps, int from, int to) {
        int batches = 0;
        for (int i = from; i < to; i += settings.batchSize()) {
            List<DocumentMap> batch = new ArrayList<>();
            for (int j = i; j < Math.min(to, i + settings.batchSize()); j++) {
                batch.add(maps.map(j, 0));
            }
            writer.write(batch, "bench", Set.of());
            batches++;
        }
        return batches;
    }

    /**
     * The database's own speed for the same relationships: each one the loader made, with its
     * properties, created again between the same two nodes (found by element id) by one
     * {@code UNWIND $rows MATCH … MATCH … CREATE} per transaction of the loader's size.
     */
    private static double baseline(GraphConnection connection, int perTransaction, double[] cpuSeconds) {
        List<Map<String, Object>> rows;
        try (Session session = connection.session()) {
            rows = session.executeRead(tx -> tx.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, "
                    + "properties(r) AS props").list(r -> Rows.of("a", r.get("a").asString(), "b", r.get("b").asString(),
                    "props", r.get("props").asMap())));
        }
        String create = "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b "
                + "CREATE (a)-[r:BENCH_BASELINE]->(b) SET r = row.props";
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        try (Session session = connection.session()) {
            for (int i = 0; i < rows.size(); i += perTransaction) {
                List<Map<String, Object>> part = rows.subList(i, Math.min(rows.size(), i + perTransaction));
                session.executeWriteWithoutResult(tx -> tx.run(create, Map.of("rows", part)).consume());
            }
        }
        double seconds = seconds(start);
        cpuSeconds[0] = (processCpuNanos() - cpu) / 1e9;
        try (Session session = connection.session()) {
            session.run("MATCH ()-[r:BENCH_BASELINE]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
        return seconds;
    }

    /** CPU time of this process so far (every thread: ours, the driver's and the embedded database's). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    // ---- retraction ---------------------------------------------------------------------------------

    private Map<String, Object> retract() throws IOException {
        SyntheticMaps maps = new SyntheticMaps(SEED);
        try (Diplograph graph = open("retract")) {
            GraphWriter writer = new GraphWriter(graph.connection());
            progress.accept("retract: a graph of " + sizes.retractSmall() + " documents");
            writeRange(writer, maps, 0, sizes.retractSmall());
            double small = retractSample(writer, maps, 0);
            progress.accept("retract: growing it to " + sizes.retractLarge() + " documents");
            for (int from = sizes.retractSmall(); from < sizes.retractLarge(); from += 5_000) {
                writeRange(writer, maps, from, Math.min(sizes.retractLarge(), from + 5_000));
                progress.accept(String.format("retract: %,d documents", Math.min(sizes.retractLarge(), from + 5_000)));
            }
            double large = retractSample(writer, maps, 1);
            return Rows.of("documentsSmall", sizes.retractSmall(), "msSmall", round(small),
                    "documentsLarge", sizes.retractLarge(), "msLarge", round(large),
                    "growth", round(large / Math.max(small, 1e-6)));
        }
    }

    /**
     * Milliseconds to retract one document: samples spread over the first {@code retractSmall}
     * documents are removed with every fact they alone stated, then written back, so the graph keeps its size.
     */
    private double retractSample(GraphWriter writer, SyntheticMaps maps, int offset) {
        int samples = Math.min(sizes.retractSamples(), sizes.retractSmall() / 2);
        int step = Math.max(1, sizes.retractSmall() / samples);
        long total = 0;
        for (int s = 0; s < samples; s++) {
            int i = s * step + offset;
            String id = maps.map(i, 0).document().id();
            long start = System.nanoTime();
            writer.delete(id);
            total += System.nanoTime() - start;
            writer.write(List.of(maps.map(i, 0)), "bench", Set.of());
        }
        return total / 1e6 / samples;
    }

    // ---- reload of an unchanged corpus ----------------------------------------------------------------

    private Map<String, Object> reload() throws IOException {
        Path corpus = scratch.resolve("corpus");
        int documents = sizes.reloadDocuments();
        progress.accept("reload: writing " + documents + " articles to " + corpus);
        SyntheticCorpus articles = new SyntheticCorpus(SEED);
        articles.write(corpus, documents);
        SyntheticMaps maps = new SyntheticMaps(SEED);
        try (Diplograph graph = open("reload")) {
            // The graph as a first load would leave it (the facts come from the generator: no NLP needed
            // to measure how fast a reload finds that nothing changed). The metadata and sha256 are the
            // generator's, which are the reader's: one article at a time, so no text outlives its batch
            // and the heap measured below is the reload's own.
            GraphWriter writer = new GraphWriter(graph.connection());
            String origin = corpus.toAbsolutePath().normalize().toString();
            for (int i = 0; i < documents; i += settings.batchSize()) {
                List<DocumentMap> batch = new ArrayList<>();
                for (int j = i; j < Math.min(documents, i + settings.batchSize()); j++) {
                    DocumentMap m = maps.map(j, 0);
                    DocumentInfo info = articles.document(j).info();
                    batch.add(new DocumentMap(info, m.persons(), m.countries(), m.organizations(), m.events(),
                            m.agreements(), m.relations()));
                }
                writer.write(batch, origin, Set.of());
            }
            progress.accept("reload: " + documents + " unchanged articles");
            HeapWatch heap = HeapWatch.start();
            long start = System.nanoTime();
            LoadReport report = graph.reload(corpus, message -> { });
            double seconds = seconds(start);
            HeapWatch.Figures timed = heap.stop();
            if (report.unchanged() != documents) {
                throw new IllegalStateException("the reload found " + report.unchanged() + " of " + documents
                        + " documents unchanged; the benchmark corpus and graph disagree");
            }
            // The same reload again, untimed, with the heap collected whole every 100 ms: what it holds.
            HeapWatch sampled = HeapWatch.sampling(java.time.Duration.ofMillis(100));
            graph.reload(corpus, message -> { });
            HeapWatch.Figures held = sampled.stop();
            return Rows.of("documents", documents, "unchangedDocumentsPerSecond", round(documents / seconds),
                    // The reload alone (the heap is collected before it starts): the peak is part of the
                    // stable shape; what it holds (live) grows with the corpus if it keeps texts.
                    "peakHeapMb", timed.peakMb(), "heapBeforeMb", timed.beforeMb(),
                    "liveHeapMb", held.liveMb(), "liveSamples", held.samples());
        }
    }

    // ---- queries --------------------------------------------------------------------------------------

    private Map<String, Object> queries() throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("events", sizes.events());
        SyntheticGraph.Contents g;
        try (Diplograph graph = open("query")) {
            progress.accept(String.format("query: generating a graph of %,d events", sizes.events()));
            g = new SyntheticGraph(SEED).write(graph.connection(), sizes.events(), progress);
        }
        // Opened again for the queries: the embedded store sizes its page cache to the store when it starts,
        // and it started empty (a million events are ~8 GB; a small cache would time the disk, not the queries).
        try (Diplograph graph = open("query")) {
            Map<String, Map<String, Object>> scenarios = new LinkedHashMap<>();
            scenarios(g).forEach((scenario, given) -> scenarios.put(scenario, paged(queryOf(scenario), given)));
            warmUp(graph.queries(), scenarios);
            for (Map.Entry<String, Map<String, Object>> s : scenarios.entrySet()) {
                progress.accept("query: " + s.getKey() + " " + s.getValue());
                figures.put(s.getKey(), latency(graph.queries(), queryOf(s.getKey()), s.getValue()));
            }
        }
        return figures;
    }

    /** One scenario per query and filter, with parameters that have answers in the generated graph. */
    private static Map<String, Map<String, Object>> scenarios(SyntheticGraph.Contents g) {
        Map<String, Map<String, Object>> s = new LinkedHashMap<>();
        s.put("meetings-by-year", Rows.of("year", g.firstYear() + 19));
        s.put("meetings-by-country", Rows.of("country", g.busyCountry()));
        s.put("meetings-by-person", Rows.of("person", g.busyPerson()));
        s.put("officials-by-country", Rows.of("country", g.otherCountry()));
        s.put("agreements-between", Rows.of("country", g.busyCountry(), "other", g.otherCountry()));
        s.put("supporters-of-country", Rows.of("entity", g.otherCountry()));
        s.put("timeline-of-person", Rows.of("person", g.busyPerson()));
        s.put("mentions-of-person", Rows.of("entity", g.busyPerson()));
        s.put("ties-between", Rows.of("country", g.busyCountry(), "other", g.otherCountry()));
        s.put("ties-of-country", Rows.of("country", g.busyCountry()));
        s.put("runs", Rows.of());
        for (String name : Queries.names()) {
            if (s.keySet().stream().noneMatch(k -> k.equals(name) || k.startsWith(name + "-"))) {
                s.put(name, Rows.of());
            }
        }
        return s;
    }

    /** A 100-row page where the query takes one; only parameters the query declares. */
    private static Map<String, Object> paged(String query, Map<String, Object> params) {
        Map<String, Object> p = new LinkedHashMap<>();
        List<String> declared = Queries.file(query).parameters();
        params.forEach((k, v) -> {
            if (declared.contains(k)) {
                p.put(k, v);
            }
        });
        if (declared.contains("limit")) {
            p.put("limit", 100);
        }
        return p;
    }

    private static String queryOf(String scenario) {
        return scenario.contains("-") ? scenario.substring(0, scenario.indexOf('-')) : scenario;
    }

    /**
     * Every scenario in turn for a while before any is timed, so the figures are those of a running
     * service, not of cold code: Neo4j's Cypher runtime, its Bolt server and the driver share most of
     * their code between queries, and the JIT compiles it over tens of seconds. Measured on the
     * 1,000,000-event graph: a year's page took 17 ms p50 after 3 runs, 6.5 ms after 1,000.
     */
    private void warmUp(Queries queries, Map<String, Map<String, Object>> scenarios) {
        // The smoke test's tiny sizes (fewer than 30 timed runs) only check that it runs: one round.
        // (--quick: 10 s, so the whole quick run stays within three minutes on two cores.)
        long seconds = sizes.queryRuns() >= 100 ? 60 : sizes.queryRuns() >= 30 ? 10 : 0;
        progress.accept("query: warming up every query for " + seconds + " s");
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        do {
            scenarios.forEach((scenario, params) -> queries.run(queryOf(scenario), params));
        } while (System.nanoTime() < until);
    }

    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final int MIN_WARM_UP_RUNS = 20;
    private static final int MAX_WARM_UP_RUNS = 2_000;

    private Map<String, Object> latency(Queries queries, String query, Map<String, Object> params) {
        // This query's own warm-up after the common one: its plan cached, its pages in memory, the Cypher
        // runtime's expressions compiled (after ten runs), its own path compiled by the JIT.
        boolean smoke = sizes.queryRuns() < 30;
        // (Half a second in --quick, for its three minutes.)
        long warmUntil = System.nanoTime() + (smoke ? 0 : sizes.queryRuns() >= 100 ? WARM_UP_NANOS : WARM_UP_NANOS / 2);
        int minRuns = smoke ? 3 : MIN_WARM_UP_RUNS;
        for (int i = 0; i < MAX_WARM_UP_RUNS && (i < minRuns || System.nanoTime() < warmUntil); i++) {
            queries.run(query, params);
        }
        long[] nanos = new long[sizes.queryRuns()];
        int rows = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            rows = queries.run(query, params).rows().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return Rows.of("p50Ms", round(percentile(nanos, 0.50)), "p95Ms", round(percentile(nanos, 0.95)),
                "p99Ms", round(percentile(nanos, 0.99)), "rows", rows);
    }

    private static double percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private Diplograph open(String stage) throws IOException {
        Path store = scratch.resolve("store-" + stage);
        Files.createDirectories(store);
        return Diplograph.open(ConnectionSettings.embedded(store), settings);
    }

    private static long count(GraphConnection connection, String cypher) {
        try (Session session = connection.session()) {
            return session.executeRead(tx -> tx.run(cypher).single().get("n").asLong());
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static Map<String, Object> roundAll(Map<String, Double> values) {
        Map<String, Object> rounded = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> rounded.put(k, round(v)));
        return rounded;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
