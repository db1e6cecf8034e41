/**
 * xAPI statements in: storing statements from a learning record source, mapping their actors to people and their
 * activities to modules, and applying the module-result rules; what cannot be mapped yet waits to be replayed.
 */
package org.skillgraph.engine.xapi;
