package org.skillgraph.engine.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes token secrets and their hashes. A secret carries 256 random bits, so a plain SHA-256 is enough to
 * store it: there is nothing to brute-force, unlike a password, and lookup by hash stays one index seek.
 */
final class TokenSecrets {

    static final String PREFIX = "sgt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String newId() {
        var bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "tok-" + HexFormat.of().formatHex(bytes);
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Cheap shape check so garbage never reaches the graph. */
    static boolean wellFormed(String secret) {
        return secret != null
                && secret.length() == PREFIX.length() + 43
                && secret.startsWith(PREFIX)
                && secret.substring(PREFIX.length()).chars().allMatch(TokenSecrets::base64url);
    }

    private static boolean base64url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
