package org.skillgraph.seed.esco;

import java.util.regex.Pattern;

/**
 * Node ids derived from ESCO concept URIs, stable across imports and ESCO versions:
 * {@code http://data.europa.eu/esco/skill/<uuid>} becomes {@code esco:skill:<uuid>} for a skill and
 * {@code esco:group:<uuid>} for a skill group, {@code …/esco/isced-f/0612} becomes
 * {@code esco:group:isced-f:0612}, {@code …/esco/occupation/<uuid>} becomes {@code esco:occupation:<uuid>}.
 */
final class EscoIds {

    static final String BASE = "http://data.europa.eu/esco/";

    /** What may follow the prefix: the characters of skillgraph ids (see the bundle format). */
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,150}");

    private EscoIds() {}

    static String skill(String uri) {
        return id("skill", "skill/", uri);
    }

    static String group(String uri) {
        return id("group", "skill/", uri);
    }

    static String occupation(String uri) {
        return id("occupation", "occupation/", uri);
    }

    /**
     * {@code esco:<kind>:<rest>}, where {@code rest} is the URI path below ESCO's base without the usual
     * namespace of the kind and with {@code /} as {@code :}; {@code null} for a URI outside ESCO.
     */
    private static String id(String kind, String namespace, String uri) {
        if (uri == null || !uri.startsWith(BASE)) {
            return null;
        }
        var path = uri.substring(BASE.length());
        if (path.startsWith(namespace)) {
            path = path.substring(namespace.length());
        }
        var local = path.replace('/', ':');
        return LOCAL.matcher(local).matches() ? "esco:" + kind + ":" + local : null;
    }
}
