package org.skillgraph.api.http.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per API token (Bucket4j): {@code perSecond} requests a second on average with bursts up to
 * {@code burst}. Buckets of tokens idle for ten minutes are forgotten. {@code perSecond == 0} turns it off.
 */
final class RateLimiter {

    private final int perSecond;
    private final int burst;
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

    RateLimiter(int perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = Math.max(burst, perSecond);
    }

    /** Takes one request from the caller's bucket or refuses with 429 and the seconds to wait. */
    void acquire(Caller caller) {
        if (perSecond <= 0) {
            return;
        }
        var bucket = buckets.get(
                caller.tokenId(),
                id -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(burst)
                                .refillGreedy(perSecond, Duration.ofSeconds(1))
                                .build())
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            throw AccessDeniedException.rateLimited(seconds);
        }
    }
}
