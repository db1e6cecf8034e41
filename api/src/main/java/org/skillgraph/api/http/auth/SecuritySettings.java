package org.skillgraph.api.http.auth;

/**
 * Request limits: per API token, and of failed authentications per client address.
 *
 * @param requestsPerSecond average requests a second one token may make; 0 for no limit
 * @param burst how many requests one token may make at once before the average applies
 * @param failedAuthPerMinute failed authentications a minute one client address may make on average once its
 *     burst is spent; 0 for no limit
 * @param failedAuthBurst failed authentications one client address may make at once
 */
public record SecuritySettings(int requestsPerSecond, int burst, int failedAuthPerMinute, int failedAuthBurst) {

    public static final int DEFAULT_REQUESTS_PER_SECOND = 50;
    public static final int DEFAULT_BURST = 100;
    public static final int DEFAULT_FAILED_AUTH_PER_MINUTE = 30;
    public static final int DEFAULT_FAILED_AUTH_BURST = 20;

    public static SecuritySettings defaults() {
        return new SecuritySettings(DEFAULT_REQUESTS_PER_SECOND, DEFAULT_BURST);
    }

    /** These per-token limits with the default limit of failed authentications. */
    public SecuritySettings(int requestsPerSecond, int burst) {
        this(requestsPerSecond, burst, DEFAULT_FAILED_AUTH_PER_MINUTE, DEFAULT_FAILED_AUTH_BURST);
    }

    public SecuritySettings {
        if (requestsPerSecond < 0 || burst < 0 || failedAuthPerMinute < 0 || failedAuthBurst < 0) {
            throw new IllegalArgumentException("rate limits cannot be negative");
        }
    }
}
