package org.skillgraph.api.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The answer a doc shows after a request: a ```json block (the body), or a plain block starting with a
 * status line ({@code HTTP/1.1 201 Created}), then headers, then the body, or a plain block of text (CSV).
 */
public record ShownAnswer(int status, List<Curl.Header> headers, String body, boolean json) {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/[0-9.]+ (\\d{3})\\b.*");
    private static final Pattern HEADER = Pattern.compile("([A-Za-z][A-Za-z0-9-]*): (.*)");

    /** No status shown. */
    public static final int ANY_STATUS = 0;

    public ShownAnswer {
        headers = List.copyOf(headers);
    }

    /** Reads a fenced block with {@code info} as its language ({@code json}, or empty for plain text). */
    public static ShownAnswer of(String info, String literal) {
        if (info.equals("json")) {
            return new ShownAnswer(ANY_STATUS, List.of(), literal.strip(), true);
        }
        var lines = literal.strip().lines().toList();
        var status = lines.isEmpty() ? null : STATUS_LINE.matcher(lines.get(0));
        if (status == null || !status.matches()) {
            return new ShownAnswer(ANY_STATUS, List.of(), literal.strip(), false);
        }
        var headers = new ArrayList<Curl.Header>();
        int i = 1;
        for (; i < lines.size(); i++) {
            var header = HEADER.matcher(lines.get(i));
            if (!header.matches()) {
                break;
            }
            headers.add(new Curl.Header(header.group(1), header.group(2).strip()));
        }
        var body = String.join("\n", lines.subList(i, lines.size())).strip();
        return new ShownAnswer(Integer.parseInt(status.group(1)), headers, body, body.startsWith("{"));
    }

    /** Whether the shown body is a problem document (it has a {@code status} member), so an error is expected. */
    public boolean showsProblem() {
        return json && body.matches("(?s)\\{.*\"status\"\\s*:.*");
    }

    /** Whether a body is shown at all. */
    public boolean showsBody() {
        return !body.isEmpty();
    }

    /** For a text answer, the first line that differs from {@code actual}; a line {@code …} elides the rest. */
    public java.util.Optional<String> firstTextDifference(String actual) {
        var shown = body.lines().toList();
        var real = actual.strip().lines().toList();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).strip().equals(JsonShape.ELISION)) {
                return java.util.Optional.empty();
            }
            if (i >= real.size()
                    || !shown.get(i).stripTrailing().equals(real.get(i).stripTrailing())) {
                return java.util.Optional.of("line " + (i + 1) + " of the answer: shown '" + shown.get(i) + "', was '"
                        + (i < real.size() ? real.get(i) : "(no such line)") + "'");
            }
        }
        return shown.size() == real.size()
                ? java.util.Optional.empty()
                : java.util.Optional.of("shown " + shown.size() + " lines, the answer has " + real.size());
    }
}
