package org.skillgraph.engine.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.skillgraph.engine.credential.keys.IssuerKeys;

/**
 * Verifies one compact JWS against the issuer's own keys and status lists. Every failure is an answer
 * ({@code valid: false} with the reason), never an exception: a verifier is sent hostile input by design.
 */
final class CredentialVerifier {

    private final IssuerKeys keys;
    private final LongFunction<Optional<Boolean>> revoked;
    private final Clock clock;
    private final List<Verification.Check> checks = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    CredentialVerifier(IssuerKeys keys, LongFunction<Optional<Boolean>> revoked, Clock clock) {
        this.keys = keys;
        this.revoked = revoked;
        this.clock = clock;
    }

    Verification verify(String compact) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(compact.strip());
        } catch (ParseException | RuntimeException e) {
            fail("format", "not a compact JWS: " + e.getMessage());
            return result();
        }
        pass("format", "compact JWS");
        if (!signature(jwt)) {
            return result();
        }
        Map<String, Object> vc;
        try {
            vc = jwt.getJWTClaimsSet().getJSONObjectClaim("vc");
            if (vc == null) {
                fail("claims", "no vc claim");
                return result();
            }
            claims(jwt, vc);
            period(vc);
            status(vc);
        } catch (ParseException | RuntimeException e) {
            fail("claims", "the payload is not a credential: " + e.getMessage());
        }
        return result();
    }

    private boolean signature(SignedJWT jwt) {
        var header = jwt.getHeader();
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
            fail("signature", "algorithm " + header.getAlgorithm() + " is not the issuer's ES256");
            return false;
        }
        var key = Optional.ofNullable(header.getKeyID()).flatMap(keys::publicKey);
        if (key.isEmpty()) {
            fail("signature", "key id " + header.getKeyID() + " is not one of the issuer's keys");
            return false;
        }
        try {
            if (!jwt.verify(new ECDSAVerifier(key.get()))) {
                fail("signature", "the signature does not match the header and payload (altered or not ours)");
                return false;
            }
        } catch (JOSEException e) {
            fail("signature", "cannot check the signature: " + e.getMessage());
            return false;
        }
        pass("signature", "ES256 with key " + header.getKeyID());
        return true;
    }

    private void claims(SignedJWT jwt, Map<String, Object> vc) throws ParseException {
        var claims = jwt.getJWTClaimsSet();
        var mismatches = new ArrayList<String>();
        var issuer = vc.get("issuer") instanceof Map<?, ?> m ? m.get("id") : vc.get("issuer");
        if (!Objects.equals(claims.getIssuer(), issuer)) {
            mismatches.add("iss does not match issuer.id");
        }
        if (!Objects.equals(claims.getJWTID(), vc.get("id"))) {
            mismatches.add("jti does not match id");
        }
        var subject = vc.get("credentialSubject") instanceof Map<?, ?> m ? m.get("id") : null;
        if (subject != null && !Objects.equals(claims.getSubject(), subject)) {
            mismatches.add("sub does not match credentialSubject.id");
        }
        var validFrom = instant(vc.get("validFrom"));
        if (validFrom == null || !validFrom.equals(CredentialService.instant(claims.getNotBeforeTime()))) {
            mismatches.add("nbf does not match validFrom");
        }
        var types = vc.get("type") instanceof List<?> l ? l : List.of();
        if (!types.contains("VerifiableCredential")) {
            mismatches.add("type lacks VerifiableCredential");
        }
        if (mismatches.isEmpty()) {
            pass("claims", "iss, jti, sub and nbf match the credential");
        } else {
            fail("claims", String.join("; ", mismatches));
        }
    }

    private void period(Map<String, Object> vc) {
        var now = clock.instant();
        var from = instant(vc.get("validFrom"));
        var until = instant(vc.get("validUntil"));
        if (from != null && from.isAfter(now)) {
            fail("expiry", "not valid before " + from);
        } else if (until != null && !until.isAfter(now)) {
            fail("expiry", "expired at " + until);
        } else {
            pass("expiry", until == null ? "no expiry" : "valid until " + until);
        }
    }

    private void status(Map<String, Object> vc) {
        if (!(vc.get("credentialStatus") instanceof Map<?, ?> status)) {
            checks.add(new Verification.Check("status", "skipped", "no credentialStatus"));
            return;
        }
        var list = String.valueOf(status.get("statusListCredential"));
        long index;
        try {
            var number = Integer.parseInt(list.substring(list.lastIndexOf('/') + 1));
            index = (long) (number - 1) * StatusLists.SIZE
                    + Long.parseLong(String.valueOf(status.get("statusListIndex")));
        } catch (NumberFormatException e) {
            fail("status", "the status entry names no list or index of this issuer");
            return;
        }
        var state = revoked.apply(index);
        if (state.isEmpty()) {
            fail("status", "no credential of this issuer has status index " + index);
        } else if (state.get()) {
            fail("status", "revoked");
        } else {
            pass("status", "not revoked");
        }
    }

    private static Instant instant(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void pass(String name, String detail) {
        checks.add(new Verification.Check(name, "passed", detail));
    }

    private void fail(String name, String detail) {
        checks.add(new Verification.Check(name, "failed", detail));
        problems.add(name + ": " + detail);
    }

    private Verification result() {
        return new Verification(problems.isEmpty(), checks, problems);
    }
}
