package org.skillgraph.seed.bundle;

import java.util.regex.Pattern;

/**
 * The syntax of an entity id, for the bundle format and for the API alike: a letter or digit, then up to 199
 * letters, digits or {@code . _ : -}. An id names a path segment of the API ({@code /api/v1/skills/{id}}), so
 * it holds no {@code /}; an external URI (an ESCO or CASE concept) is kept as {@code sourceUri}, and importers
 * derive ids from it with {@code :} in place of {@code /}. {@code bundle.schema.json} carries the same pattern
 * (a test holds the two together).
 */
public final class EntityId {

    /** The pattern, anchored, as written in the bundle schema and the OpenAPI document. */
    public static final Pattern PATTERN = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$");

    /** What a refused id is told, naming the rule. */
    public static final String RULE = "must be an id: a letter or digit, then letters, digits or . _ : - (at most 200)";

    private EntityId() {}

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}
