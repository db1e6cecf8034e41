package org.skillgraph.engine.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.error.ConflictException;

class PrerequisiteGuardIT {

    private final EditingGraph g = new EditingGraph();

    @BeforeEach
    void load() {
        g.load();
    }

    @Test
    void shouldRefuseAPrerequisiteThatClosesACycleAndNameTheCycle() {
        long before = g.version();

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().prerequisites().put("spreadsheets", "query-tuning", 2, IfMatch.absent()))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("prerequisite-cycle");
                    assertThat(e.details())
                            .containsEntry(
                                    "cycle",
                                    List.of("spreadsheets", "query-tuning", "sql", "modelling", "spreadsheets"));
                    assertThat(e.getMessage()).contains("spreadsheets → query-tuning → sql → modelling → spreadsheets");
                });
        assertThat(g.count("MATCH (:Skill {id: 'spreadsheets'})-[r:REQUIRES]->() RETURN count(r)"))
                .isZero();
        assertThat(g.version()).as("a refused write changes nothing").isEqualTo(before);
    }

    @Test
    void shouldRefuseASkillThatRequiresItself() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().prerequisites().put("sql", "sql", 1, IfMatch.absent()))
                .satisfies(e -> assertThat(e.details()).containsEntry("cycle", List.of("sql", "sql")));
    }

    @Test
    void shouldRefuseACycleClosedByReplacingASkillAndPointAtTheEntry() {
        var draft = Drafts.skill("spreadsheets", List.of(new LevelRef("storytelling", 1), new LevelRef("sql", 2)));

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().skills().replace(draft, IfMatch.absent()))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("prerequisite-cycle");
                    assertThat(e.details())
                            .containsEntry("cycle", List.of("spreadsheets", "sql", "modelling", "spreadsheets"))
                            .containsEntry("pointer", "/requires/1/skill");
                });
        assertThat(g.skills.find("spreadsheets").orElseThrow().name()).isEqualTo("Spreadsheets");
    }

    @Test
    void shouldAllowAPrerequisiteWhoseOldReverseEdgeTheSameReplacementRemoves() {
        // modelling requires spreadsheets today; replacing modelling without it frees spreadsheets to require it.
        g.editors().skills().replace(Drafts.skill("modelling", List.of()), IfMatch.absent());

        var written = g.editors().prerequisites().put("spreadsheets", "modelling", 1, IfMatch.absent());

        assertThat(written.created()).isTrue();
        assertThat(written.value()).isEqualTo(new Prerequisite("spreadsheets", "modelling", 1));
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentOppositePrerequisitesIn() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                var start = new CountDownLatch(1);
                var forward = pool.submit(put(start, "storytelling", "spreadsheets"));
                var backward = pool.submit(put(start, "spreadsheets", "storytelling"));
                start.countDown();
                var outcomes = List.of(outcome(forward), outcome(backward));

                assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder("written", "prerequisite-cycle");
                assertThat(g.count("MATCH (a:Skill)-[:REQUIRES]->(b:Skill)-[:REQUIRES]->(a) RETURN count(*)"))
                        .isZero();
                var winner = outcomes.get(0).equals("written") ? "storytelling" : "spreadsheets";
                var loser = winner.equals("storytelling") ? "spreadsheets" : "storytelling";
                g.editors().prerequisites().remove(winner, loser, IfMatch.absent());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldKeepOneEdgeWhenConcurrentWritersSetTheSamePrerequisite() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<Written<Prerequisite>>>();
            for (int level = 1; level <= 4; level++) {
                int l = level;
                results.add(pool.submit(() -> {
                    start.await();
                    return g.editors().prerequisites().put("storytelling", "spreadsheets", l, IfMatch.absent());
                }));
            }
            start.countDown();
            var created = new ArrayList<Boolean>();
            for (var result : results) {
                created.add(result.get().created());
            }

            assertThat(created).containsOnlyOnce(true);
            var levels = g.neo4j.query(
                    "MATCH (:Skill {id: 'storytelling'})-[r:REQUIRES]->(:Skill {id: 'spreadsheets'}) RETURN r.level",
                    Map.of());
            assertThat(levels).hasSize(1);
            assertThat((Long) levels.get(0)).isBetween(1L, 4L);
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<String> put(CountDownLatch start, String skill, String prerequisite) {
        return () -> {
            start.await();
            try {
                g.editors().prerequisites().put(skill, prerequisite, 2, IfMatch.absent());
                return "written";
            } catch (ConflictException e) {
                return e.code();
            }
        };
    }

    private static String outcome(Future<String> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new AssertionError("unexpected failure", e.getCause());
        }
    }
}
