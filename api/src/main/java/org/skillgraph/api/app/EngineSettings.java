package org.skillgraph.api.app;

import java.util.Objects;
import org.skillgraph.engine.budget.PlanningBudget;
import org.skillgraph.engine.coach.CoachingSettings;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.feed.FeedSettings;
import org.skillgraph.engine.mentoring.MentoringSettings;

/**
 * What an operator tunes without touching the graph: the rules that turn evidence into levels, how peer
 * coaches are matched, what one planning request may ask for and spend, how often the node polls the change
 * feed, and how the mentoring programme runs. Every API node of one deployment should run with the same
 * settings.
 */
public record EngineSettings(
        LevelRules rules,
        CoachingSettings coaching,
        PlanningBudget planning,
        FeedSettings feed,
        MentoringSettings mentoring) {

    public EngineSettings {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(coaching, "coaching");
        Objects.requireNonNull(planning, "planning");
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(mentoring, "mentoring");
    }

    /** These rules, coaching settings and planning budget with the default change feed and mentoring programme. */
    public EngineSettings(LevelRules rules, CoachingSettings coaching, PlanningBudget planning) {
        this(rules, coaching, planning, FeedSettings.defaults(), MentoringSettings.defaults());
    }

    /** These rules and coaching settings with the default planning budget. */
    public EngineSettings(LevelRules rules, CoachingSettings coaching) {
        this(rules, coaching, PlanningBudget.defaults());
    }

    public static EngineSettings defaults() {
        return new EngineSettings(LevelRules.defaults(), CoachingSettings.defaults());
    }

    /** The same settings with another planning budget. */
    public EngineSettings withPlanning(PlanningBudget budget) {
        return new EngineSettings(rules, coaching, budget, feed, mentoring);
    }

    /** The same settings with another way of following the change feed. */
    public EngineSettings withFeed(FeedSettings settings) {
        return new EngineSettings(rules, coaching, planning, settings, mentoring);
    }

    /** The same settings with another mentoring programme. */
    public EngineSettings withMentoring(MentoringSettings other) {
        return new EngineSettings(rules, coaching, planning, feed, other);
    }

    /** The default coaching settings with these rules. */
    public static EngineSettings of(LevelRules rules) {
        return new EngineSettings(rules, CoachingSettings.defaults());
    }
}
