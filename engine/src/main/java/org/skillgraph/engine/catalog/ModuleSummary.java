package org.skillgraph.engine.catalog;

/** A learning module as listed. */
public record ModuleSummary(
        String id,
        String title,
        double hours,
        String modality,
        String pacing,
        String cycle,
        boolean core,
        String status) {}
