package org.skillgraph.api;

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
}
