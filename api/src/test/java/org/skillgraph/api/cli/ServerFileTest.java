package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgraph.api.cli.remote.ServerFile;

class ServerFileTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldFindTheServerOfALiveProcess() {
        var file = ServerFile.ofThisProcess("127.0.0.1", 8123);
        file.write(dataDir);

        assertThat(ServerFile.live(dataDir)).contains(file);
        assertThat(file.baseUri()).hasToString("http://127.0.0.1:8123");
    }

    @Test
    void shouldIgnoreTheFileOfAProcessThatIsGone() throws Exception {
        var gone = new ProcessBuilder("true").start();
        gone.waitFor();
        new ServerFile("127.0.0.1", 8123, gone.pid()).write(dataDir);

        assertThat(ServerFile.read(dataDir)).isPresent();
        assertThat(ServerFile.live(dataDir)).isEmpty();
    }

    @Test
    void shouldRemoveOnlyItsOwnFile() {
        var first = ServerFile.ofThisProcess("127.0.0.1", 8123);
        first.write(dataDir);
        var second = ServerFile.ofThisProcess("127.0.0.1", 8124);
        second.write(dataDir);

        first.remove(dataDir);
        assertThat(ServerFile.read(dataDir)).contains(second);
        second.remove(dataDir);
        assertThat(ServerFile.read(dataDir)).isEmpty();
    }

    @Test
    void shouldReachAServerBoundToEveryInterfaceOnLoopback() {
        assertThat(new ServerFile("0.0.0.0", 8080, 1).baseUri()).hasToString("http://127.0.0.1:8080");
    }
}
