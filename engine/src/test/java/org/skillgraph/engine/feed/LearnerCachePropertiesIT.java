package org.skillgraph.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceService;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * Seeded random interleavings of writes, reads and polls on two nodes, against the oracle of a learner read
 * straight from the graph: a node answers its own write at once, and after a poll answers every person as the graph
 * does. Between polls the other node may answer an older state; that window is the staleness bound.
 */
class LearnerCachePropertiesIT {

    private static final Clock CLOCK = Neo4jFixture.ANCHOR_CLOCK;
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final List<String> PEOPLE = List.of("p-042", "p-014", "p-001", "p-077", "p-120");
    private static final List<String> SKILLS =
            List.of("data-governance", "sql", "python-for-data", "experiment-design", "data-pipelines");

    @BeforeAll
    static void demo() {
        Neo4jFixture.get().useDemo();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void shouldAnswerOwnWritesAtOnceAndEveryWriteAfterAPoll(long seed) {
        var random = new Random(seed);
        var nodes = List.of(new FeedNode(CLOCK), new FeedNode(CLOCK));
        var oracle = new LearnerRepository(nodes.get(0).graph, LevelRules.defaults(), CLOCK);
        for (int step = 0; step < 25; step++) {
            var node = nodes.get(random.nextInt(2));
            var person = PEOPLE.get(random.nextInt(PEOPLE.size()));
            switch (random.nextInt(3)) {
                case 0 -> {
                    var skill = SKILLS.get(random.nextInt(SKILLS.size()));
                    new EvidenceService(node.graph, LevelRules.defaults(), CLOCK)
                            .record(
                                    person,
                                    EvidenceRecord.of(skill, EvidenceSource.ASSESSMENT, 1 + random.nextInt(5), TODAY));
                    assertThat(node.learners.load(person))
                            .as("own write, step %d", step)
                            .isEqualTo(oracle.load(person));
                }
                case 1 -> node.learners.load(person);
                default -> {
                    node.feed.catchUp();
                    for (var p : PEOPLE) {
                        assertThat(node.learners.load(p))
                                .as("%s after a poll, step %d", p, step)
                                .isEqualTo(oracle.load(p));
                    }
                }
            }
        }
    }
}
