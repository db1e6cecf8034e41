package org.skillgraph.engine.segments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.gap.GapReport;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.RoleInfo;

/**
 * Segments a cohort: the rule segments its data defines, plus an automatic grouping of members with similar
 * gap vectors ({@link GapClustering}). Each segment gets its entry point and the modules most members can
 * skip, from the members' own routes ({@link RoutePlanner}, default preferences) and the from-scratch route
 * of their role, both kept between requests ({@link RouteMemo}). One round trip; the rest runs on the
 * curriculum snapshot of the same version.
 */
public final class SegmentService {

    /** Shared steps listed as a segment's entry point. */
    public static final int ENTRY_STEPS = 3;

    /** Skills listed in a segment's gap profile. */
    public static final int PROFILE_SKILLS = 5;

    private final SegmentRepository repository;
    private final CurriculumCache curriculum;
    private final GapPlanner gaps;
    private final RouteMemo routes;
    private final GapClustering clustering;

    public SegmentService(
            SegmentRepository repository,
            CurriculumCache curriculum,
            GapPlanner gaps,
            RoutePlanner routes,
            GapClustering clustering) {
        this.repository = repository;
        this.curriculum = curriculum;
        this.gaps = gaps;
        this.routes = new RouteMemo(routes);
        this.clustering = clustering;
    }

    /** A member compared with a role: gap and routes. */
    record Assessed(CohortData.Member member, String roleId, GapReport gap, EntryPoints.Routes routes) {}

    /**
     * The segments of a cohort, every member compared with {@code roleId}, or with their own target role when
     * it is null.
     *
     * @throws NotFoundException for an unknown cohort or role
     */
    public CohortSegments segments(String cohortId, String roleId) {
        var cohort = repository.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        return segment(cohort, roleId);
    }

    /**
     * Everyone targeting {@code roleId}, grouped automatically (a role defines no rule segments).
     *
     * @throws NotFoundException for an unknown role
     */
    public CohortSegments targeting(String roleId) {
        var group = repository.targeting(roleId).orElseThrow(() -> new NotFoundException("role", roleId));
        return segment(group, roleId);
    }

    private CohortSegments segment(CohortData cohort, String roleId) {
        var snapshot = curriculum.at(cohort.graphVersion());
        if (roleId != null && snapshot.roles().role(roleId).isEmpty()) {
            throw new NotFoundException("role", roleId);
        }
        var assessed = new LinkedHashMap<String, Assessed>();
        var withoutRole = new ArrayList<CohortSegments.Member>();
        for (var m : cohort.members()) {
            var role = roleId != null ? roleId : m.targetRoleId();
            if (role == null || snapshot.roles().role(role).isEmpty()) {
                withoutRole.add(member(m));
                continue;
            }
            var own = routes.route(snapshot, m.state(), role);
            var fromScratch = routes.fromScratch(snapshot, role);
            assessed.put(
                    m.id(),
                    new Assessed(
                            m,
                            role,
                            gaps.forRole(snapshot, m.state(), role),
                            new EntryPoints.Routes(own, fromScratch)));
        }
        var describe = new SegmentDescriber(snapshot, assessed);
        var ruleSegments = new ArrayList<CohortSegments.Segment>();
        var placed = new TreeSet<String>();
        for (var rule : cohort.rules()) {
            var ids = new ArrayList<String>();
            for (var m : cohort.members()) {
                var a = assessed.get(m.id());
                if (rule.admits(
                        a == null ? null : a.gap().readiness(),
                        roleLevel(snapshot, m.roleId()),
                        m.targetRoleId(),
                        m.pace())) {
                    ids.add(m.id());
                }
            }
            placed.addAll(ids);
            ruleSegments.add(describe.segment(rule.id(), rule.name(), "rule", rule, members(cohort, ids)));
        }
        var unsegmented = cohort.rules().isEmpty()
                ? List.<CohortSegments.Member>of()
                : cohort.members().stream()
                        .filter(m -> !placed.contains(m.id()))
                        .map(SegmentService::member)
                        .toList();
        return new CohortSegments(
                cohort.id(),
                cohort.name(),
                roleId == null ? "target" : "request",
                snapshot.version(),
                cohort.members().size(),
                withoutRole,
                ruleSegments,
                unsegmented,
                automatic(cohort, assessed, snapshot, describe));
    }

    private CohortSegments.Grouping automatic(
            CohortData cohort, Map<String, Assessed> assessed, CurriculumSnapshot snapshot, SegmentDescriber describe) {
        var skills = new TreeSet<String>();
        assessed.values().forEach(a -> snapshot.roleProfile(a.roleId()).forEach(n -> skills.add(n.skillId())));
        var points = new ArrayList<GapClustering.Point>();
        for (var a : assessed.values()) {
            var byskill = new HashMap<String, Integer>();
            a.gap().skills().forEach(s -> byskill.put(s.skillId(), s.gap()));
            double[] vector =
                    skills.stream().mapToDouble(s -> byskill.getOrDefault(s, 0)).toArray();
            points.add(new GapClustering.Point(a.member().id(), vector));
        }
        var result = clustering.cluster(points);
        var segments = new ArrayList<CohortSegments.Segment>();
        for (int g = 0; g < result.groups().size(); g++) {
            segments.add(describe.segment(
                    "auto-" + (g + 1),
                    "Group " + (g + 1),
                    "cluster",
                    null,
                    members(cohort, result.groups().get(g))));
        }
        return new CohortSegments.Grouping(
                "k-means++ on gap vectors (Apache Commons Math), k by best mean silhouette",
                clustering.seed(),
                result.silhouette(),
                result.tried(),
                segments);
    }

    private static Integer roleLevel(CurriculumSnapshot snapshot, String roleId) {
        return roleId == null
                ? null
                : snapshot.roles().role(roleId).map(RoleInfo::level).orElse(null);
    }

    private static List<CohortSegments.Member> members(CohortData cohort, List<String> ids) {
        var wanted = new HashSet<>(ids);
        return cohort.members().stream()
                .filter(m -> wanted.contains(m.id()))
                .map(SegmentService::member)
                .toList();
    }

    private static CohortSegments.Member member(CohortData.Member m) {
        return new CohortSegments.Member(m.id(), m.name());
    }
}
