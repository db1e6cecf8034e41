package org.skillgraph.api.http.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Failed authentications per client address (Bucket4j): {@code burst} failures at once, then {@code perMinute}
 * a minute. Each failure takes one from the address's bucket; once it is empty the address is refused with
 * 429 before any token lookup, except for a token this node checked already. At most 100,000 addresses are
 * kept, each forgotten ten minutes after its last failure. {@code perMinute == 0} turns it off.
 */
final class FailedAuthentications {

    private final int perMinute;
    private final int burst;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    FailedAuthentications(int perMinute, int burst) {
        this.perMinute = perMinute;
        this.burst = Math.max(1, burst);
    }

    /** Whether {@code address} has no failure left; then its requests must not reach a token lookup. */
    boolean exhausted(String address) {
        if (perMinute <= 0) {
            return false;
        }
        var bucket = buckets.getIfPresent(address);
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    /** Counts one failure of {@code address}. */
    void record(String address) {
        if (perMinute > 0) {
            bucket(address).tryConsume(1);
        }
    }

    /** The 429 for an exhausted address, with the seconds until it may fail once more. */
    AccessDeniedException refusal(String address) {
        long nanos = bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
        return AccessDeniedException.tooManyFailures(seconds);
    }

    private Bucket bucket(String address) {
        return buckets.get(
                address,
                a -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(burst)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
    }
}
