package org.skillgraph.seed.interchange;

/**
 * One thing wrong with an exchange file (a CASE package, a Moodle CSV, an O*NET file).
 *
 * @param file the file (or upload part) the problem is in
 * @param pointer where in it: a JSON pointer for JSON, {@code row N/column} for tabular files, {@code ""} for all of it
 * @param message what is wrong, phrased so the author can fix it
 */
public record InterchangeProblem(String file, String pointer, String message) {}
