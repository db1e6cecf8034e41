/**
 * The O*NET text database in: occupations become roles, Skills/Knowledge/Abilities elements become skills of an
 * {@code onet-<release>} framework, the content model's outline becomes topics, related occupations become
 * career moves. The files are mapped onto a bundle and handed to the bundle importer (see docs/interchange.md).
 */
package org.skillgraph.seed.onet;
