package org.skillgraph.api.app;

import org.skillgraph.engine.review.ClaimService;
import org.skillgraph.engine.review.PersonEvidence;

/** Learner self-service: claims and their review, and a person's evidence listing. */
public record ReviewServices(ClaimService claims, PersonEvidence evidence) {}
