package org.skillgraph.engine.segments;

import java.util.List;

/**
 * A cohort split into segments: those defined in data and an automatic grouping by gap profile.
 *
 * @param roleChosenBy {@code request} when every member was compared with one role, {@code target} when each with
 *     their own target role
 * @param withoutRole members with no role to compare against (no target and none asked): not routed or grouped
 * @param rules the segments defined in data, in id order
 * @param unsegmented members no rule admits (only when the cohort defines rules)
 * @param automatic the automatic grouping
 */
public record CohortSegments(
        String cohortId,
        String cohortName,
        String roleChosenBy,
        long graphVersion,
        int members,
        List<Member> withoutRole,
        List<Segment> rules,
        List<Member> unsegmented,
        Grouping automatic) {

    public CohortSegments {
        withoutRole = List.copyOf(withoutRole);
        rules = List.copyOf(rules);
        unsegmented = List.copyOf(unsegmented);
    }

    /** A member, by id and name only. */
    public record Member(String id, String name) {}

    /**
     * One segment.
     *
     * @param kind {@code rule} or {@code cluster}
     * @param rule the definition of a rule segment, {@code null} for a cluster
     * @param meanReadiness mean readiness of its members who have a role, {@code null} without any
     * @param profile the skills its members miss most: mean missing levels over its routed members, largest first
     * @param entryPoint the first steps most of its members' routes share
     * @param canSkip modules of the from-scratch route that most members do not need
     */
    public record Segment(
            String id,
            String name,
            String kind,
            SegmentRule rule,
            List<Member> members,
            Double meanReadiness,
            List<ProfileSkill> profile,
            List<EntryStep> entryPoint,
            List<SkipModule> canSkip) {

        public Segment {
            members = List.copyOf(members);
            profile = List.copyOf(profile);
            entryPoint = List.copyOf(entryPoint);
            canSkip = List.copyOf(canSkip);
        }
    }

    public record ProfileSkill(String skillId, String name, double meanGap) {}

    /** A shared step: {@code members} routes contain it, at mean position {@code meanPosition} (from 0). */
    public record EntryStep(String moduleId, String title, int members, double meanPosition) {}

    /** A module {@code members} of the {@code of} members whose role's route holds it can skip. */
    public record SkipModule(String moduleId, String title, double hours, int members, int of) {}

    /**
     * The automatic grouping.
     *
     * @param method how it was made
     * @param silhouette mean silhouette of the grouping chosen, {@code null} when everyone stays in one group
     * @param silhouetteByK mean silhouette for k = 2, 3, … as tried
     */
    public record Grouping(
            String method, long seed, Double silhouette, List<Double> silhouetteByK, List<Segment> segments) {
        public Grouping {
            silhouetteByK = List.copyOf(silhouetteByK);
            segments = List.copyOf(segments);
        }
    }
}
