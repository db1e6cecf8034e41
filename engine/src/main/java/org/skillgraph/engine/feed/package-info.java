/**
 * The change feed: every people-data write and curriculum version bump appends a numbered {@code Change} to the
 * graph, and each API node polls it to keep what it caches (learner states, the coach index) current.
 */
package org.skillgraph.engine.feed;
