package org.skillgraph.api.http.auth;

/**
 * A request refused before its handler ran: 401 (no valid token), 403 (a valid token without the right)
 * or 429 (too many requests for this token, or too many failed authentications from this address). The message never says whether an id in the path exists.
 */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    private AccessDeniedException(int status, String code, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static AccessDeniedException unauthenticated(String message) {
        return new AccessDeniedException(401, "unauthenticated", message, 0);
    }

    public static AccessDeniedException forbidden(String message) {
        return new AccessDeniedException(403, "forbidden", message, 0);
    }

    static AccessDeniedException rateLimited(long retryAfterSeconds) {
        return new AccessDeniedException(
                429, "rate-limited", "Too many requests for this token; retry later", retryAfterSeconds);
    }

    static AccessDeniedException tooManyFailures(long retryAfterSeconds) {
        return new AccessDeniedException(
                429,
                "too-many-failed-authentications",
                "Too many failed authentications from this address; retry later",
                retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Seconds to wait before retrying, for 429; 0 otherwise. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
