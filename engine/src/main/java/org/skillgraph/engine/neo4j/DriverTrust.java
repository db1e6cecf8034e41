package org.skillgraph.engine.neo4j;

import java.net.URI;
import java.util.Locale;
import org.neo4j.driver.Config;

/**
 * Which certificates the driver trusts. A {@code bolt+s://} or {@code neo4j+s://} URI alone trusts the
 * system's certificate authorities. The driver refuses trust settings next to a {@code +s} scheme, so a
 * custom certificate is given as the plain scheme with encryption required and the certificate as the only
 * trust anchor, hostname verification included: the same checks against another authority.
 */
final class DriverTrust {

    private static final String SECURE_SUFFIX = "+s";

    private DriverTrust() {}

    static boolean isSecureScheme(URI uri) {
        var scheme = uri.getScheme();
        return scheme != null && scheme.toLowerCase(Locale.ROOT).endsWith(SECURE_SUFFIX);
    }

    /** The URI to hand the driver. */
    static URI driverUri(Neo4jSettings settings) {
        if (settings.trustedCertificate() == null) {
            return settings.uri();
        }
        var text = settings.uri().toString();
        int schemeEnd = settings.uri().getScheme().length();
        return URI.create(text.substring(0, schemeEnd - SECURE_SUFFIX.length()) + text.substring(schemeEnd));
    }

    /** Adds encryption and the trusted certificate to {@code config} when the settings name one. */
    static Config.ConfigBuilder apply(Config.ConfigBuilder config, Neo4jSettings settings) {
        if (settings.trustedCertificate() == null) {
            return config;
        }
        return config.withEncryption()
                .withTrustStrategy(Config.TrustStrategy.trustCustomCertificateSignedBy(
                                settings.trustedCertificate().toFile())
                        .withHostnameVerification());
    }
}
