package org.skillgraph.seed.scale;

/** Something wrong with a scale or a value on it, at a JSON pointer of the bundle. */
public record ScaleProblem(String pointer, String message) {}
