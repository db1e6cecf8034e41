package org.skillgraph.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
