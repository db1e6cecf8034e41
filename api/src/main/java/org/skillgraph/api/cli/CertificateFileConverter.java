package org.skillgraph.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the path of a PEM file holding at least one X.509 certificate, checked when the command starts: a
 * missing file or one that holds no certificate is a usage error, not a TLS failure on the first request.
 */
final class CertificateFileConverter implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        var path = Path.of(value);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new TypeConversionException("'" + value + "' is not a readable file");
        }
        try (var in = Files.newInputStream(path)) {
            if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
                throw new TypeConversionException("'" + value + "' holds no certificate");
            }
        } catch (CertificateException e) {
            throw new TypeConversionException("'" + value + "' is not a PEM or DER X.509 certificate");
        } catch (IOException e) {
            throw new TypeConversionException("'" + value + "' cannot be read: " + e.getMessage());
        }
        return path.toAbsolutePath();
    }
}
