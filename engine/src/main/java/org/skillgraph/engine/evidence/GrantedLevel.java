package org.skillgraph.engine.evidence;

/** A level a module grants on a pass: its {@code TEACHES} edge. */
public record GrantedLevel(String skillId, String name, int level) {}
