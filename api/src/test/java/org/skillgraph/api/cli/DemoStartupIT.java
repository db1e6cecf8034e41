package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.access.ApiToken;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.testing.Neo4jFixture;

/** What {@code serve --demo} prints and mints at start: tokens only when it loaded the demo, for a demo person. */
class DemoStartupIT {

    private static final class Holder {
        static final Skillgraph SKILLGRAPH = Skillgraph.over(GraphClient.wrap(
                Neo4jFixture.get().driver(),
                Neo4jSettings.unauthenticated(Neo4jFixture.get().boltUri())));
    }

    @Test
    void shouldMintNoTokenWhenARestartFindsTheDemoAlreadyLoaded() {
        Neo4jFixture.get().useDemo();
        var skillgraph = Holder.SKILLGRAPH;
        skillgraph.services().security().tokens().issue(AccessRole.ADMIN, null, "already there");
        long before = activeTokens(skillgraph);

        var lines = new java.util.ArrayList<String>();
        for (int start = 0; start < 3; start++) {
            lines.addAll(StartupTokens.issue(skillgraph, ServeCommand.loadDemoIfEmpty(skillgraph)));
        }

        assertThat(activeTokens(skillgraph)).isEqualTo(before);
        assertThat(lines).isEmpty();
    }

    @Test
    void shouldGiveTheDemoLearnerTokenToTheDemoPersonEvenWhenOthersWereImported() {
        Neo4jFixture.get().useDemo();
        Neo4jFixture.get()
                .query(
                        "MATCH (r:Role {id: 'data-analyst'}) CREATE (p:Person {id: 'a-000-imported', name: 'Ida"
                                + " Imported'})-[:TARGETS {since: date('2026-01-01')}]->(r) RETURN p.id",
                        Map.of());
        var skillgraph = Holder.SKILLGRAPH;
        var before = skillgraph.services().security().tokens().list().stream()
                .map(ApiToken::id)
                .toList();

        var lines = StartupTokens.issue(skillgraph, true);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(DemoOrganisation.LEARNER).doesNotContain("a-000-imported");
        var minted = skillgraph.services().security().tokens().list().stream()
                .filter(t -> !before.contains(t.id()))
                .toList();
        assertThat(minted)
                .extracting(ApiToken::role, ApiToken::personId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(AccessRole.ADMIN, null),
                        org.assertj.core.groups.Tuple.tuple(AccessRole.LEARNER, DemoOrganisation.LEARNER));
        Neo4jFixture.get().query("MATCH (p:Person {id: 'a-000-imported'}) DETACH DELETE p RETURN 0", Map.of());
    }

    private static long activeTokens(Skillgraph skillgraph) {
        return skillgraph.services().security().tokens().list().stream()
                .filter(t -> !t.revoked())
                .map(ApiToken::id)
                .count();
    }
}
