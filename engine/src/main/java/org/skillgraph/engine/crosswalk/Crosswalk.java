package org.skillgraph.engine.crosswalk;

/** An exact match between skills of two frameworks, listed from the skill it was created from. */
public record Crosswalk(
        String skill, String skillName, String skillFramework, String match, String matchName, String matchFramework) {}
