/**
 * The issuer's signing keys: EC P-256 JWKs kept as files readable by their owner only, generated on first
 * start, the newest one signing and every one kept for verification. Plain file handling: nothing here
 * reaches Neo4j or the rest of the engine.
 */
package org.skillgraph.engine.credential.keys;
