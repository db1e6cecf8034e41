package org.skillgraph.engine.priorities;

import java.util.ArrayList;
import java.util.List;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.learner.Learner;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * "Which gap should this group attack first, which module should we teach it together?" One round trip reads
 * the people the filter selects; every member's route is planned on the snapshot of the same version, with
 * and without each gap closed and each module completed.
 */
public final class PrioritiesService {

    /** Most skills or modules one answer lists. */
    public static final int MAX_ITEMS = 100;

    private final CurriculumCache curriculum;
    private final LearnerRepository learners;
    private final RoutePlanner routes;
    private final int minGroupSize;
    private final boolean share;

    /**
     * @param minGroupSize a group, or an item concerning fewer members, is suppressed, as in the metrics
     */
    public PrioritiesService(
            CurriculumCache curriculum, LearnerRepository learners, RoutePlanner routes, int minGroupSize) {
        this(curriculum, learners, routes, minGroupSize, true);
    }

    private PrioritiesService(
            CurriculumCache curriculum,
            LearnerRepository learners,
            RoutePlanner routes,
            int minGroupSize,
            boolean share) {
        this.curriculum = curriculum;
        this.learners = learners;
        this.routes = routes;
        this.minGroupSize = minGroupSize;
        this.share = share;
    }

    /**
     * The same service planning every distinct member state in full instead of sharing plans between members
     * whose relevant state agrees: the computation the shared one must equal (tests) and is timed against
     * (benchmark).
     */
    public PrioritiesService exhaustive() {
        return new PrioritiesService(curriculum, learners, routes, minGroupSize, false);
    }

    /**
     * The {@code limit} first skills and modules for the people {@code filter} selects.
     *
     * @throws org.skillgraph.engine.error.NotFoundException for an unknown role or cohort
     */
    public PrioritiesReport priorities(MetricsFilter filter, int limit) {
        var population = learners.loadPopulation(filter.role(), filter.cohort(), filter.department());
        var snapshot = curriculum.at(population.graphVersion());
        return analyse(
                snapshot,
                members(snapshot, population.learners(), filter.role()),
                population.learners().size(),
                filter,
                limit);
    }

    /** The same on given members (pure): for tests and the benchmark. */
    public PrioritiesReport analyse(
            CurriculumSnapshot snapshot, List<Member> members, int people, MetricsFilter filter, int limit) {
        if (members.size() < minGroupSize) {
            // Neither count may describe fewer people than a group: not even how many they are.
            boolean few = people > 0 && people < minGroupSize;
            Integer assessed = few || !members.isEmpty() ? null : 0;
            return new PrioritiesReport(
                    snapshot.version(),
                    filter,
                    minGroupSize,
                    few ? null : people,
                    assessed,
                    true,
                    0,
                    List.of(),
                    List.of());
        }
        var outcomes = new MemberOutcomes(snapshot, routes, share, members);
        var skills = SkillPriorities.rank(members, outcomes, members.size(), minGroupSize, limit);
        var modules = ModuleSessions.rank(members, outcomes, members.size(), minGroupSize, limit);
        return new PrioritiesReport(
                snapshot.version(),
                filter,
                minGroupSize,
                people,
                members.size(),
                false,
                skills.withheld() + modules.withheld(),
                skills.skills(),
                modules.modules());
    }

    /** People compared with {@code roleId}, or their own target role without one; the others are not assessed. */
    public static List<Member> members(CurriculumSnapshot snapshot, List<Learner> people, String roleId) {
        var members = new ArrayList<Member>();
        for (Learner l : people) {
            String role = roleId != null ? roleId : l.targetRoleId();
            if (role != null && snapshot.roles().role(role).isPresent()) {
                members.add(new Member(l.personId(), role, l.state()));
            }
        }
        return members;
    }
}
