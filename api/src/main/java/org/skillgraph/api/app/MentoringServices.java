package org.skillgraph.api.app;

import org.skillgraph.engine.mentoring.CoachingOutcomes;
import org.skillgraph.engine.mentoring.DuePairs;
import org.skillgraph.engine.mentoring.MentoringService;
import org.skillgraph.engine.mentoring.PairJournal;

/** The mentoring programme: requests and consent, the pairs' goals and check-ins, what is due, outcomes. */
public record MentoringServices(
        MentoringService requests, PairJournal journal, DuePairs due, CoachingOutcomes outcomes) {}
