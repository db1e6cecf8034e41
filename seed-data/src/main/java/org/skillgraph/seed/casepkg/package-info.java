/**
 * CASE 1.1 (1EdTech Competencies and Academic Standards Exchange) in and out: the CFPackage importer maps onto
 * the bundle format, the writer serves frameworks from the full export. See {@code docs/interchange.md}.
 */
package org.skillgraph.seed.casepkg;
