package org.skillgraph.engine.neo4j.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A generated password kept in one file that only its owner may read or write (POSIX 600). A new file is
 * written under a temporary name created with those permissions (so it is never readable by others, not even
 * for a moment), the password is installed, and only then the file is moved into place atomically: a crash in
 * between leaves no file naming a password that was never set, and the next start simply makes a new one.
 */
public final class PasswordFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordFile() {}

    /**
     * The password stored in {@code file}; when there is none, a new random one, handed to {@code install}
     * (which must make it the password in force) before it is stored.
     */
    public static String readOrCreate(Path file, Consumer<String> install) {
        try {
            if (Files.exists(file)) {
                restrict(file);
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            var password = newPassword();
            var pending = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(pending);
            if (posix()) {
                Files.createFile(pending, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(pending);
            }
            Files.writeString(pending, password, StandardCharsets.UTF_8, StandardOpenOption.SYNC);
            install.accept(password);
            Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the password in " + file, e);
        }
    }

    /** An existing file made readable by its owner only, should it have been copied with wider rights. */
    private static void restrict(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String newPassword() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
