package org.skillgraph.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of ARCHITECTURE.md: api → engine → cypher; cypher is pure; api speaks no Cypher. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skillgraph");

    @Test
    void cypherShouldNeitherRunQueriesNorSpeakHttpOrJson() {
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.cypher..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.neo4j.driver..",
                        "io.javalin..",
                        "com.fasterxml.jackson..",
                        "org.skillgraph.engine..",
                        "org.skillgraph.api..")
                .check(CLASSES);
    }

    @Test
    void engineShouldNotSpeakHttpOrJson() {
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.javalin..", "com.fasterxml.jackson..", "org.skillgraph.api..", "org.skillgraph.seed..")
                .check(CLASSES);
    }

    @Test
    void apiShouldReachNeo4jOnlyThroughTheEngine() {
        // The composition root (org.skillgraph.api.app) hands the engine's driver to the importers of
        // seed-data; no handler, controller or command touches the driver or builds Cypher.
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api..")
                .and()
                .resideOutsideOfPackage("org.skillgraph.api.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j.driver..", "org.neo4j.cypherdsl..", "org.neo4j.graphdb..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j.cypherdsl..", "org.skillgraph.cypher..")
                .check(CLASSES);
    }

    @Test
    void boltCredentialsShouldBePlainFileHandling() {
        // The generated Bolt password is kept by a package that neither reaches Neo4j nor knows the rest of the
        // engine, so nothing but the embedded bootstrap handles the secret.
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.engine.neo4j.credentials..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j..", "org.skillgraph.cypher..", "org.skillgraph.engine.access..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackage("org.skillgraph.engine.neo4j")
                .and()
                .resideOutsideOfPackage("org.skillgraph.engine.neo4j.credentials..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.engine.neo4j.credentials..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEnginesNeo4jPackageShouldDecideWhichCertificatesTheDriverTrusts() {
        // DriverTrust turns --neo4j-trust-cert into driver settings; nothing else loosens or replaces them.
        noClasses()
                .that()
                .resideOutsideOfPackage("org.skillgraph.engine.neo4j..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.neo4j.driver.Config$TrustStrategy")
                .check(CLASSES);
    }

    /**
     * The engine's lower layers, from the bottom: errors, ids, paging, locks and the planning budget; Neo4j access
     * and the change feed; the curriculum snapshot and its cache; the gap and route planners. Every other engine
     * package is a capability (a feature) built on them.
     */
    private static final String[] ENGINE_FOUNDATION = {
        "org.skillgraph.engine.error..",
        "org.skillgraph.engine.ids..",
        "org.skillgraph.engine.paging..",
        "org.skillgraph.engine.concurrency..",
        "org.skillgraph.engine.budget..",
        "org.skillgraph.engine.neo4j..",
        "org.skillgraph.engine.feed..",
        "org.skillgraph.engine.snapshot..",
        "org.skillgraph.engine.curriculum..",
        "org.skillgraph.engine.gap..",
        "org.skillgraph.engine.route.."
    };

    @Test
    void plannersSnapshotAndNeo4jAccessShouldKnowNoCapabilityAboveThem() {
        // One-way layering: features → planners/snapshot → Neo4j access. A new capability package is a feature
        // by default, so this rule covers it without being told.
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE_FOUNDATION)
                .should()
                .dependOnClassesThat(DescribedPredicate.and(
                        JavaClass.Predicates.resideInAPackage("org.skillgraph.engine.."),
                        DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(ENGINE_FOUNDATION))))
                .check(CLASSES);
    }

    @Test
    void engineCapabilitiesShouldNotDependOnEachOtherInACycle() {
        // Capabilities may build on one another (mentoring on coaching, design on priorities), but only one way.
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("org.skillgraph.engine.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void prioritiesAndTaxonomyShouldBeReachedOnlyFromAbove() {
        // Designer priorities are used by what-if (design) and their controller; the living taxonomy by the API only.
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.engine..")
                .and()
                .resideOutsideOfPackages("org.skillgraph.engine.priorities..", "org.skillgraph.engine.design..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.engine.priorities..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.engine..")
                .and()
                .resideOutsideOfPackage("org.skillgraph.engine.taxonomy..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.engine.taxonomy..")
                .check(CLASSES);
    }

    @Test
    void mentoringShouldBuildOnCoachingAndMetricsWithoutThemKnowingIt() {
        // The programme loop sits above matching and measurement: no other engine capability depends on it, and
        // only its controller, the composition root and the serve options reach it from the API.
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.engine..")
                .and()
                .resideOutsideOfPackage("org.skillgraph.engine.mentoring..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.engine.mentoring..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api..")
                .and()
                .resideOutsideOfPackages(
                        "org.skillgraph.api.http.mentoring..", "org.skillgraph.api.app..", "org.skillgraph.api.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.engine.mentoring..")
                .check(CLASSES);
    }

    @Test
    void seedDataShouldNotDependOnTheEngineOrTheApi() {
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.seed..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.skillgraph.engine..", "org.skillgraph.api..", "io.javalin..")
                .check(CLASSES);
    }

    @Test
    void cliShouldReachARunningServerOnlyThroughItsHttpApi() {
        // Beside a server holding the store, a command speaks HTTP and JSON, never the store, engine or importer.
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api.cli.remote..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.skillgraph.api.app..",
                        "org.skillgraph.engine..",
                        "org.skillgraph.seed..",
                        "org.neo4j..",
                        "io.javalin..")
                .check(CLASSES);
    }

    @Test
    void planningBudgetShouldDependOnNothingElseOfTheProjectNorOnNeo4j() {
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.engine.budget..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.skillgraph..", "org.neo4j..")
                        .and(DescribedPredicate.not(
                                JavaClass.Predicates.resideInAPackage("org.skillgraph.engine.budget.."))))
                .check(CLASSES);
    }

    @Test
    void changeFeedShouldSitJustAboveNeo4jAccess() {
        // The feed is what caches of every capability follow: it may know the graph and nothing of them.
        classes()
                .that()
                .resideInAPackage("org.skillgraph.engine.feed..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.slf4j..",
                        "org.neo4j.driver..",
                        "org.skillgraph.cypher..",
                        "org.skillgraph.engine.feed..",
                        "org.skillgraph.engine.neo4j..",
                        "org.skillgraph.engine.error..")
                .check(CLASSES);
    }

    @Test
    void coachIndexShouldSitOnTheFeedAndKnowNoCapability() {
        // The coach candidate index follows the feed and reads the graph; the coach matcher uses it, never the reverse.
        classes()
                .that()
                .resideInAPackage("org.skillgraph.engine.coachindex..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.slf4j..",
                        "org.neo4j.driver..",
                        "org.skillgraph.cypher..",
                        "org.skillgraph.engine.coachindex..",
                        "org.skillgraph.engine.feed..",
                        "org.skillgraph.engine.neo4j..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.skillgraph.engine.coachindex..",
                        "org.skillgraph.engine.coach..",
                        "org.skillgraph.api.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.engine.coachindex..")
                .check(CLASSES);
    }

    @Test
    void frameworksShouldStayInTheirOwnPackages() {
        // Frameworks and the start-up migration read and write the graph and nothing of the other capabilities;
        // only the framework controller and the composition root use them.
        classes()
                .that()
                .resideInAnyPackage("org.skillgraph.engine.framework..", "org.skillgraph.engine.migration..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.slf4j..",
                        "org.neo4j.driver..",
                        "org.skillgraph.cypher..",
                        "org.skillgraph.engine.framework..",
                        "org.skillgraph.engine.migration..",
                        "org.skillgraph.engine.neo4j..",
                        "org.skillgraph.engine.paging..",
                        "org.skillgraph.engine.error..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api..")
                .and()
                .resideOutsideOfPackages("org.skillgraph.api.http.framework..", "org.skillgraph.api.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.skillgraph.engine.framework..", "org.skillgraph.engine.migration..")
                .check(CLASSES);
    }

    @Test
    void exchangeFormatsShouldStayInTheirOwnPackages() {
        // CASE maps onto the bundle format and writes from the export's document: no engine, no Javalin.
        classes()
                .that()
                .resideInAnyPackage(
                        "org.skillgraph.seed.casepkg..",
                        "org.skillgraph.seed.interchange..",
                        "org.skillgraph.seed.moodle..",
                        "org.skillgraph.seed.onet..")
                // seed-data's test jar is on this class path: its tests of the packages are not the packages
                .and()
                .haveSimpleNameNotEndingWith("IT")
                .and()
                .haveSimpleNameNotEndingWith("Test")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "com.fasterxml.jackson..",
                        "com.networknt.schema..",
                        "org.neo4j.driver..",
                        "org.skillgraph.cypher..",
                        "org.skillgraph.seed.bundle..",
                        "org.apache.commons.csv..",
                        "org.apache.commons.text..",
                        "org.skillgraph.seed.casepkg..",
                        "org.skillgraph.seed.interchange..",
                        "org.skillgraph.seed.moodle..",
                        "org.skillgraph.seed.onet..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api..")
                .and()
                .resideOutsideOfPackages(
                        "org.skillgraph.api.http.onet..", "org.skillgraph.api.app..", "org.skillgraph.api.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.seed.onet..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api..")
                .and()
                .resideOutsideOfPackages(
                        "org.skillgraph.api.http.casepkg..", "org.skillgraph.api.app..", "org.skillgraph.api.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.seed.casepkg..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api..")
                .and()
                .resideOutsideOfPackages(
                        "org.skillgraph.api.http.moodle..", "org.skillgraph.api.app..", "org.skillgraph.api.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.seed.moodle..")
                .check(CLASSES);
    }

    @Test
    void crosswalksAndExportShouldStayInTheirOwnPackages() {
        // Crosswalks lift levels in pure code over the learner state; the reads need the graph and nothing else.
        classes()
                .that()
                .resideInAPackage("org.skillgraph.engine.crosswalk..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.neo4j.driver..",
                        "org.skillgraph.cypher..",
                        "org.skillgraph.engine.crosswalk..",
                        "org.skillgraph.engine.neo4j..",
                        "org.skillgraph.engine.paging..",
                        "org.skillgraph.engine.snapshot..")
                .check(CLASSES);
        // The export reads the graph straight into the bundle format: no importer internals beyond the
        // outage translation, nothing of the engine.
        classes()
                .that()
                .resideInAPackage("org.skillgraph.seed.export..")
                // seed-data's test jar is on this class path; its tests of the package are not the package
                .and()
                .haveSimpleNameNotEndingWith("IT")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "com.fasterxml.jackson..",
                        "org.neo4j.driver..",
                        "org.skillgraph.cypher..",
                        "org.skillgraph.seed.export..",
                        "org.skillgraph.seed.bundle..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api..")
                .and()
                .resideOutsideOfPackages(
                        "org.skillgraph.api.http.export..", "org.skillgraph.api.app..", "org.skillgraph.api.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.seed.export..")
                .check(CLASSES);
        // Scale mapping is pure: no graph, no JSON.
        classes()
                .that()
                .resideInAPackage("org.skillgraph.seed.scale..")
                .and()
                .haveSimpleNameNotEndingWith("Test")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.skillgraph.seed.scale..", "org.skillgraph.seed.bundle..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEdgeShouldTouchJetty() {
        // Javalin owns its Jetty; what must be set on Jetty itself (its error answers) lives in one package.
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph..")
                .and()
                .resideOutsideOfPackage("org.skillgraph.api.http.edge..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse.jetty..")
                .check(CLASSES);
    }

    @Test
    void idRulesShouldUseOnlyTheEnginesErrorsAndNeo4jAccess() {
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.engine.ids..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.skillgraph.engine..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                                "org.skillgraph.engine.ids..",
                                "org.skillgraph.engine.error..",
                                "org.skillgraph.engine.neo4j.."))))
                .check(CLASSES);
    }

    @Test
    void demoDatesShouldOnlyTransformBundlesInMemory() {
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.seed.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j..", "org.skillgraph.cypher..", "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void xapiShouldStayInItsOwnPackages() {
        // Statements in are one capability: only its HTTP package, the server that mounts it and the composition
        // root know its engine package, and it reaches the rest of the engine through the module-result rules.
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.skillgraph.engine.xapi..", "org.skillgraph.api.http.xapi..", "org.skillgraph.api.app..")
                .and()
                .doNotHaveFullyQualifiedName("org.skillgraph.api.http.ApiServer")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.engine.xapi..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api.http.xapi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.neo4j..",
                        "org.skillgraph.engine.evidence..",
                        "org.skillgraph.engine.editing..",
                        "org.skillgraph.engine.people..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.engine.xapi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.skillgraph.engine.editing..",
                        "org.skillgraph.engine.access..",
                        "org.skillgraph.engine.people..")
                .check(CLASSES);
    }

    @Test
    void credentialsShouldStayInTheirOwnPackages() {
        // Issuer keys are plain file handling: no graph, nothing else of the project.
        classes()
                .that()
                .resideInAPackage("org.skillgraph.engine.credential.keys..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.nimbusds..", "org.skillgraph.engine.credential.keys..")
                .check(CLASSES);
        // Only the credential service and the composition root hold the issuer's private keys.
        noClasses()
                .that()
                .resideOutsideOfPackages("org.skillgraph.engine.credential..", "org.skillgraph.api.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.engine.credential.keys..")
                .check(CLASSES);
        // The credential engine reads the graph and signs; it knows no other capability of the engine.
        classes()
                .that()
                .resideInAPackage("org.skillgraph.engine.credential..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "com.nimbusds..",
                        "org.neo4j.driver..",
                        "org.skillgraph.cypher..",
                        "org.skillgraph.engine.credential..",
                        "org.skillgraph.engine.neo4j..",
                        "org.skillgraph.engine.error..")
                .check(CLASSES);
        // Only its HTTP package, the server that mounts it and the composition root use it.
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.skillgraph.engine.credential..",
                        "org.skillgraph.api.http.credential..",
                        "org.skillgraph.api.app..")
                .and()
                .doNotHaveFullyQualifiedName("org.skillgraph.api.http.ApiServer")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.engine.credential..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.api.http.credential..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j..", "com.nimbusds..", "org.skillgraph.seed..")
                .check(CLASSES);
    }

    @Test
    void selfServiceShouldStayInItsOwnPackage() {
        // Claims and their review are one capability: only its controller and the composition root know its engine
        // package, and it reaches levels through the evidence service alone (never the editor or the coach matcher).
        noClasses()
                .that()
                .resideOutsideOfPackages("org.skillgraph.engine.review..", "org.skillgraph.api.app..")
                .and()
                .doNotHaveFullyQualifiedName("org.skillgraph.api.http.ReviewController")
                .and()
                .haveSimpleNameNotStartingWith("ReviewController$")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillgraph.engine.review..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.skillgraph.engine.review..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.skillgraph.engine.editing..",
                        "org.skillgraph.engine.access..",
                        "org.skillgraph.engine.people..",
                        "org.skillgraph.engine.coach..",
                        "org.skillgraph.engine.xapi..")
                .check(CLASSES);
    }
}
