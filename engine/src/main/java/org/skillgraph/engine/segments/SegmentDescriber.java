package org.skillgraph.engine.segments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

/** Describes a segment from its members' gaps and routes: readiness, gap profile, entry point, skippable modules. */
final class SegmentDescriber {

    private final CurriculumSnapshot snapshot;
    private final Map<String, SegmentService.Assessed> assessed;

    SegmentDescriber(CurriculumSnapshot snapshot, Map<String, SegmentService.Assessed> assessed) {
        this.snapshot = snapshot;
        this.assessed = assessed;
    }

    CohortSegments.Segment segment(
            String id, String name, String kind, SegmentRule rule, List<CohortSegments.Member> members) {
        var routed = members.stream()
                .map(m -> assessed.get(m.id()))
                .filter(a -> a != null)
                .toList();
        Double readiness = routed.isEmpty()
                ? null
                : Math.round(1000.0
                                * routed.stream()
                                        .mapToDouble(a -> a.gap().readiness())
                                        .average()
                                        .orElse(0))
                        / 1000.0;
        var routes = routed.stream().map(SegmentService.Assessed::routes).toList();
        var entry = EntryPoints.entry(routes, SegmentService.ENTRY_STEPS).stream()
                .map(s ->
                        new CohortSegments.EntryStep(s.moduleId(), title(s.moduleId()), s.members(), s.meanPosition()))
                .toList();
        var skip = EntryPoints.skippable(routes).stream()
                .map(s -> new CohortSegments.SkipModule(
                        s.moduleId(),
                        title(s.moduleId()),
                        snapshot.module(s.moduleId()).map(ModuleInfo::hours).orElse(0.0),
                        s.members(),
                        s.of()))
                .toList();
        return new CohortSegments.Segment(id, name, kind, rule, members, readiness, profile(routed), entry, skip);
    }

    private List<CohortSegments.ProfileSkill> profile(List<SegmentService.Assessed> routed) {
        var missing = new TreeMap<String, Integer>();
        for (var a : routed) {
            a.gap().skills().forEach(s -> missing.merge(s.skillId(), s.gap(), Integer::sum));
        }
        var profile = new ArrayList<CohortSegments.ProfileSkill>();
        missing.forEach((skill, total) -> {
            if (total > 0) {
                int index = snapshot.skillIndex(skill);
                profile.add(new CohortSegments.ProfileSkill(
                        skill,
                        index < 0 ? skill : snapshot.skillName(index),
                        Math.round(100.0 * total / routed.size()) / 100.0));
            }
        });
        profile.sort(Comparator.comparingDouble(CohortSegments.ProfileSkill::meanGap)
                .reversed()
                .thenComparing(CohortSegments.ProfileSkill::skillId));
        return List.copyOf(profile.subList(0, Math.min(SegmentService.PROFILE_SKILLS, profile.size())));
    }

    private String title(String moduleId) {
        return snapshot.module(moduleId).map(ModuleInfo::title).orElse(moduleId);
    }
}
