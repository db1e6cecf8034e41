package org.skillgraph.api.remote;

import java.io.IOException;
import org.skillgraph.api.cli.Main;

/**
 * {@code skillgraph} exactly as its {@link Main} runs it, plus one thing a test needs: the process exits
 * (through {@code serve}'s own shutdown hook) when its standard input closes, so an API node started by a test
 * never outlives the test JVM.
 */
public final class ServeWhileInputOpen {

    private ServeWhileInputOpen() {}

    public static void main(String[] args) {
        var watcher = new Thread(
                () -> {
                    try {
                        while (System.in.read() != -1) {
                            // Nothing is sent; only the end of the stream matters.
                        }
                    } catch (IOException e) {
                        // A broken pipe ends the process just the same.
                    }
                    System.exit(0);
                },
                "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Main.main(args);
    }
}
