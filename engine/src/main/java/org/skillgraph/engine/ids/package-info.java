/**
 * Ids unique across the graph: {@link org.skillgraph.engine.ids.IdClaims} refuses a create whose id another
 * kind holds, {@link org.skillgraph.engine.ids.IdClashRepository} finds clashes already in the graph.
 */
package org.skillgraph.engine.ids;
