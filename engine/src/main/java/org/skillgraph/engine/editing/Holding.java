package org.skillgraph.engine.editing;

import java.time.LocalDate;

/** A person's evidenced level in one skill, as stored. */
public record Holding(String person, String skill, int level, String source, LocalDate at, Double confidence) {}
