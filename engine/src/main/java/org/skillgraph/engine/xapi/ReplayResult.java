package org.skillgraph.engine.xapi;

/**
 * What replaying waiting statements did.
 *
 * @param replayed how many waiting statements this replay looked at (those a mapping change can apply)
 * @param applied how many of them were applied or noted
 * @param unmapped how many stored statements are still not applied afterwards, as {@code GET /xapi/unmapped}
 *     lists them: those waiting for a mapping and those whose verb no mapping applies
 */
public record ReplayResult(int replayed, int applied, int unmapped) {}
