package org.skillgraph.engine.error;

/**
 * One bad input value.
 *
 * @param pointer where it is: a JSON pointer into a body, or {@code query:name} / {@code path:name} for parameters
 * @param message what is wrong and what would be accepted
 */
public record FieldError(String pointer, String message) {}
