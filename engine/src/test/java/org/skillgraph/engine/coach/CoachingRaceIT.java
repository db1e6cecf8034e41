package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.engine.coach.CoachingFixtures.SMALL_ORG;
import static org.skillgraph.engine.coach.CoachingFixtures.TODAY;
import static org.skillgraph.engine.coach.CoachingFixtures.count;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.error.ConflictException;

/**
 * Two commits planned against the same state race for a coach's last place: exactly one is written, the
 * other fails with {@code coach-capacity} and writes nothing, not even its pairs with other coaches.
 */
class CoachingRaceIT {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void shouldLetExactlyOneOfTwoRacingCommitsTakeTheLastPlace() throws Exception {
        var pairs = new CoachingPairRepository(CoachingFixtures.graph(), java.time.Clock.systemUTC());
        // Several rounds, so that the two transactions really overlap in some of them.
        for (int round = 0; round < 5; round++) {
            CoachingFixtures.load(SMALL_ORG);
            var first = List.of(new PlannedPair("a", "l1", List.of("sql")));
            var second =
                    List.of(new PlannedPair("a", "l2", List.of("sql")), new PlannedPair("f", "l2", List.of("tuning")));
            var start = new CountDownLatch(1);
            var outcomes = new ArrayList<Future<String>>();
            for (var plan : List.of(first, second)) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        pairs.startAll(plan, TODAY);
                        return "written";
                    } catch (ConflictException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            var results = List.of(outcomes.get(0).get(), outcomes.get(1).get());

            assertThat(results).containsExactlyInAnyOrder("written", "coach-capacity");
            assertThat(count("MATCH (:Person {id: 'a'})-[r:COACHES]->() WHERE r.endedAt IS NULL RETURN count(r)"))
                    .isEqualTo(1);
            long fPairs = count("MATCH (:Person {id: 'f'})-[r:COACHES]->() RETURN count(r)");
            assertThat(fPairs).isEqualTo(results.get(1).equals("written") ? 1 : 0);
        }
    }
}
