package org.skillgraph.engine.editing;

/** A prerequisite edge: to gain {@code skill} one must hold {@code prerequisite} at {@code level} or above. */
public record Prerequisite(String skill, String prerequisite, int level) {}
