/**
 * Moodle competency framework CSV ({@code admin/tool/lpimportcsv}): the exporter and the importer. See
 * {@code docs/interchange.md}.
 */
package org.skillgraph.seed.moodle;
