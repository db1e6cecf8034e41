package org.skillgraph.engine.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.metrics.MetricsRepository;
import org.skillgraph.engine.metrics.MetricsSettings;
import org.skillgraph.engine.metrics.PersonHistory;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;

/**
 * The outcome metrics of the mentoring programme over the metrics' population (role, cohort, department filters)
 * and the metrics' rules: evidence replayed into levels on a day, and groups smaller than the metrics' minimum
 * suppressed. Three reads: the selected people, everyone (the controls), the pairs.
 */
public final class CoachingOutcomes {

    private final GraphClient graph;
    private final MetricsRepository population;
    private final CurriculumCache curriculum;
    private final MetricsSettings metrics;
    private final MentoringSettings settings;
    private final Clock clock;

    public CoachingOutcomes(
            GraphClient graph,
            MetricsRepository population,
            CurriculumCache curriculum,
            MetricsSettings metrics,
            MentoringSettings settings,
            Clock clock) {
        this.graph = graph;
        this.population = population;
        this.curriculum = curriculum;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws org.skillgraph.engine.error.NotFoundException for an unknown role or cohort */
    public CoachingOutcomesReport report(MetricsFilter filter) {
        var parts = EnumSet.of(PersonHistory.Part.EVIDENCE, PersonHistory.Part.COACHING);
        var selected = population.population(filter, parts);
        var everyone = filter.equals(MetricsFilter.everyone())
                ? selected
                : population.population(MetricsFilter.everyone(), parts);
        var pairs = graph.readRows(
                CypherResources.statement("mentoring/outcome-pairs"),
                Map.of(),
                r -> new OutcomePair(
                        r.get("id").asString(),
                        r.get("state").asString(),
                        r.get("coachId").asString(),
                        r.get("learnerId").asString(),
                        Rows.date(r.get("startedOn")),
                        Rows.date(r.get("endedOn")),
                        r.get("goals")
                                .asList(g -> new OutcomePair.Target(
                                        g.get("skillId").asString(),
                                        Rows.integer(g.get("targetLevel"), 0),
                                        Rows.date(g.get("createdOn"))))));
        var snapshot = curriculum.at(everyone.graphVersion());
        return new OutcomeAnalysis(metrics.rules(), metrics.minGroupSize(), settings.minEffectSample())
                .compute(
                        selected.people(),
                        everyone.people(),
                        pairs,
                        role -> snapshot.roles().profile(role),
                        LocalDate.now(clock),
                        filter);
    }
}
