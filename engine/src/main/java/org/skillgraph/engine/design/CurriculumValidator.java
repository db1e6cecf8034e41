package org.skillgraph.engine.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.learner.Learner;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * Checks a curriculum for what misleads planners or learners: prerequisite cycles, requirements no published
 * module teaches far enough, roles with requirements a learner starting from nothing cannot reach, modules
 * teaching nothing, orphan skills and topics, dangling references and edges the snapshot refused. Pure: the
 * snapshot, the from-scratch route of every role and the dangling references found in the graph come in.
 */
public final class CurriculumValidator {

    /** Findings kept per kind; the counts still count every one. */
    public static final int MAX_PER_KIND = 200;

    private final RoutePlanner planner = new RoutePlanner();

    private static final Map<String, Integer> SEVERITY_RANK =
            Map.of(Finding.ERROR, 0, Finding.WARNING, 1, Finding.INFO, 2);

    /**
     * @param fromScratch per role id, the route planned for a learner holding nothing
     * @param dangling relationships whose ends lack expected labels or ids (the snapshot cannot see them)
     * @param danglingTotal how many there are in all; {@code dangling} may hold only the first ones
     */
    public ValidationReport validate(
            CurriculumSnapshot snapshot,
            Map<String, RoutePlan> fromScratch,
            List<DanglingReference> dangling,
            int danglingTotal) {
        return validate(snapshot, fromScratch, dangling, danglingTotal, List.of());
    }

    /**
     * As above, and also the dead ends of {@code learners}: target requirements no route from their current
     * levels reaches.
     */
    public ValidationReport validate(
            CurriculumSnapshot snapshot,
            Map<String, RoutePlan> fromScratch,
            List<DanglingReference> dangling,
            int danglingTotal,
            List<Learner> learners) {
        List<Finding> all = new ArrayList<>();
        LearnerDeadEnds.find(snapshot, learners, planner, all);
        StructureChecks.cycles(snapshot, all);
        CoverageChecks.requirementsNotTaught(snapshot, all);
        CoverageChecks.unreachableRequirements(fromScratch, all);
        dangling.forEach(reference -> all.add(danglingFinding(reference)));
        StructureChecks.refusedEdges(snapshot, all);
        StructureChecks.modulesTeachingNothing(snapshot, all);
        StructureChecks.orphanSkills(snapshot, all);
        StructureChecks.orphanTopics(snapshot, all);

        all.sort(Comparator.comparing((Finding f) -> SEVERITY_RANK.get(f.severity()))
                .thenComparing(Finding::kind)
                .thenComparing(f -> String.join("\n", f.ids())));
        Map<String, Integer> counts = new HashMap<>();
        List<Finding> kept = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Finding finding : all) {
            int seen = counts.merge(finding.kind(), 1, Integer::sum);
            if (seen <= MAX_PER_KIND) {
                kept.add(finding);
            }
            errors += Finding.ERROR.equals(finding.severity()) ? 1 : 0;
            warnings += Finding.WARNING.equals(finding.severity()) ? 1 : 0;
        }
        int unseen = Math.max(0, danglingTotal - dangling.size());
        if (unseen > 0) {
            counts.merge(Finding.KIND_DANGLING_REFERENCE, unseen, Integer::sum);
        }
        return new ValidationReport(
                snapshot.version(),
                errors + unseen,
                warnings,
                all.size() - errors - warnings,
                counts,
                kept,
                kept.size() < all.size() || unseen > 0);
    }

    private static Finding danglingFinding(DanglingReference reference) {
        String from = describe(reference.fromId(), reference.fromLabels());
        String to = describe(reference.toId(), reference.toLabels());
        List<String> ids = new ArrayList<>();
        if (reference.fromId() != null) {
            ids.add(reference.fromId());
        }
        if (reference.toId() != null) {
            ids.add(reference.toId());
        }
        return new Finding(
                Finding.KIND_DANGLING_REFERENCE,
                Finding.ERROR,
                ids,
                reference.type() + " from " + from + " to " + to + " does not fit the model ("
                        + String.join(" or ", reference.expected()) + "); the planners do not see it",
                "Point the relationship at the right node (with its label and id) or delete it");
    }

    private static String describe(String id, List<String> labels) {
        String label = labels.isEmpty() ? "an unlabelled node" : ":" + String.join(":", labels);
        return id == null ? label + " without id" : label + " '" + id + "'";
    }
}
