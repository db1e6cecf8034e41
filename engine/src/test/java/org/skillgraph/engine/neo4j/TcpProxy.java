package org.skillgraph.engine.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP forwarder that can cut every connection and refuse new ones, to simulate Neo4j going
 * away and coming back without stopping the shared test database.
 */
final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final Set<Socket> doomed = ConcurrentHashMap.newKeySet();
    private volatile boolean up = true;

    TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        var acceptor = new Thread(this::accept, "tcp-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Cuts every open connection; new ones are closed at once until {@link #restore()}. */
    void cut() {
        up = false;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /**
     * Leaves every open connection looking healthy to the client, but closes it, unanswered, as soon as the
     * client sends anything: a connection the server dropped while it sat idle in the client's pool.
     */
    void dropOnNextRequest() {
        doomed.addAll(clients);
    }

    void restore() {
        up = true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                if (!up) {
                    closeQuietly(client);
                    continue;
                }
                var upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                clients.add(client);
                open.add(upstream);
                pump(client, upstream, true);
                pump(upstream, client, false);
            } catch (IOException e) {
                // the server socket was closed, or one connection failed: keep serving the others
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromClient) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        var thread = new Thread(
                () -> {
                    var buffer = new byte[8192];
                    try {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            if (fromClient && doomed.remove(from)) {
                                break;
                            }
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // connection cut
                    } finally {
                        clients.remove(from);
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        server.close();
    }
}
