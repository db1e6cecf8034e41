package org.skillgraph.api.cli.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code server.json} in the data directory: where the server holding the embedded store answers. {@code
 * serve} writes it once it listens and removes it on a clean stop; a file left by a server that died is
 * stale (its process is gone) and ignored.
 *
 * @param host the interface the server bound
 * @param port its HTTP port
 * @param pid its process id
 */
public record ServerFile(String host, int port, long pid) {

    static final String NAME = "server.json";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** This process, serving on {@code host:port}. */
    public static ServerFile ofThisProcess(String host, int port) {
        return new ServerFile(host, port, ProcessHandle.current().pid());
    }

    /** The file in {@code dataDir}, whether or not its server still runs. */
    public static Optional<ServerFile> read(Path dataDir) {
        var file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ServerFile.class));
        } catch (IOException e) {
            return Optional.empty(); // Half-written or foreign: as good as none; the store's lock still protects it.
        }
    }

    /** The file in {@code dataDir} if its process is alive. */
    public static Optional<ServerFile> live(Path dataDir) {
        return read(dataDir).filter(ServerFile::alive);
    }

    /** Writes the file atomically (a reader never sees half of it). */
    public void write(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            var temp = Files.createTempFile(dataDir, NAME, ".tmp");
            JSON.writeValue(temp.toFile(), this);
            Files.move(
                    temp, dataDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDir.resolve(NAME), e);
        }
    }

    /** Removes the file if it is still this one's (a later server may have replaced it). */
    public void remove(Path dataDir) {
        if (read(dataDir).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(dataDir.resolve(NAME));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Where to reach it from this machine: a server bound to every interface also answers on loopback. */
    public URI baseUri() {
        var reachable = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return URI.create("http://" + (reachable.contains(":") ? "[" + reachable + "]" : reachable) + ":" + port);
    }
}
