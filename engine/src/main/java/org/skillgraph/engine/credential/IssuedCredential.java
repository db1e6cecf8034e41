package org.skillgraph.engine.credential;

import java.time.Instant;
import java.util.Optional;

/**
 * The graph's record of one credential: its id ({@code urn:uuid:…}), its opaque subject id, the salt of the
 * hashed identifier, its index in the status list, and when it was revoked, if it was.
 */
public record IssuedCredential(String id, String subject, String salt, long statusIndex, Instant revokedAt) {

    public Optional<Instant> revoked() {
        return Optional.ofNullable(revokedAt);
    }
}
