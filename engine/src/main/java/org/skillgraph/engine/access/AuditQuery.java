package org.skillgraph.engine.access;

import java.time.Instant;

/**
 * Which audit events to list; every filter is optional.
 *
 * @param actor a token id
 * @param subject an id the request was about, e.g. a person id
 * @param since inclusive lower bound
 * @param until exclusive upper bound
 */
public record AuditQuery(String actor, String subject, Instant since, Instant until) {}
