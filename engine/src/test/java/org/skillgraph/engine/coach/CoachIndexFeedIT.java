package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.coachindex.CoachIndex;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.editing.PersonDraft;
import org.skillgraph.engine.editing.PersonEditor;
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
 * Two API nodes on one store, each with its own coach index: a write through one node is in that node's answers at
 * once and in the other's after its next poll (the staleness bound), whatever the write: consent, evidence, a pair.
 */
class CoachIndexFeedIT {

    private static final Clock CLOCK =
            Clock.fixed(CoachingFixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static final String ORG = """
            {"skills": [{"id": "sql", "name": "SQL", "kind": "skill"}],
             "roles": [{"id": "analyst", "title": "Analyst",
                        "needs": [{"skill": "sql", "level": 4, "importance": 5, "essential": true}]}],
             "people": [
               {"id": "l", "name": "Learner", "targetRole": "analyst",
                "holds": [{"skill": "sql", "level": 1, "source": "self", "at": "{today-1}"}]},
               {"id": "other", "name": "Other Learner", "targetRole": "analyst"},
               {"id": "c", "name": "Coach", "location": "Dublin", "timezone": "Europe/Dublin",
                "coaching": {"optIn": false, "capacity": 1},
                "holds": [{"skill": "sql", "level": 5, "source": "assessment", "at": "{today-2}"}]},
               {"id": "d", "name": "Dana", "coaching": {"optIn": true, "capacity": 2}}]}
            """;

    private static final class Node {
        final GraphClient graph = CoachingFixtures.graph();
        final ChangeFeed feed = new ChangeFeed(graph, FeedSettings.defaults().withMaxAge(Duration.ofHours(1)), CLOCK);
        final CoachingService service = new CoachingService(
                graph,
                new LearnerRepository(graph, LevelRules.defaults(), CLOCK),
                new CurriculumCache(new CurriculumRepository(graph)::load),
                new GapPlanner(),
                CoachingSettings.defaults(),
                LevelRules.defaults(),
                CLOCK,
                feed);

        Node() {
            graph.onPeopleWritten(feed::afterLocalWrite);
            feed.catchUp();
        }

        List<String> coachesOfL() {
            return service.coachesFor("l", null, Map.of(), 5).candidates().stream()
                    .map(c -> c.coach().id())
                    .toList();
        }

        CoachIndex<CoachingPreferences> index() {
            return service.index().orElseThrow();
        }
    }

    @Test
    void shouldFollowWritesMadeOnTheOtherNodeAfterItsNextPoll() {
        CoachingFixtures.load(ORG);
        var a = new Node();
        var b = new Node();
        assertThat(a.coachesOfL()).isEmpty();
        assertThat(b.coachesOfL()).isEmpty();
        assertThat(b.index().size()[0]).as("b's index is built").isEqualTo(4);

        // Consent, through a: a answers it at once, b after its next poll.
        new PersonEditor(a.graph, new PersonRepository(a.graph), CLOCK, id -> {})
                .replace(
                        new PersonDraft(
                                "c",
                                "Coach",
                                null,
                                "Dublin",
                                "Europe/Dublin",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                new PersonDraft.Coaching(true, 1)),
                        IfMatch.absent());
        assertThat(a.coachesOfL()).containsExactly("c");
        assertThat(b.coachesOfL()).as("before b polls").isEmpty();
        b.feed.catchUp();
        assertThat(b.coachesOfL()).containsExactly("c");

        // Evidence, through b: Dana becomes a coach of SQL.
        new EvidenceService(b.graph, LevelRules.defaults(), CLOCK)
                .record(
                        "d",
                        EvidenceRecord.of("sql", EvidenceSource.ASSESSMENT, 4, CoachingFixtures.TODAY.minusDays(3)));
        assertThat(b.coachesOfL()).containsExactlyInAnyOrder("c", "d");
        assertThat(a.coachesOfL()).as("before a polls").containsExactly("c");
        a.feed.catchUp();
        assertThat(a.coachesOfL()).containsExactlyInAnyOrder("c", "d");

        // A pair through a takes c's only place: c drops out of both nodes' answers, b's after its poll.
        a.service.startPair("c", "other", List.of("sql"));
        assertThat(a.coachesOfL()).containsExactly("d");
        assertThat(b.coachesOfL()).as("before b polls").containsExactlyInAnyOrder("c", "d");
        b.feed.catchUp();
        assertThat(b.coachesOfL()).containsExactly("d");
        assertThat(b.service.coachesOfSkill("sql", null, 5).coaches())
                .extracting(h -> h.coach().id() + ":" + h.remainingCapacity())
                .containsExactly("c:0", "d:2");
    }
}
