package org.skillgraph.api.http;

import java.nio.charset.StandardCharsets;

/**
 * URLs the server writes (a {@code Location}): each id goes in as one percent-encoded path segment, so an id
 * can neither add a segment nor climb out of its collection, whatever it holds.
 */
final class Links {

    private static final String HEX = "0123456789ABCDEF";

    private Links() {}

    /** {@code base} followed by each segment, percent-encoded, after a {@code /}. */
    static String path(String base, String... segments) {
        var sb = new StringBuilder(base);
        for (var segment : segments) {
            sb.append('/').append(segment(segment));
        }
        return sb.toString();
    }

    /**
     * One path segment: RFC 3986 unreserved characters and {@code :} stay, every other byte of the UTF-8 form
     * is percent-encoded, {@code .} too where the segment is only dots (which would otherwise walk the path).
     */
    static String segment(String value) {
        if (value.chars().allMatch(c -> c == '.')) {
            return "%2E".repeat(value.length());
        }
        var sb = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAsciiAlphanumeric(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return sb.toString();
    }

    private static boolean isAsciiAlphanumeric(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
