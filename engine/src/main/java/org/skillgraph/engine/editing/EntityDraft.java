package org.skillgraph.engine.editing;

/** A whole entity as an editor writes it: what {@link EntityEditor} needs to know of every draft. */
public interface EntityDraft {

    /** The entity's id, which a create takes and a replace addresses. */
    String id();
}
