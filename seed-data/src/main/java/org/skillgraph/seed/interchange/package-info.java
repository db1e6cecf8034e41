/** What every exchange format shares: the refusal of a file, with a place for each problem. */
package org.skillgraph.seed.interchange;
