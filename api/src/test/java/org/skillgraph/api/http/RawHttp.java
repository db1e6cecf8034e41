package org.skillgraph.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bare HTTP/1.1 client over one socket, for requests that java.net.http refuses to send (a {@code %00}, a
 * {@code ..} segment, invalid UTF-8, an oversize header). Reads answers with a {@code Content-Length} body.
 */
final class RawHttp implements AutoCloseable {

    /** One answer: the status, the headers (names lower-cased) and the body. */
    record Answer(int status, Map<String, String> headers, String body) {

        boolean closes() {
            return "close".equalsIgnoreCase(headers.getOrDefault("connection", ""));
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Sends {@code GET target} with the extra header lines (each without its CRLF) and reads the answer. */
    Answer get(String target, String... headerLines) throws IOException {
        var request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (var line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("\r\n");
        // ISO-8859-1 sends each char as the one byte it names, so a test can write invalid UTF-8.
        out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return read();
    }

    /** Whether the server closed the connection: the next read meets the end of the stream (or a reset). */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException reset) {
            // Closed while the request's last bytes were unread on its side: a reset, still a close.
            return true;
        }
    }

    private Answer read() throws IOException {
        var statusLine = line();
        if (statusLine == null) {
            return null;
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        var headers = new LinkedHashMap<String, String>();
        for (var line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.merge(
                    line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                    line.substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        var body = in.readNBytes(length);
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** A line without its CRLF, or {@code null} when the server closed the connection first. */
    private String line() throws IOException {
        var buffer = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                buffer.write(b);
            }
        }
        return buffer.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
