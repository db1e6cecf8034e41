package org.skillgraph.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void shouldMakeWellFormedSecretsThatNeverRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1_000; i++) {
            var secret = TokenSecrets.newSecret();
            assertThat(TokenSecrets.wellFormed(secret)).as(secret).isTrue();
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    void shouldHashTheSameSecretTheSameWayAndDifferentSecretsDifferently() {
        var secret = TokenSecrets.newSecret();

        assertThat(TokenSecrets.hash(secret))
                .isEqualTo(TokenSecrets.hash(secret))
                .hasSize(64)
                .doesNotContain(secret.substring(4))
                .isNotEqualTo(TokenSecrets.hash(TokenSecrets.newSecret()));
    }

    @Test
    void shouldRejectAnythingThatIsNotShapedLikeASecret() {
        assertThat(TokenSecrets.wellFormed(null)).isFalse();
        assertThat(TokenSecrets.wellFormed("sgt_short")).isFalse();
        assertThat(TokenSecrets.wellFormed("xyz_" + "A".repeat(43))).isFalse();
        assertThat(TokenSecrets.wellFormed("sgt_" + "A".repeat(42) + "'")).isFalse();
        assertThat(TokenSecrets.wellFormed("sgt_" + "A".repeat(43))).isTrue();
    }

    @Test
    void shouldNeverPrintAnIssuedSecret() {
        var token = new ApiToken("tok-1", AccessRole.ADMIN, null, null, java.time.Instant.EPOCH, null);

        assertThat(new IssuedToken(token, "sgt_secret").toString()).doesNotContain("sgt_secret");
    }
}
