package org.skillgraph.engine.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.ids.IdClash;
import org.skillgraph.engine.learner.Learner;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * Checks a curriculum for what misleads planners or learners: prerequisite cycles, requirements no published
 * module teaches far enough, roles with requirements a learner starting from nothing cannot reach, modules
 * teaching nothing, orphan skills and topics, dangling references, ids several kinds share and edges the
 * snapshot refused. Pure: the snapshot, the from-scratch route of every role and what was found in the graph
 * come in.
 */
public final class CurriculumValidator {

    /** Findings kept per kind; the counts still count every one. */
    public static final int MAX_PER_KIND = 200;

    private final RoutePlanner planner = new RoutePlanner();

    private static final Map<String, Integer> SEVERITY_RANK =
            Map.of(Finding.ERROR, 0, Finding.WARNING, 1, Finding.INFO, 2);

    /**
     * What only the graph can tell (the snapshot cannot hold it).
     *
     * @param dangling relationships whose ends lack expected labels or ids
     * @param danglingTotal how many there are in all; {@code dangling} may hold only the first ones
     * @param clashes ids held by nodes of several kinds
     * @param clashTotal how many there are in all
     * @param learners every person with a target role, as the planners see them
     */
    public record GraphFindings(
            List<DanglingReference> dangling,
            int danglingTotal,
            List<IdClash> clashes,
            int clashTotal,
            List<Learner> learners) {
        public GraphFindings {
            dangling = List.copyOf(dangling);
            clashes = List.copyOf(clashes);
            learners = List.copyOf(learners);
        }
    }

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
        return validate(snapshot, fromScratch, new GraphFindings(dangling, danglingTotal, List.of(), 0, List.of()));
    }

    /**
     * As above, with what was read from the graph, including every person with a target role: their dead ends
     * (target requirements no route from their current levels reaches) are reported too.
     *
     * @param fromScratch per role id, the route planned for a learner holding nothing
     */
    public ValidationReport validate(
            CurriculumSnapshot snapshot, Map<String, RoutePlan> fromScratch, GraphFindings graph) {
        List<DanglingReference> dangling = graph.dangling();
        List<Finding> all = new ArrayList<>();
        graph.clashes().forEach(clash -> all.add(clashFinding(clash)));
        LearnerDeadEnds.find(snapshot, graph.learners(), planner, all);
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
        int unseenDangling = Math.max(0, graph.danglingTotal() - dangling.size());
        if (unseenDangling > 0) {
            counts.merge(Finding.KIND_DANGLING_REFERENCE, unseenDangling, Integer::sum);
        }
        int unseenClashes = Math.max(0, graph.clashTotal() - graph.clashes().size());
        if (unseenClashes > 0) {
            counts.merge(Finding.KIND_SHARED_ID, unseenClashes, Integer::sum);
        }
        int unseen = unseenDangling + unseenClashes;
        return new ValidationReport(
                snapshot.version(),
                errors + unseen,
                warnings,
                all.size() - errors - warnings,
                counts,
                kept,
                kept.size() < all.size() || unseen > 0);
    }

    private static Finding clashFinding(IdClash clash) {
        return new Finding(
                Finding.KIND_SHARED_ID,
                Finding.ERROR,
                List.of(clash.id()),
                "The id '" + clash.id() + "' is held by a " + String.join(" and a ", clash.kinds())
                        + "; lookups by id (the neighbourhood among them) show only one of them",
                "Give all but one of them a new id (ids are unique across all kinds)");
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
