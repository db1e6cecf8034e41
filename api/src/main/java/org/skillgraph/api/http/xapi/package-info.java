/**
 * The xAPI statement resource ({@code /xapi/…}, for connector tokens over HTTP Basic) and the designers' view of
 * statements waiting for a mapping ({@code /api/v1/xapi/…}, the mapping sub-resources of people and modules).
 */
package org.skillgraph.api.http.xapi;
