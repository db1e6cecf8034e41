package org.skillgraph.api.app;

import org.skillgraph.engine.mentoring.CoachingOutcomes;
import org.skillgraph.engine.mentoring.DuePairs;
import org.skillgraph.engine.mentoring.MentoringService;
import org.skillgraph.engine.mentoring.PairJournal;
import org.skillgraph.engine.mentoring.PreferenceStore;

/** The mentoring programme: requests and consent, goals and check-ins, what is due, outcomes, preferences. */
public record MentoringServices(
        MentoringService requests,
        PairJournal journal,
        DuePairs due,
        CoachingOutcomes outcomes,
        PreferenceStore preferences) {}
