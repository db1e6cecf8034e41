/**
 * Credentials the embedded Neo4j is started with: a generated Bolt password kept in the data directory,
 * readable by its owner only. Plain file handling, with no driver and no database of its own.
 */
package org.skillgraph.engine.neo4j.credentials;
