package org.skillgraph.engine.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.skillgraph.engine.error.InvalidRequestException;

/**
 * Opaque pagination cursors. Listings in id order use a keyset cursor (the last id seen), ranked
 * search results an offset; both travel base64url-encoded so callers treat them as tokens.
 */
public final class Cursor {

    /** Largest page a caller may ask for. */
    public static final int MAX_LIMIT = 200;

    public static final int DEFAULT_LIMIT = 50;

    private static final String KEY = "k:";
    private static final String OFFSET = "o:";

    private Cursor() {}

    public static String afterId(String id) {
        return encode(KEY + id);
    }

    public static String atOffset(int offset) {
        return encode(OFFSET + offset);
    }

    /** The id a keyset cursor points after; {@code ""} for no cursor. */
    public static String idOf(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        var raw = decode(cursor);
        if (!raw.startsWith(KEY)) {
            throw invalid();
        }
        return raw.substring(KEY.length());
    }

    /** The offset of an offset cursor; {@code 0} for no cursor. */
    public static int offsetOf(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        var raw = decode(cursor);
        if (!raw.startsWith(OFFSET)) {
            throw invalid();
        }
        try {
            int offset = Integer.parseInt(raw.substring(OFFSET.length()));
            if (offset < 0) {
                throw invalid();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** Checks a requested page size: {@code null} means the default. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw InvalidRequestException.of(
                    "query:limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + requested);
        }
        return requested;
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidRequestException invalid() {
        return InvalidRequestException.of(
                "query:cursor", "cursor is not one this API issued; pass the nextCursor of the previous page");
    }
}
