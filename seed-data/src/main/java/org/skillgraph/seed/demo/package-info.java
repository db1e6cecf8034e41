/** The demo organisation's dates: loaded relative to the day of loading, so the demo never ages. */
package org.skillgraph.seed.demo;
