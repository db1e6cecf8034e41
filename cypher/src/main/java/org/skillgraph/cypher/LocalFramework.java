package org.skillgraph.cypher;

/**
 * The framework of skills that name none: imports, the start-up migration and the skill editor all create it the
 * same way, from here.
 */
public final class LocalFramework {

    /** Its id. */
    public static final String ID = "local";

    /** Its title. */
    public static final String TITLE = "Local skills";

    private LocalFramework() {}
}
