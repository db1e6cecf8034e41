package org.skillgraph.engine.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillgraph.engine.credential.keys.IssuerKeys;
import org.skillgraph.engine.error.NotFoundException;

/**
 * Open Badges 3.0 out: a person's earned badge as a signed OpenBadgeCredential, revocation, the status lists
 * and verification. Signing follows the Open Badges 3.0 VC-JWT proof format: JOSE header {@code alg} ES256,
 * {@code kid} the key's JWK thumbprint, {@code typ} JWT; claims {@code iss} (issuer id), {@code jti} (credential
 * id), {@code nbf} ({@code validFrom}), {@code sub} (subject id) and {@code vc} (the credential).
 */
public final class CredentialService {

    private final CredentialRepository repository;
    private final IssuerKeys keys;
    private final OpenBadgeCredentials builder;
    private final Clock clock;

    public CredentialService(CredentialRepository repository, IssuerKeys keys, String issuerName, Clock clock) {
        this.repository = repository;
        this.keys = keys;
        this.builder = new OpenBadgeCredentials(issuerName);
        this.clock = clock;
    }

    /**
     * The credential of the badge {@code badgeId} that {@code personId} earned, issued on first request.
     *
     * @throws NotFoundException when the person did not earn that badge (or either is unknown)
     */
    public SignedCredential credential(String personId, String badgeId, CredentialUrls urls) {
        var award = repository.award(personId, badgeId).orElseThrow(() -> notEarned(personId, badgeId));
        var issued = repository.issue(personId, badgeId).orElseThrow(() -> notEarned(personId, badgeId));
        var vc = builder.credential(award, issued, urls);
        var subject = (Map<?, ?>) vc.get("credentialSubject");
        var claims = new JWTClaimsSet.Builder()
                .issuer(urls.issuer())
                .jwtID(issued.id())
                .subject((String) subject.get("id"))
                .notBeforeTime(Date.from(
                        award.earnedAt().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .claim("vc", vc)
                .build();
        return new SignedCredential(vc, sign(claims));
    }

    /**
     * Revokes the credential of a person's badge: its bit in the status list is set from now on.
     *
     * @throws NotFoundException when no credential was issued for that person and badge
     */
    public IssuedCredential revoke(String personId, String badgeId, String reason) {
        return repository
                .revoke(personId, badgeId, reason)
                .orElseThrow(() -> new NotFoundException("credential", personId + "/" + badgeId));
    }

    /** The status list credential of list {@code list} (1-based), as it stands now. */
    public SignedCredential statusList(int list, CredentialUrls urls) {
        if (list < 1) {
            throw new NotFoundException("status list", Integer.toString(list));
        }
        long from = (long) (list - 1) * StatusLists.SIZE;
        var bits = repository.revokedIndexes(from, from + StatusLists.SIZE).stream()
                .map(i -> (int) (i - from))
                .toList();
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var vc = StatusLists.credential(
                list, bits, builder.issuer(urls), DateTimeFormatter.ISO_INSTANT.format(now), urls);
        var claims = new JWTClaimsSet.Builder()
                .issuer(urls.issuer())
                .jwtID(urls.statusList(list))
                .notBeforeTime(Date.from(now))
                .issueTime(Date.from(now))
                .claim("vc", vc)
                .build();
        return new SignedCredential(vc, sign(claims));
    }

    /**
     * The Open Badges Achievement of badge {@code badgeId}: what its credentials' {@code achievement.id} URL
     * serves, so a verifier can look the badge up.
     *
     * @throws NotFoundException when the badge is unknown
     */
    public Map<String, Object> achievement(String badgeId, CredentialUrls urls) {
        var badge = repository.badge(badgeId).orElseThrow(() -> new NotFoundException("badge", badgeId));
        var achievement = new LinkedHashMap<String, Object>();
        achievement.put("@context", List.of(OpenBadgeCredentials.VC_CONTEXT, OpenBadgeCredentials.OB_CONTEXT));
        achievement.putAll(OpenBadgeCredentials.achievement(badge, urls));
        achievement.put("creator", builder.issuer(urls));
        return achievement;
    }

    /** The issuer Profile. */
    public Map<String, Object> issuer(CredentialUrls urls) {
        return builder.issuer(urls);
    }

    /** The issuer's public keys, as a JWK Set. */
    public Map<String, Object> jwks() {
        return keys.publicJwks();
    }

    /** Checks a compact JWS credential: signature, claims, validity period and revocation status. */
    public Verification verify(String jwt) {
        return new CredentialVerifier(keys, this::statusOf, clock).verify(jwt);
    }

    private Optional<Boolean> statusOf(long index) {
        return repository.revoked(index);
    }

    private String sign(JWTClaimsSet claims) {
        var key = keys.signing();
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with the issuer key " + key.getKeyID(), e);
        }
        return jwt.serialize();
    }

    private static NotFoundException notEarned(String personId, String badgeId) {
        return new NotFoundException("earned badge", personId + "/" + badgeId);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
