package org.skillgraph.seed.casepkg;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.skillgraph.seed.bundle.EntityId;

/**
 * Identifiers between CASE and the graph. An imported CFItem keeps its identifier inside the skill id
 * ({@code case:<identifier>}); everything else gets a name-based UUID (version 5, RFC 9562) from the framework
 * and its own id, so the same entity has the same sourcedId on every server, across restarts and re-imports.
 */
public final class CaseIds {

    /** Prefix of skills and frameworks imported from CASE: {@code case:} + the CASE identifier. */
    public static final String PREFIX = "case:";

    /** The official schema's identifier pattern (an RFC 4122 variant UUID, lower case). */
    static final Pattern OFFICIAL =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

    /** Namespace of skillgraph's name-based CASE identifiers. */
    private static final UUID NAMESPACE = UUID.fromString("6f1c2a52-7d3e-4b8a-9c41-2f5e8d0b7a13");

    private CaseIds() {}

    /** Whether {@code caseIdentifier} makes a valid graph id (the one id rule, {@link EntityId}: no {@code /}). */
    static boolean usable(String caseIdentifier) {
        return EntityId.isValid(graphId(caseIdentifier));
    }

    /** The graph id of an imported CASE entity. */
    static String graphId(String caseIdentifier) {
        return PREFIX + caseIdentifier;
    }

    /**
     * The sourcedId of a graph entity of a framework: the CASE identifier it was imported with when that is an
     * official one, else a name-based UUID of {@code kind}, framework and id.
     */
    public static String sourcedId(String kind, String framework, String id) {
        if (id.startsWith(PREFIX)
                && OFFICIAL.matcher(id.substring(PREFIX.length())).matches()) {
            return id.substring(PREFIX.length());
        }
        return nameBased(kind + "\n" + framework + "\n" + id).toString();
    }

    /** A version-5 UUID of {@code name} in skillgraph's namespace. */
    static UUID nameBased(String name) {
        try {
            var sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16)
                    .putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits())
                    .array());
            var hash = ByteBuffer.wrap(sha1.digest(name.getBytes(StandardCharsets.UTF_8)));
            long msb = (hash.getLong() & ~0xF000L) | 0x5000L;
            long lsb = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    }
}
