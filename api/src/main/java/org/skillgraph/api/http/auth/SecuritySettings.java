package org.skillgraph.api.http.auth;

/**
 * Request limits applied per API token.
 *
 * @param requestsPerSecond average requests a second one token may make; 0 for no limit
 * @param burst how many requests one token may make at once before the average applies
 */
public record SecuritySettings(int requestsPerSecond, int burst) {

    public static final int DEFAULT_REQUESTS_PER_SECOND = 50;
    public static final int DEFAULT_BURST = 100;

    public static SecuritySettings defaults() {
        return new SecuritySettings(DEFAULT_REQUESTS_PER_SECOND, DEFAULT_BURST);
    }

    public SecuritySettings {
        if (requestsPerSecond < 0 || burst < 0) {
            throw new IllegalArgumentException("rate limits cannot be negative");
        }
    }
}
