package org.skillgraph.engine.people;

/** A cohort and how many people are in it. */
public record CohortSummary(String id, String name, String description, int members) {}
