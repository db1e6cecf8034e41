package org.skillgraph.engine.framework;

/** A framework as listed: who publishes it, which version, how many skills it holds here. */
public record FrameworkSummary(
        String id, String title, String version, String publisher, String language, long skills) {}
