/**
 * Access control, auditing and request hardening for the HTTP API.
 *
 * <p><b>Adding a route.</b> Register it with the access decision it needs: {@code routes.get(path,
 * Access.PEOPLE, handler)}. The decisions are the constants and factories of {@link
 * org.skillgraph.api.http.auth.Access}: {@code OPEN}, {@code CURRICULUM_READ}, {@code DESIGN_READ},
 * {@code CURRICULUM_WRITE}, {@code AGGREGATES}, {@code PEOPLE}, {@code ADMIN}, {@code AUTHENTICATED},
 * {@code learnerOrStaff("id")} and {@code learnerOrAdmin("id")} (the learner bound to the person in that path
 * parameter, plus the staff roles). Then add the route's row to {@code access-matrix.csv} in the api test
 * resources, which {@code AccessMatrixIT} holds every route to. A handler that learns of a person id from
 * the body names it with {@link org.skillgraph.api.http.auth.AuditRecorder#subjects} so the audit trail
 * records it, and checks a learner caller with {@link org.skillgraph.api.http.auth.Caller#of}.
 *
 * <p><b>Tests.</b> {@code ApiFixture.withDemo} sends an admin token with every request; {@code
 * ApiFixture.withDemoAnonymous} sends none, and {@code ApiFixture.token(role, personId)} issues one to pass
 * per request as {@code Authorization: Bearer …}.
 */
package org.skillgraph.api.http.auth;
