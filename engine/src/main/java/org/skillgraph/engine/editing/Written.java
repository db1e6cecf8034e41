package org.skillgraph.engine.editing;

/**
 * The outcome of a write to part of an entity (a prerequisite of a skill, a holding of a person).
 *
 * @param value what is stored now; {@code null} after a removal
 * @param created whether the write created it (HTTP 201) or replaced it (200)
 * @param etag the owning entity's tag after the write
 */
public record Written<T>(T value, boolean created, String etag) {}
