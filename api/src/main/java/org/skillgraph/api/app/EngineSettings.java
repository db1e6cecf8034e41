package org.skillgraph.api.app;

import java.util.Objects;
import org.skillgraph.engine.coach.CoachingSettings;
import org.skillgraph.engine.evidence.LevelRules;

/**
 * What an operator tunes without touching the graph: the rules that turn evidence into levels, and how peer
 * coaches are matched. Every API node of one deployment should run with the same settings.
 */
public record EngineSettings(LevelRules rules, CoachingSettings coaching) {

    public EngineSettings {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(coaching, "coaching");
    }

    public static EngineSettings defaults() {
        return new EngineSettings(LevelRules.defaults(), CoachingSettings.defaults());
    }

    /** The default coaching settings with these rules. */
    public static EngineSettings of(LevelRules rules) {
        return new EngineSettings(rules, CoachingSettings.defaults());
    }
}
