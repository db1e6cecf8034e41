package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.testing.Bundles;
import org.skillgraph.seed.testing.Neo4jFixture;

class DemoOrganisationIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();

    @BeforeEach
    void emptyGraph() {
        neo4j.reset();
    }

    private long count(String cypher) {
        return (Long) neo4j.query(cypher, Map.of()).get(0);
    }

    @Test
    void shouldDescribeABelievableMidSizeCompany() {
        DemoOrganisation.load(neo4j.importer(), ImportProgress.none());

        assertThat(count("MATCH (n:Skill) RETURN count(n)")).isGreaterThanOrEqualTo(60);
        assertThat(count("MATCH (n:Topic) RETURN count(n)")).isGreaterThanOrEqualTo(8);
        assertThat(count("MATCH (n:Role) RETURN count(n)")).isGreaterThanOrEqualTo(12);
        assertThat(count("MATCH (n:Role) RETURN count(DISTINCT n.family)")).isGreaterThanOrEqualTo(3);
        assertThat(count("MATCH (n:Module) RETURN count(n)")).isGreaterThanOrEqualTo(50);
        assertThat(count("MATCH (n:Person) RETURN count(n)")).isGreaterThanOrEqualTo(150);
        assertThat(count("MATCH (n:Cohort) RETURN count(n)")).isGreaterThanOrEqualTo(3);
        assertThat(count("MATCH (n:Badge) RETURN count(n)")).isGreaterThanOrEqualTo(5);
        assertThat(count("MATCH p = (:Skill)-[:REQUIRES*5]->(:Skill) RETURN count(p)"))
                .isPositive();
        assertThat(count("MATCH (a:Skill)-[:REQUIRES]->(b:Skill)-[:REQUIRES]->(d:Skill), "
                        + "(a)-[:REQUIRES]->(c:Skill)-[:REQUIRES]->(d) WHERE b <> c RETURN count(*)"))
                .as("diamonds")
                .isPositive();
        assertThat(count("MATCH (:Person)-[c:COACHES]->(:Person) RETURN count(c)"))
                .isPositive();
    }

    @Test
    void shouldCoverEveryRoleNeedWithAPublishedModule() {
        DemoOrganisation.load(neo4j.importer(), ImportProgress.none());

        assertThat(count("MATCH (r:Role)-[n:NEEDS]->(s:Skill) WHERE NOT EXISTS { "
                        + "MATCH (m:Module {status: 'published'})-[t:TEACHES]->(s) WHERE t.level >= n.level } "
                        + "RETURN count(*)"))
                .isZero();
    }

    @Test
    void shouldGiveIdenticalCountsWhenLoadedTwice() {
        var first = DemoOrganisation.load(neo4j.importer(), ImportProgress.none(), Neo4jFixture.ANCHOR_CLOCK);
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        var fingerprint = neo4j.fingerprint();
        var frameworks = Bundles.frameworkChanges();

        var second = DemoOrganisation.load(neo4j.importer(), ImportProgress.none(), Neo4jFixture.ANCHOR_CLOCK);

        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
        assertThat(neo4j.fingerprint()).isEqualTo(fingerprint);
        assertThat(Bundles.frameworkChanges())
                .as("lastChangedAt of every framework")
                .isEqualTo(frameworks);
        assertThat(second.nodesCreated()).isZero();
        assertThat(second.relationshipsCreated()).isZero();
        assertThat(second.relationshipsDeleted()).isZero();
        assertThat(second.version()).isEqualTo(first.version());
    }
}
