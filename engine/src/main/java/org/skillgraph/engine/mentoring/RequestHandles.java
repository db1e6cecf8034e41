package org.skillgraph.engine.mentoring;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Opaque handles that let a learner request a coach from their own ranking without learning the coach's id. A handle
 * is an encrypted JWT (JWE, {@code dir} + {@code A256GCM}): the learner, the coach and the skills of the suggestion and
 * an expiry, sealed with a key only the server holds. Authenticated encryption makes it both unreadable (nothing of
 * the coach shows) and unforgeable (a changed byte fails the tag). The key is made once and kept in the graph, so
 * every API node of one store accepts the handles of the others and nothing has to be stored per handle.
 */
public final class RequestHandles {

    /** How long a handle from a ranking may be used. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    static final String POINTER = "/handle";
    private static final String PURPOSE = "coaching-request";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GraphClient graph;
    private final Clock clock;
    private volatile SecretKey key;

    public RequestHandles(GraphClient graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** What a valid handle names. */
    public record Suggestion(String learnerId, String coachId, List<String> skills) {
        public Suggestion {
            skills = List.copyOf(skills);
        }
    }

    /** A handle for {@code learnerId} to request {@code coachId} in {@code skills}, valid for {@link #LIFETIME}. */
    public String issue(String learnerId, String coachId, List<String> skills) {
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .subject(learnerId)
                .audience(PURPOSE)
                .claim("coach", coachId)
                .claim("skills", List.copyOf(skills))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .build();
        var jwt = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims);
        try {
            jwt.encrypt(new DirectEncrypter(key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("A256GCM is available on every Java 17 platform", e);
        }
        return jwt.serialize();
    }

    /**
     * The suggestion a handle names, for the learner who presents it.
     *
     * @throws InvalidRequestException {@code invalid-request-handle} (not a handle this server made, or altered) or
     *     {@code request-handle-expired}, pointing at {@code /handle}
     * @throws NotFoundException the handle was made for another learner: to them it does not exist
     */
    public Suggestion redeem(String learnerId, String handle) {
        JWTClaimsSet claims;
        try {
            var jwt = EncryptedJWT.parse(handle);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                throw invalid();
            }
            jwt.decrypt(new DirectDecrypter(key()));
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw invalid();
        }
        try {
            var coach = claims.getStringClaim("coach");
            var skills = claims.getStringListClaim("skills");
            var expires = claims.getExpirationTime();
            if (claims.getSubject() == null
                    || coach == null
                    || skills == null
                    || expires == null
                    || !claims.getAudience().contains(PURPOSE)) {
                throw invalid();
            }
            if (!claims.getSubject().equals(learnerId)) {
                throw new NotFoundException("coach suggestion", "(handle)", "request-handle-not-found");
            }
            if (!expires.toInstant().isAfter(clock.instant())) {
                throw new InvalidRequestException(
                        "request-handle-expired",
                        "The handle expired at " + expires.toInstant() + "; read the coach suggestions again",
                        List.of(new org.skillgraph.engine.error.FieldError(
                                POINTER, "expired at " + expires.toInstant() + "; read the coach suggestions again")));
            }
            return new Suggestion(learnerId, coach, skills);
        } catch (ParseException e) {
            throw invalid();
        }
    }

    /**
     * Reads (or makes) the key now, at start, so that a learner's ranking never writes; without it (or when another
     * node makes it at the same moment) the first handle issued makes or reads the key.
     */
    public void prepare() {
        try {
            key();
        } catch (RuntimeException e) {
            // Another node made it at the same moment (unique constraint): the first handle issued reads it then.
            org.slf4j.LoggerFactory.getLogger(RequestHandles.class)
                    .info("The coaching-request key is made on first use instead: {}", e.getMessage());
        }
    }

    private SecretKey key() {
        var current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    var fresh = new byte[32];
                    RANDOM.nextBytes(fresh);
                    String stored = graph.write(tx -> tx.run(
                                    CypherResources.statement("mentoring/handle-key"),
                                    Map.of("key", Base64.getEncoder().encodeToString(fresh)))
                            .single()
                            .get("key")
                            .asString());
                    key = new SecretKeySpec(Base64.getDecoder().decode(stored), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private static InvalidRequestException invalid() {
        var message = "not a request handle of this server's coach suggestions (it may have been altered)";
        return new InvalidRequestException(
                "invalid-request-handle",
                "The handle is not valid",
                List.of(new org.skillgraph.engine.error.FieldError(POINTER, message)));
    }
}
