package org.skillgraph.engine.catalog;

/** A role as listed. */
public record RoleSummary(String id, String title, String family, Integer level, int needs) {}
