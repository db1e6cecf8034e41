package org.skillgraph.engine.credential.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerKeysTest {

    @TempDir
    Path dir;

    private final Clock first = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final Clock later = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldGenerateOneOwnerOnlyKeyOnFirstStartAndReadItBackAfter() throws Exception {
        var keys = IssuerKeys.loadOrCreate(dir.resolve("issuer-keys"), first);
        var again = IssuerKeys.loadOrCreate(dir.resolve("issuer-keys"), later);

        try (var files = Files.list(dir.resolve("issuer-keys"))) {
            var list = files.toList();
            assertThat(list).hasSize(1);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(list.get(0))))
                    .isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("issuer-keys"))))
                .isEqualTo("rwx------");
        assertThat(again.signing().getKeyID()).isEqualTo(keys.signing().getKeyID());
        assertThat(keys.signing().getKeyID())
                .isEqualTo(keys.signing().computeThumbprint().toString());
    }

    @Test
    void shouldSignWithTheNewestKeyAndPublishEveryPublicKeyAfterRotation() throws Exception {
        var old = IssuerKeys.loadOrCreate(dir, first);
        IssuerKeys.rotate(dir, later);
        var rotated = IssuerKeys.loadOrCreate(dir, later);

        var jwks = JWKSet.parse(rotated.publicJwks());
        assertThat(rotated.signing().getKeyID()).isNotEqualTo(old.signing().getKeyID());
        assertThat(jwks.getKeys()).hasSize(2);
        assertThat(jwks.getKeys()).noneMatch(k -> k.isPrivate());
        assertThat(jwks.getKeyByKeyId(old.signing().getKeyID())).isNotNull();
        assertThat(rotated.publicKey(old.signing().getKeyID())).isPresent();
    }
}
