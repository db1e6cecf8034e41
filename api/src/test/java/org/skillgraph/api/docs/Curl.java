package org.skillgraph.api.docs;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code curl} command of the docs, as the request it sends: method, path and query, headers and body.
 * Like curl, {@code -d} without {@code -X} means POST and sends {@code application/x-www-form-urlencoded}
 * unless a Content-Type header says otherwise.
 */
public record Curl(String method, String target, List<Header> headers, String body, boolean showsHeaders) {

    /** The server every example talks to. */
    public static final String ORIGIN = "http://127.0.0.1:8080";

    public Curl {
        headers = List.copyOf(headers);
    }

    public record Header(String name, String value) {}

    /** Parses a command line (continuations already joined); {@code variables} expand {@code $NAME}. */
    public static Curl parse(String command, Map<String, String> variables) {
        var words = ShellWords.split(command, variables);
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new IllegalArgumentException("Not a curl command: " + command);
        }
        String method = null;
        String url = null;
        String body = null;
        boolean include = false;
        var headers = new ArrayList<Header>();
        for (int i = 1; i < words.size(); i++) {
            var word = words.get(i);
            switch (word) {
                case "-X", "--request" -> method = words.get(++i);
                case "-H", "--header" -> headers.add(header(words.get(++i)));
                case "-d", "--data", "--data-raw", "--data-binary" -> body = data(words.get(++i));
                case "-i", "--include" -> include = true;
                case "-s", "--silent", "-S", "-sS", "-f", "--fail" -> {}
                case "-si", "-is" -> include = true;
                default -> {
                    if (!word.startsWith(ORIGIN + "/")) {
                        throw new IllegalArgumentException("Unsupported curl argument '" + word + "' in: " + command);
                    }
                    url = word;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("No " + ORIGIN + " URL in: " + command);
        }
        if (body != null && headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Type"))) {
            headers.add(new Header("Content-Type", "application/x-www-form-urlencoded"));
        }
        var uri = URI.create(url);
        var target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new Curl(method != null ? method : body != null ? "POST" : "GET", target, headers, body, include);
    }

    private static Header header(String line) {
        int colon = line.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("Not a header: " + line);
        }
        return new Header(
                line.substring(0, colon).trim(), line.substring(colon + 1).trim());
    }

    private static String data(String value) {
        if (value.startsWith("@")) {
            throw new IllegalArgumentException("A body read from a file (" + value + ") cannot run in the test");
        }
        return value;
    }
}
