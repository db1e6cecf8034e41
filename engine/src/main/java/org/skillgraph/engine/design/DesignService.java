package org.skillgraph.engine.design;

import java.util.List;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.ids.IdClashRepository;
import org.skillgraph.engine.learner.LearnerPopulation;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.metrics.MetricsSettings;
import org.skillgraph.engine.priorities.PrioritiesService;

/** The learning designer's checks: the validation report and what-if analysis, on the current curriculum. */
public final class DesignService {

    private final CurriculumCache curriculum;
    private final LearnerRepository versions;
    private final DanglingReferenceRepository dangling;
    private final RoleBaselines baselines;
    private final IdClashRepository idClashes;
    private final CurriculumValidator validator = new CurriculumValidator();
    private final WhatIfAnalyzer whatIf;
    private final PrioritiesService priorities;

    public DesignService(
            CurriculumCache curriculum,
            LearnerRepository versions,
            DanglingReferenceRepository dangling,
            RoleBaselines baselines,
            IdClashRepository idClashes) {
        this.curriculum = curriculum;
        this.versions = versions;
        this.dangling = dangling;
        this.baselines = baselines;
        this.idClashes = idClashes;
        this.whatIf = new WhatIfAnalyzer(baselines);
        this.priorities = new PrioritiesService(
                curriculum, versions, baselines.planner(), MetricsSettings.DEFAULT_MIN_GROUP_SIZE);
    }

    /** What a group should attack first, on the current curriculum and its members' routes. */
    public PrioritiesService priorities() {
        return priorities;
    }

    /**
     * Validates the current curriculum: one round trip finds dangling references (and the version), one the
     * ids several kinds share, one reads every person with a target role; the rest is computed on that
     * version's snapshot and its cached from-scratch routes.
     */
    public ValidationReport validate() {
        var found = dangling.find(CurriculumValidator.MAX_PER_KIND);
        var clashes = idClashes.find(CurriculumValidator.MAX_PER_KIND);
        var snapshot = curriculum.at(found.graphVersion());
        return validator.validate(
                snapshot,
                baselines.of(snapshot),
                new CurriculumValidator.GraphFindings(
                        found.references(),
                        found.total(),
                        clashes.clashes(),
                        clashes.total(),
                        versions.loadTargeting()));
    }

    /** The impact of {@code changes} on every role, computed on a modified copy of the current snapshot. */
    public WhatIfReport whatIf(List<CurriculumChange> changes) {
        var snapshot = curriculum.at(versions.graphVersion());
        return whatIf.analyse(snapshot, changes);
    }

    /**
     * The same, plus the impact on the people {@code population} selects (each compared with its role, else
     * their target role), read in one round trip with the version the changes apply to.
     *
     * @throws InvalidRequestException naming {@code /population/role} or {@code /population/cohort} when it does
     *     not exist, besides the changes' own errors
     */
    public WhatIfReport whatIf(List<CurriculumChange> changes, MetricsFilter population) {
        LearnerPopulation people;
        try {
            people = versions.loadPopulation(population.role(), population.cohort(), population.department());
        } catch (NotFoundException e) {
            throw InvalidRequestException.of("/population/" + e.kind(), "unknown " + e.kind() + " '" + e.id() + "'");
        }
        var snapshot = curriculum.at(people.graphVersion());
        var members = PrioritiesService.members(snapshot, people.learners(), population.role());
        return whatIf.analyse(
                snapshot,
                changes,
                new WhatIfAnalyzer.Population(
                        population, members, people.learners().size(), MetricsSettings.DEFAULT_MIN_GROUP_SIZE));
    }
}
