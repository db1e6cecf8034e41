package org.skillgraph.engine.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * Measurement per cohort, target role and department. Each answer reads the ids and fact versions of the people
 * it covers in one round trip, the histories of those whose facts this node does not hold at that version in a
 * second, and aggregates small per-person facts ({@link PersonFacts}) with the curriculum snapshot of the same
 * graph version; "today" comes from the clock, so tests on fixed data are deterministic.
 */
public final class MetricsService {

    /** People whose metric facts one API node keeps (about 1 KB each). */
    public static final long MAX_PEOPLE_CACHED = 1_000_000;

    /** Most gaps a coverage answer lists. */
    public static final int MAX_GAPS = 100;

    private final MetricsRepository repository;
    private final CurriculumCache curriculum;
    private final MetricsSettings settings;
    private final Clock clock;
    private final PersonFactsCache facts;

    public MetricsService(
            MetricsRepository repository, CurriculumCache curriculum, MetricsSettings settings, Clock clock) {
        this.repository = repository;
        this.curriculum = curriculum;
        this.settings = settings;
        this.clock = clock;
        this.facts = new PersonFactsCache(MAX_PEOPLE_CACHED, settings);
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
        var covered = cover(filter);
        var effective = bucketDays == null ? settings : settings.withBucketDays(bucketDays);
        return TimeToCompetency.aggregate(covered.people(), today(), filter, effective);
    }

    /** Module completion and drop-off; {@code dropOffDays} overrides the quiet period when not null. */
    public ModuleMetricsReport modules(MetricsFilter filter, Integer dropOffDays) {
        var covered = cover(filter);
        var effective = dropOffDays == null ? settings : settings.withDropOffDays(dropOffDays);
        return ModuleFunnel.aggregate(covered.people(), covered.snapshot(), today(), filter, effective);
    }

    /** Retention of reached levels at each horizon of the settings. */
    public RetentionReport retention(MetricsFilter filter) {
        return Retention.aggregate(cover(filter).people(), today(), filter, settings);
    }

    /** The {@code limit} most common gaps and the coaching pairs of the selected people. */
    public GapCoverageReport gaps(MetricsFilter filter, int limit) {
        var covered = cover(filter);
        return GapCoverage.aggregate(covered.people(), covered.snapshot(), today(), filter, settings, limit);
    }

    /** The facts of everyone the filter selects and the snapshot they were checked against. */
    private Covered cover(MetricsFilter filter) {
        var versions = repository.versions(filter);
        var snapshot = curriculum.at(versions.graphVersion());
        boolean everyone = filter.equals(MetricsFilter.everyone());
        return new Covered(facts.facts(versions, snapshot, everyone, repository::histories), snapshot);
    }

    private record Covered(List<PersonFacts> people, CurriculumSnapshot snapshot) {}

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
