package org.skillgraph.api.http.xapi;

import java.util.regex.Pattern;

/** The UUID form xAPI requires of statement ids: 8-4-4-4-12 hexadecimal digits. */
final class Uuids {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {}

    static boolean valid(String text) {
        return text != null && UUID.matcher(text).matches();
    }
}
