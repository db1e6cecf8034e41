/**
 * Learner self-service: a learner's own claims about their levels (a self-assessment, or evidence of prior
 * learning asking for a level) wait for a reviewer (their manager up the reporting line, or an admin), who
 * accepts them as reviewed evidence or rejects them with a reason; and a person's evidence, listed for them,
 * their managers and admins. Levels are still derived by the evidence package's rules only.
 */
package org.skillgraph.engine.review;
