/** Moodle competency framework CSV over HTTP: the export route. */
package org.skillgraph.api.http.moodle;
