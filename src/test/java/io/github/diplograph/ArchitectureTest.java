package io.github.diplograph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers as docs/ARCHITECTURE.md draws them, checked on the compiled classes:
 * <pre>
 *   cli ─▶ io.github.diplograph (Diplograph, Loader: the application layer) ─▶ ingest, extract, graph, query
 *   ingest ─▶ model          extract ─▶ model, identity          graph ─▶ model, identity
 *   query ─▶ graph           model ─▶ identity                   identity, config, util ─▶ (nothing of ours)
 * </pre>
 * Extraction never touches the database (so it can run anywhere, on any number of cores), and no
 * lower layer reaches up into the application layer or the command line.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.diplograph";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void extractionNeverTouchesTheGraphOrTheDriver() {
        noClasses().that().resideInAPackage(ROOT + ".extract..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".graph..", ROOT + ".query..", ROOT + ".ingest..",
                        "org.neo4j..", "ac.simons.neo4j..")
                .check(classes);
    }

    @Test
    void ingestOnlyReadsDocuments() {
        noClasses().that().resideInAPackage(ROOT + ".ingest..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".extract..", ROOT + ".graph..", ROOT + ".query..",
                        "org.neo4j..", "edu.stanford..")
                .check(classes);
    }

    @Test
    void graphWritesDocumentMapsWithoutKnowingHowTheyWereMade() {
        noClasses().that().resideInAPackage(ROOT + ".graph..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".extract..", ROOT + ".ingest..", ROOT + ".query..",
                        ROOT + ".eval..", "edu.stanford..")
                .check(classes);
    }

    @Test
    void queriesReadTheGraphOnly() {
        noClasses().that().resideInAPackage(ROOT + ".query..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".extract..", ROOT + ".ingest..", ROOT + ".eval..",
                        "edu.stanford..")
                .check(classes);
    }

    @Test
    void theSharedVocabularyDependsOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".identity..", ROOT + ".config..", ROOT + ".util..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ingest..", ROOT + ".extract..", ROOT + ".graph..",
                        ROOT + ".query..", ROOT + ".eval..", ROOT + ".cli..", "org.neo4j..", "edu.stanford..")
                .check(classes);
        noClasses().that().resideInAnyPackage(ROOT + ".identity..", ROOT + ".config..", ROOT + ".util..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".model..")
                .check(classes);
    }

    /**
     * A client that only queries a server leaves CoreNLP and the embedded Neo4j off its classpath (README,
     * ClientProjectIT). That works because only {@code extract} touches CoreNLP and only EmbeddedNeo4j the
     * Neo4j DBMS; everything else reaches Neo4j through the driver, and loads those classes only through them.
     */
    @Test
    void onlyExtractionTouchesCoreNlpAndOnlyEmbeddedNeo4jTheNeo4jDbms() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".extract..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .check(classes);
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".graph.EmbeddedNeo4j")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.kernel..",
                        "org.neo4j.configuration..", "org.neo4j.graphdb..", "org.neo4j.io..", "org.neo4j.logging..",
                        "org.neo4j.server..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesTheApplicationLayer() {
        // The benchmark drives the application as a user would (loads, reloads, queries): it sits beside the CLI.
        ArchRule rule = noClasses().that().resideOutsideOfPackages(ROOT, ROOT + ".cli..", ROOT + ".bench..")
                .should().dependOnClassesThat().resideInAPackage(ROOT);
        rule.check(classes);
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(classes);
    }
}
