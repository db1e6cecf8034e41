package org.skillgraph.engine.taxonomy;

import java.util.List;

/**
 * What a change set affects. Curriculum ids (roles, modules, badges) are listed up to {@link #SAMPLE}; people
 * are only counted here: a sample of them is read on demand by callers allowed to see people.
 *
 * @param people people who hold a removed skill or are in or target a role whose profile or needed skills change,
 *     or a removed role
 * @param holders people who hold a removed skill
 * @param roles roles whose profile changes or that need a removed skill or one whose prerequisites change
 * @param modules modules that teach a removed skill
 * @param badges badges that certify a removed skill
 * @param coachingPairs active coaching pairs about a removed skill
 * @param removedRoles roles the new version no longer describes
 * @param roleHolders people in or targeting a removed role
 * @param roleMoves career moves (LEADS_TO) to or from a removed role
 * @param routes from-scratch route hours of the affected roles, before and after
 */
public record Impact(
        long people,
        long holders,
        Sample roles,
        Sample modules,
        Sample badges,
        long coachingPairs,
        Sample removedRoles,
        long roleHolders,
        long roleMoves,
        Routes routes) {

    public static final int SAMPLE = 20;

    /** A count and the first ids in id order. */
    public record Sample(long count, List<String> ids) {
        public Sample {
            ids = List.copyOf(ids);
        }

        static Sample of(List<String> all) {
            return new Sample(all.size(), all.stream().sorted().limit(SAMPLE).toList());
        }
    }

    /**
     * The affected roles' from-scratch routes planned on today's curriculum and on the candidate one.
     *
     * @param compared roles planned (the affected ones, at most {@link RouteHours#MAX_ROLES})
     * @param changed roles whose hours move
     * @param sample up to {@link #SAMPLE} of those, the largest move first
     */
    /**
     * @param compared roles planned on both curricula
     * @param notCompared affected roles left unplanned: past {@link RouteHours#MAX_ROLES}, or once the planning
     *     ran out of {@link RouteHours#BUDGET}
     * @param changed roles whose hours move
     * @param sample the largest moves
     */
    public record Routes(long compared, long notCompared, long changed, List<RouteHours> sample) {
        public Routes {
            sample = List.copyOf(sample);
        }

        static Routes none() {
            return new Routes(0, 0, 0, List.of());
        }
    }
}
