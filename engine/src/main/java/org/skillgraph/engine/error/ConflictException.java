package org.skillgraph.engine.error;

import java.util.Map;

/** A write that would break the graph's rules (a cycle, an over-full coach, dependents left dangling). */
public final class ConflictException extends SkillgraphException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> details;

    public ConflictException(String code, String message, Map<String, Object> details) {
        super(code, message, null);
        this.details = Map.copyOf(details);
    }

    public ConflictException(String code, String message) {
        this(code, message, Map.of());
    }

    /** Extra members for the problem document, e.g. {@code cycle} or {@code dependents}. */
    public Map<String, Object> details() {
        return details;
    }
}
