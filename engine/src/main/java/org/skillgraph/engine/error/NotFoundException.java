package org.skillgraph.engine.error;

/** The addressed entity does not exist. */
public final class NotFoundException extends SkillgraphException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super("not-found", "No " + kind + " with id '" + id + "'", null);
        this.kind = kind;
        this.id = id;
    }

    /** With a code of its own ({@code claim-not-found}, …) where a route tells its kinds of absence apart. */
    public NotFoundException(String kind, String id, String code) {
        super(code, "No " + kind + " with id '" + id + "'", null);
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
