package org.skillgraph.engine.xapi;

/** What replaying waiting statements did: how many were applied and how many still wait. */
public record ReplayResult(int applied, int unmapped) {}
