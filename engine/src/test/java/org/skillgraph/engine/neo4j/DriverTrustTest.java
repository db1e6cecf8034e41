package org.skillgraph.engine.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;

class DriverTrustTest {

    private static final Path PEM = Path.of("/etc/skillgraph/ca.pem");

    private static Neo4jSettings settings(String uri) {
        return new Neo4jSettings(URI.create(uri), "neo4j", "secret", null, null);
    }

    @Test
    void shouldHandTheDriverThePlainSchemeWhenACertificateIsTrusted() {
        assertThat(DriverTrust.driverUri(settings("bolt+s://db.example:7687").trusting(PEM)))
                .hasToString("bolt://db.example:7687");
        assertThat(DriverTrust.driverUri(
                        settings("neo4j+s://db.example:7687?policy=eu").trusting(PEM)))
                .hasToString("neo4j://db.example:7687?policy=eu");
    }

    @Test
    void shouldRequireEncryptionAndTrustOnlyTheGivenCertificateWithHostnameVerification() {
        var config = DriverTrust.apply(
                        Config.builder(), settings("neo4j+s://db.example:7687").trusting(PEM))
                .build();

        assertThat(config.encrypted()).isTrue();
        assertThat(config.trustStrategy().strategy())
                .isEqualTo(Config.TrustStrategy.Strategy.TRUST_CUSTOM_CA_SIGNED_CERTIFICATES);
        assertThat(config.trustStrategy().certFiles()).containsExactly(PEM.toFile());
        assertThat(config.trustStrategy().isHostnameVerificationEnabled()).isTrue();
    }

    @Test
    void shouldLeaveUriAndTrustToTheDriverWithoutACertificate() {
        var plain = settings("neo4j+s://db.example:7687");

        assertThat(DriverTrust.driverUri(plain)).isEqualTo(plain.uri());
        assertThat(DriverTrust.apply(Config.builder(), plain).build().encrypted())
                .isFalse();
    }

    @Test
    void shouldRefuseATrustedCertificateForAUriWithoutTls() {
        assertThatThrownBy(() -> settings("bolt://db.example:7687").trusting(PEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bolt+s:// or neo4j+s://");
    }
}
