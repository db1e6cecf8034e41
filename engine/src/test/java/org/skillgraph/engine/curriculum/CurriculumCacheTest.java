package org.skillgraph.engine.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.error.GraphUnavailableException;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

class CurriculumCacheTest {

    /** A loader that answers the given versions in turn, as members of a cluster at different points might. */
    private static final class Reads {
        private final ArrayDeque<Long> versions;
        int calls;

        Reads(List<Long> versions) {
            this.versions = new ArrayDeque<>(versions);
        }

        CurriculumSnapshot next() {
            calls++;
            return CurriculumSnapshot.builder(versions.size() > 1 ? versions.poll() : versions.peek())
                    .build();
        }
    }

    @Test
    void shouldBuildOnceAndServeANewerSnapshotForAnOlderVersion() {
        var reads = new Reads(List.of(3L));
        var cache = new CurriculumCache(reads::next);

        assertThat(cache.at(3).version()).isEqualTo(3);
        assertThat(cache.at(2).version()).isEqualTo(3);
        assertThat(cache.at(3).version()).isEqualTo(3);
        assertThat(reads.calls).isOne();
    }

    @Test
    void shouldReadAgainWhenTheReadIsBehindTheVersionTheRequestSaw() {
        var reads = new Reads(List.of(4L, 4L, 5L));
        var cache = new CurriculumCache(reads::next);

        assertThat(cache.at(5).version()).isEqualTo(5);
        assertThat(reads.calls).isEqualTo(3);
    }

    @Test
    void shouldGiveUpWithGraphUnavailableRatherThanServeAStaleSnapshot() {
        var reads = new Reads(List.of(4L));
        var cache = new CurriculumCache(reads::next);

        assertThatExceptionOfType(GraphUnavailableException.class)
                .isThrownBy(() -> cache.at(5))
                .withMessageContaining("behind version 5");
        assertThat(reads.calls).isEqualTo(org.skillgraph.engine.neo4j.CatchUp.ATTEMPTS);
        assertThat(cache.at(4).version()).as("nothing stale was kept under 5").isEqualTo(4);
    }

    @Test
    void shouldBuildAPreparedVersionOnceInTheBackgroundAndServeItToTheRequestThatAsks() throws Exception {
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        var cache = new CurriculumCache(() -> {
            calls.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CurriculumSnapshot.builder(7).build();
        });
        try (cache) {
            cache.prepare(7);
            assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the build started without a request")
                    .isTrue();
            var asked = java.util.concurrent.CompletableFuture.supplyAsync(() -> cache.at(7));
            release.countDown();

            assertThat(asked.get(10, java.util.concurrent.TimeUnit.SECONDS).version())
                    .isEqualTo(7);
            cache.prepare(7);
            cache.prepare(6);
            assertThat(cache.at(7).version()).isEqualTo(7);
            assertThat(calls.get())
                    .as("one build, shared by the request that waited")
                    .isOne();
        }
    }

    @Test
    void shouldNotLetABuildStartedBeforeAnInvalidationServeAfterIt() throws Exception {
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        var cache = new CurriculumCache(() -> {
            if (calls.incrementAndGet() == 1) {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return CurriculumSnapshot.builder(4).build(); // read before the store went back
            }
            return CurriculumSnapshot.builder(3).build();
        });
        try (cache) {
            cache.prepare(4);
            assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            cache.invalidate(); // the store was restored to version 3 meanwhile
            release.countDown();
            Thread.sleep(200); // let the old build finish and try to publish itself

            assertThat(cache.at(3).version())
                    .as("the old build's version 4 is not served")
                    .isEqualTo(3);
            assertThat(calls.get()).isEqualTo(2);
        }
    }

    @Test
    void shouldBuildNothingAheadForAnEmptyStoreSoTheFirstRequestReadsWhatWasImportedSince() throws Exception {
        var store = new java.util.concurrent.atomic.AtomicLong(0); // wiped: nothing imported yet
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        var cache = new CurriculumCache(() -> {
            calls.incrementAndGet();
            return CurriculumSnapshot.builder(store.get()).build();
        });
        try (cache) {
            cache.prepare(0);
            Thread.sleep(200); // time for a build ahead, were one started
            assertThat(calls.get()).as("no snapshot of the empty store").isZero();

            store.set(1); // another node imports; this node's feed still says version 0
            assertThat(cache.at(0).version()).isEqualTo(1);
        }
    }

    @Test
    void shouldDropABuildStillQueuedWhenAnInvalidationComes() throws Exception {
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var store = new java.util.concurrent.atomic.AtomicLong(5);
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        var cache = new CurriculumCache(() -> {
            if (calls.incrementAndGet() == 1) {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return CurriculumSnapshot.builder(4).build();
            }
            return CurriculumSnapshot.builder(store.get()).build();
        });
        try (cache) {
            cache.prepare(4);
            assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            cache.prepare(5); // queued behind the build of 4
            cache.invalidate(); // the store goes back to version 2 before the queued build runs
            store.set(2);
            release.countDown();
            Thread.sleep(200); // let both old builds run, or be dropped

            assertThat(cache.at(2).version()).as("neither old build is served").isEqualTo(2);
            assertThat(calls.get())
                    .as("the queued build of 5 never read the store")
                    .isEqualTo(2);
        }
    }
}
