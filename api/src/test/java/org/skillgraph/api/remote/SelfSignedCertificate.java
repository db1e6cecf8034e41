package org.skillgraph.api.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed TLS certificate for {@code localhost} and {@code 127.0.0.1}, made at test time: the
 * certificate as PEM (what a client trusts) and its private key as unencrypted PKCS#8 PEM (what Neo4j reads).
 */
public record SelfSignedCertificate(Path certificate, Path privateKey) {

    static final String CERTIFICATE_FILE = "public.crt";
    static final String PRIVATE_KEY_FILE = "private.key";

    /** Writes {@value #CERTIFICATE_FILE} and {@value #PRIVATE_KEY_FILE} into {@code directory}. */
    public static SelfSignedCertificate createIn(Path directory) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var keys = generator.generateKeyPair();
            var subject = new X500Name("CN=localhost");
            var now = Instant.now();
            var holder = new JcaX509v3CertificateBuilder(
                            subject,
                            BigInteger.valueOf(now.toEpochMilli()),
                            Date.from(now.minus(Duration.ofDays(1))),
                            Date.from(now.plus(Duration.ofDays(2))),
                            subject,
                            keys.getPublic())
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1")
                    }))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
            Files.createDirectories(directory);
            var certificate = directory.resolve(CERTIFICATE_FILE);
            var privateKey = directory.resolve(PRIVATE_KEY_FILE);
            Files.writeString(certificate, pem("CERTIFICATE", holder.getEncoded()));
            // Java encodes an RSA private key as PKCS#8 already.
            Files.writeString(privateKey, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
            return new SelfSignedCertificate(certificate, privateKey);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make a test certificate", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
