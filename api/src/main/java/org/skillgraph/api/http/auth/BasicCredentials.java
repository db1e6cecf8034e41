package org.skillgraph.api.http.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.access.ApiToken;

/**
 * HTTP Basic credentials as xAPI clients send them: the key is the token's id, the secret the token itself. Only
 * a connector token is accepted this way, and only with its own id as the key.
 */
record BasicCredentials(String key, String secret) {

    private static final String BASIC = "Basic ";

    static Optional<BasicCredentials> parse(String header) {
        if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of(new BasicCredentials("", ""));
        }
        int colon = decoded.indexOf(':');
        return Optional.of(
                colon < 0
                        ? new BasicCredentials("", "")
                        : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    boolean matches(ApiToken token) {
        return token.role() == AccessRole.CONNECTOR && token.id().equals(key);
    }
}
