package org.skillgraph.seed.bundle;

/**
 * One thing wrong with a bundle.
 *
 * @param pointer JSON pointer (RFC 6901) to the offending value, {@code ""} for the whole document
 * @param message what is wrong, phrased so the author can fix it
 */
public record BundleProblem(String pointer, String message) {}
