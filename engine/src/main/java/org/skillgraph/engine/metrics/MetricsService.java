package org.skillgraph.engine.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.metrics.PersonHistory.Part;

/**
 * Measurement per cohort, target role and department. Each answer reads the people, with only the parts of
 * their history it needs, in one round trip and
 * computes on their history and the curriculum snapshot of the same graph version; "today" comes from the
 * clock, so tests on fixed data are deterministic.
 */
public final class MetricsService {

    /** Most gaps a coverage answer lists. */
    public static final int MAX_GAPS = 100;

    private final MetricsRepository repository;
    private final CurriculumCache curriculum;
    private final MetricsSettings settings;
    private final Clock clock;

    public MetricsService(
            MetricsRepository repository, CurriculumCache curriculum, MetricsSettings settings, Clock clock) {
        this.repository = repository;
        this.curriculum = curriculum;
        this.settings = settings;
        this.clock = clock;
    }

    public MetricsSettings settings() {
        return settings;
    }

    /**
     * Time to competency; {@code bucketDays} overrides the distribution's bucket width when not null.
     *
     * @throws org.skillgraph.engine.error.NotFoundException for an unknown role or cohort
     */
    public TimeToCompetencyReport timeToCompetency(MetricsFilter filter, Integer bucketDays) {
        var population = repository.population(filter, EnumSet.of(Part.EVIDENCE, Part.COACHING));
        var effective = bucketDays == null ? settings : settings.withBucketDays(bucketDays);
        return TimeToCompetency.compute(
                population.people(), curriculum.at(population.graphVersion()), today(), filter, effective);
    }

    /** Module completion and drop-off; {@code dropOffDays} overrides the quiet period when not null. */
    public ModuleMetricsReport modules(MetricsFilter filter, Integer dropOffDays) {
        var population = repository.population(filter, EnumSet.of(Part.LEARNING));
        var effective = dropOffDays == null ? settings : settings.withDropOffDays(dropOffDays);
        return ModuleFunnel.compute(
                population.people(), curriculum.at(population.graphVersion()), today(), filter, effective);
    }

    /** Retention of reached levels at each horizon of the settings. */
    public RetentionReport retention(MetricsFilter filter) {
        return Retention.compute(
                repository.population(filter, EnumSet.of(Part.EVIDENCE)).people(), today(), filter, settings);
    }

    /** The {@code limit} most common gaps and the coaching pairs of the selected people. */
    public GapCoverageReport gaps(MetricsFilter filter, int limit) {
        var population = repository.population(filter, EnumSet.of(Part.EVIDENCE, Part.COACHING));
        return GapCoverage.compute(
                population.people(), curriculum.at(population.graphVersion()), today(), filter, settings, limit);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
