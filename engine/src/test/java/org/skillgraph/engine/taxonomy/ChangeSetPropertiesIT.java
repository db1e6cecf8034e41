package org.skillgraph.engine.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgraph.engine.testing.SeedNamedFailures;

/**
 * Seeded random frameworks on a real Neo4j: applying the diff of v2 against a stored v1 leaves v2's
 * curriculum, and no holding or evidence row is lost (originals counted before and after, mirrors added).
 */
@ExtendWith(SeedNamedFailures.class)
class ChangeSetPropertiesIT {

    private final TaxonomyGraph g = new TaxonomyGraph();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shouldLeaveTheNextVersionsCurriculumAndEveryLearnerRecord(long seed) {
        var random = new Random(seed);
        var v1 = RandomFrameworks.first(random);
        var v2 = RandomFrameworks.next(random, v1);
        g.load(RandomFrameworks.bundle(random, v1, 8));
        assertThat(g.store.stored(RandomFrameworks.FRAMEWORK, ids(v1))).isEqualTo(v1);
        long holdings = g.count("MATCH ()-[h:HOLDS]->() RETURN count(h)");
        long evidence = g.count("MATCH (e:Evidence) RETURN count(e)");

        var cs = g.store.create(RandomFrameworks.FRAMEWORK, v2, "random v2", "test");
        var choices = new ArrayList<ApplyChoices.Choice>();
        var removed = g.store.entries(cs.id(), "skill-removed", null, null, 200).items();
        for (var e : removed) {
            if (random.nextBoolean() && !v2.skills().isEmpty()) {
                var successor =
                        v2.skills().get(random.nextInt(v2.skills().size())).id();
                choices.add(new ApplyChoices.Choice(
                        e.id(), "replace", java.util.List.of(new ApplyChoices.Successor(successor, null))));
            }
        }
        long before = g.version();
        var result = g.applier.apply(RandomFrameworks.FRAMEWORK, cs.id(), new ApplyChoices(choices), "test");

        assertThat(g.version()).isEqualTo(before + 1);
        assertThat(g.store.stored(RandomFrameworks.FRAMEWORK, ids(v2))).isEqualTo(v2);
        assertThat(ChangeSetDiff.diff(g.store.stored(RandomFrameworks.FRAMEWORK, ids(v2)), v2))
                .isEmpty();
        assertThat(g.count("MATCH ()-[h:HOLDS]->() WHERE h.migratedFrom IS NULL RETURN count(h)"))
                .isEqualTo(holdings);
        assertThat(g.count("MATCH (e:Evidence) WHERE e.migratedFrom IS NULL RETURN count(e)"))
                .isEqualTo(evidence);
        assertThat(g.count("MATCH ()-[h:HOLDS]->() RETURN count(h)")).isEqualTo(holdings + result.holdings());
        assertThat(g.count("MATCH (e:Evidence) RETURN count(e)")).isEqualTo(evidence + result.evidence());
        assertThat(g.count("MATCH (s:Skill {deprecated: true}) RETURN count(s)"))
                .isEqualTo(removed.size());
        assertThat(g.count("MATCH (e:Evidence) WHERE e.migratedFrom IS NOT NULL AND NOT EXISTS "
                        + "{ MATCH (o:Evidence {id: e.migratedFrom})<-[:HAS_EVIDENCE]-(p)-[:HAS_EVIDENCE]->(e) } "
                        + "RETURN count(e)"))
                .isZero();
    }

    private static java.util.List<String> ids(Curriculum c) {
        return c.roles().stream().map(Curriculum.Role::id).toList();
    }
}
