package org.skillgraph.engine.credential.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issuer's keys in one directory, one {@code issuer-key-<UTC time>.jwk} file each (a private EC P-256 JWK,
 * mode 600, the directory 700). The newest file signs; older ones stay so credentials they signed still
 * verify. The key id is the key's JWK thumbprint (RFC 7638). Rotation is a new file ({@link #rotate}); removing
 * an old file withdraws its public key from the JWKS, which makes what it signed unverifiable.
 */
public final class IssuerKeys {

    static final String PREFIX = "issuer-key-";
    static final String SUFFIX = ".jwk";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");

    private final List<ECKey> keys;

    private IssuerKeys(List<ECKey> newestFirst) {
        if (newestFirst.isEmpty()) {
            throw new IllegalStateException("An issuer needs at least one key");
        }
        this.keys = List.copyOf(newestFirst);
    }

    /** Reads every key of {@code dir}, generating the first one when there is none. */
    public static IssuerKeys loadOrCreate(Path dir, Clock clock) {
        var keys = read(dir);
        if (keys.isEmpty()) {
            rotate(dir, clock);
            keys = read(dir);
        }
        return new IssuerKeys(keys);
    }

    /** Adds a new signing key to {@code dir}; the keys already there stay for verification. Returns its file. */
    public static Path rotate(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
            ECKey key = new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
            var file = dir.resolve(PREFIX + STAMP.format(clock.instant().atOffset(ZoneOffset.UTC)) + SUFFIX);
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString());
            }
            var temp = Files.createTempFile(dir, PREFIX, ".tmp");
            ownerOnly(temp, "rw-------");
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an issuer key into " + dir, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an EC P-256 key", e);
        }
    }

    /** Keys held in memory only (tests). */
    public static IssuerKeys of(List<ECKey> newestFirst) {
        return new IssuerKeys(newestFirst);
    }

    /** The key that signs new credentials. */
    public ECKey signing() {
        return keys.get(0);
    }

    /** The public key of {@code kid}, if it is one of the issuer's. */
    public Optional<ECKey> publicKey(String kid) {
        return keys.stream()
                .filter(k -> k.getKeyID().equals(kid))
                .map(ECKey::toPublicJWK)
                .findFirst();
    }

    /** The public keys as a JWK Set document (no private part). */
    public Map<String, Object> publicJwks() {
        return new JWKSet(new ArrayList<JWK>(keys)).toJSONObject(true);
    }

    private static List<ECKey> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            var sorted = files.filter(f -> {
                        var name = f.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
                    })
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .toList();
            var keys = new ArrayList<ECKey>();
            for (var file : sorted) {
                keys.add(parse(file));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the issuer keys in " + dir, e);
        }
    }

    private static ECKey parse(Path file) throws IOException {
        try {
            var key = ECKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate() || key.getKeyID() == null) {
                throw new IllegalStateException(file + " is not a private EC key with a key id");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not a JWK: " + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
