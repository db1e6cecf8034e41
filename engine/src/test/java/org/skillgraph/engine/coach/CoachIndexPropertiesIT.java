package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgraph.engine.coachindex.CoachIndex;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.editing.PersonEditor;
import org.skillgraph.engine.error.SkillgraphException;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceService;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.feed.ChangeFeed;
import org.skillgraph.engine.feed.FeedSettings;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.people.PersonRepository;

/**
 * Seeded random organisations and random interleavings of writes (evidence, pairs started and ended, consent,
 * capacity and managers edited) on two API nodes sharing one store, against the oracle of the pool query read straight
 * from the graph: a node's index answers its own write at once, and every write after a poll. Answers whole too:
 * learner coaches, skill coaches and a dry-run assignment through the index equal those through the pool query.
 */
class CoachIndexPropertiesIT {

    private static final Clock CLOCK =
            Clock.fixed(CoachingFixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final LevelRules RULES = LevelRules.defaults();
    private static final CoachingSettings SETTINGS = CoachingSettings.defaults();
    private static final List<String> TOO_WEAK = CoachingService.tooWeak(RULES, SETTINGS.evidenceTier());

    /** One API node: its own client, feed (polled by hand), coach index and services. */
    private static final class Node {
        final GraphClient graph = CoachingFixtures.graph();
        final ChangeFeed feed = new ChangeFeed(graph, FeedSettings.defaults().withMaxAge(Duration.ofHours(1)), CLOCK);
        final CoachIndex<CoachingPreferences> index =
                new CoachIndex<>(graph, feed, SETTINGS.threshold(), TOO_WEAK, PreferenceRows::of);
        final CoachRepository indexed = new CoachRepository(graph, RULES, CLOCK, TOO_WEAK, index);
        final CoachingService service = new CoachingService(
                graph,
                new LearnerRepository(graph, RULES, CLOCK),
                new CurriculumCache(new CurriculumRepository(graph)::load),
                new GapPlanner(),
                SETTINGS,
                RULES,
                CLOCK,
                feed);
        final PersonEditor editor = new PersonEditor(graph, new PersonRepository(graph), CLOCK, id -> {});
        final EvidenceService evidence = new EvidenceService(graph, RULES, CLOCK);

        Node() {
            graph.onPeopleWritten(feed::afterLocalWrite);
            feed.catchUp();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shouldAnswerAsThePoolQueryThroughRandomWritesOnTwoNodes(long seed) {
        var random = new Random(seed);
        var org = new RandomCoachOrgs(random, 25 + random.nextInt(20));
        CoachingFixtures.load(org.json);
        var nodes = List.of(new Node(), new Node());
        var oracle = new CoachRepository(nodes.get(0).graph, RULES, CLOCK, TOO_WEAK, null);
        var graph = nodes.get(0).graph;
        var oracleService = new CoachingService(
                graph,
                new LearnerRepository(graph, RULES, CLOCK),
                new CurriculumCache(new CurriculumRepository(graph)::load),
                new GapPlanner(),
                SETTINGS,
                RULES,
                CLOCK);
        var people = new ArrayList<>(org.people);
        // A node is in step with the graph after its own write or a poll, until the other node writes.
        var inStep = new boolean[] {true, true};
        for (int step = 0; step < 30; step++) {
            int n = random.nextInt(2);
            var node = nodes.get(n);
            var person = people.get(random.nextInt(people.size()));
            var other = people.get(random.nextInt(people.size()));
            boolean wrote = true;
            try {
                switch (random.nextInt(6)) {
                    case 0 ->
                        node.evidence.record(
                                person.id(),
                                EvidenceRecord.of(
                                        RandomCoachOrgs.SKILLS.get(random.nextInt(RandomCoachOrgs.SKILLS.size())),
                                        EvidenceSource.values()[random.nextInt(EvidenceSource.values().length)],
                                        1 + random.nextInt(5),
                                        CoachingFixtures.TODAY.minusMonths(random.nextInt(30))));
                    case 1 -> node.service.startPair(person.id(), other.id(), List.of("s" + random.nextInt(5)));
                    case 2 -> node.service.endPair(person.id(), other.id());
                    case 3 -> {
                        var edited = new RandomCoachOrgs.Person(
                                person.id(),
                                person.manager(),
                                person.location(),
                                person.timezone(),
                                random.nextBoolean(),
                                random.nextInt(4));
                        node.editor.replace(edited.draft(), IfMatch.absent());
                        people.set(people.indexOf(person), edited);
                    }
                    default -> {
                        node.feed.catchUp();
                        inStep[n] = true;
                        wrote = false;
                    }
                }
            } catch (SkillgraphException refused) {
                // A pair that exists already, a coach without places, an unknown pair: nothing was written.
                wrote = false;
            }
            if (wrote) {
                inStep[1 - n] = false;
            }
            if (wrote) {
                inStep[n] = true;
            }
            if (inStep[n]) {
                assertSamePools(node, oracle, random, "node " + n + ", step " + step);
            }
        }
        for (var node : nodes) {
            node.feed.catchUp();
            assertSamePools(node, oracle, random, "after the last poll");
            for (var p : people.subList(0, 10)) {
                assertThat(answer(() -> node.service.coachesFor(p.id(), "role", Map.of(), 10)))
                        .as("coaches of %s", p.id())
                        .isEqualTo(answer(() -> oracleService.coachesFor(p.id(), "role", Map.of(), 10)));
            }
            for (var skill : RandomCoachOrgs.SKILLS) {
                assertThat(node.service.coachesOfSkill(skill, null, 50))
                        .as("coaches of skill %s", skill)
                        .isEqualTo(oracleService.coachesOfSkill(skill, null, 50));
            }
            var learners = people.stream().map(RandomCoachOrgs.Person::id).toList();
            assertThat(node.service.assignLearners(learners, "role", false))
                    .isEqualTo(oracleService.assignLearners(learners, "role", false));
        }
    }

    /** The node's pools equal the graph's for every person as learner and random levels sought. */
    private static void assertSamePools(Node node, CoachRepository oracle, Random random, String when) {
        var minLevels = new HashMap<String, Integer>();
        for (var skill : RandomCoachOrgs.SKILLS) {
            if (random.nextInt(3) > 0) {
                minLevels.put(skill, 3 + random.nextInt(3));
            }
        }
        if (minLevels.isEmpty()) {
            minLevels.put("s0", 3);
        }
        var since = CoachingFixtures.TODAY.minus(SETTINGS.maxEvidenceAge());
        var learners = List.of("p0", "p1", "p2", "p3", "p4", "p5");
        var expected = oracle.fromGraph(minLevels, since, learners);
        assertThat(node.index.pool(minLevels, since, learners, CLOCK.instant()))
                .as("the index answers, %s", when)
                .isPresent();
        var actual = node.indexed.pool(minLevels, since, learners);
        assertThat(actual.learners()).as("learners, %s", when).isEqualTo(expected.learners());
        assertThat(sorted(actual.coaches())).as("coaches, %s", when).isEqualTo(sorted(expected.coaches()));
    }

    private static List<PoolCoach> sorted(List<PoolCoach> coaches) {
        return coaches.stream().sorted(Comparator.comparing(PoolCoach::id)).toList();
    }

    /** The answer, or the code of the refusal (a person without a gap for the role answers the same either way). */
    private static Object answer(java.util.function.Supplier<Object> call) {
        try {
            return call.get();
        } catch (SkillgraphException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
