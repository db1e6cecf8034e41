package org.skillgraph.api.http.taxonomy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The formats a new framework version may come in for a change set, by their wire names. */
public enum VersionFormat {
    BUNDLE("bundle"),
    CASE("case"),
    MOODLE("moodle"),
    ONET("onet");

    static final Set<String> NAMES =
            Arrays.stream(values()).map(VersionFormat::wireName).collect(Collectors.toUnmodifiableSet());

    private final String wire;

    VersionFormat(String wire) {
        this.wire = wire;
    }

    public String wireName() {
        return wire;
    }

    public static Optional<VersionFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.wire.equals(name)).findFirst();
    }

    /**
     * The format an upload without {@code format} is read as, from its content type: {@code text/csv} is a
     * Moodle framework CSV, a zip the O*NET text database, anything else a bundle (a CASE package is JSON too,
     * so it needs {@code format=case}).
     */
    static VersionFormat ofContentType(String contentType) {
        var type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv")) {
            return MOODLE;
        }
        if (type.startsWith("application/zip") || type.startsWith("application/x-zip")) {
            return ONET;
        }
        return BUNDLE;
    }
}
