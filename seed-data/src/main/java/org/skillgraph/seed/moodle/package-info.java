/** Moodle competency framework CSV ({@code admin/tool/lpimportcsv}): the exporter. See {@code docs/interchange.md}. */
package org.skillgraph.seed.moodle;
