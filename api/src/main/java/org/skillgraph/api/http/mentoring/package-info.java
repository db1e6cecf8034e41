/**
 * The mentoring programme over HTTP: coaching requests and consent, cohort proposals, goals, check-ins, timelines,
 * the due list and coaching outcomes. Handlers only; everything else is in the engine's {@code mentoring} package.
 */
package org.skillgraph.api.http.mentoring;
