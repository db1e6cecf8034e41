package org.skillgraph.seed.bundle;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * The rule for the ids statements are mapped through, a person's external ids and a module's activity ids,
 * wherever they are set ({@code PUT …/external-ids}, {@code PUT …/activity-ids}, a bundle): at most
 * {@value #MAX_IDS} distinct, non-blank ids of at most {@value #MAX_LENGTH} characters; activity ids are
 * absolute IRIs.
 */
public final class MappingIds {

    public static final int MAX_IDS = 50;
    public static final int MAX_LENGTH = 500;
    public static final String NOT_TEXT = "must be a non-blank text of at most " + MAX_LENGTH + " characters";

    private MappingIds() {}

    /**
     * What is wrong with {@code id}, or null; {@code seen} holds the ids of the same list before it and takes
     * {@code id} when it is new.
     */
    public static String problem(String id, boolean iri, Set<String> seen) {
        if (id == null || id.isBlank() || id.length() > MAX_LENGTH) {
            return NOT_TEXT;
        }
        if (!seen.add(id)) {
            return "repeats an id";
        }
        if (iri && !absolute(id)) {
            return "must be an absolute IRI, was '" + id + "'";
        }
        return null;
    }

    private static boolean absolute(String id) {
        try {
            return new URI(id).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
