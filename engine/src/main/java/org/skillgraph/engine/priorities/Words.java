package org.skillgraph.engine.priorities;

import java.util.List;

/** Each rank said in words, from the figures shown beside it. */
final class Words {

    private Words() {}

    static String skill(
            String name,
            int level,
            int members,
            int critical,
            List<SkillPriority.Unblocked> unblocks,
            int unblocked,
            int assessed,
            double saved,
            int essential,
            int ready,
            int reachable) {
        var text = new StringBuilder(name).append(" to level ").append(level);
        if (critical > 0) {
            text.append(" unblocks ")
                    .append(names(
                            unblocks.stream().map(SkillPriority.Unblocked::name).toList(), unblocked))
                    .append(" for ")
                    .append(critical)
                    .append(" of ")
                    .append(assessed)
                    .append(" members");
        } else {
            text.append(" is lacked by ")
                    .append(members)
                    .append(" of ")
                    .append(assessed)
                    .append(" members");
        }
        text.append("; closing it takes ").append(Hours.text(saved)).append(" off their routes");
        return text.append(outcomes(essential, ready, reachable)).append('.').toString();
    }

    static String module(
            String title,
            double hours,
            String modality,
            int onRoutes,
            int helped,
            int assessed,
            double removed,
            int ready,
            int reachable) {
        var text = new StringBuilder("Teaching ")
                .append(title)
                .append(" (")
                .append(Hours.text(hours))
                .append(", ")
                .append(modality)
                .append(") as one session takes ")
                .append(Hours.text(removed))
                .append(" off the routes of ")
                .append(helped)
                .append(" of ")
                .append(assessed)
                .append(" members (on ")
                .append(onRoutes)
                .append(onRoutes == 1 ? " route)" : " routes)");
        return text.append(outcomes(0, ready, reachable)).append('.').toString();
    }

    private static String outcomes(int essential, int ready, int reachable) {
        var text = new StringBuilder();
        if (essential > 0) {
            text.append(", closes ").append(essential).append(essential == 1 ? " essential gap" : " essential gaps");
        }
        if (ready > 0) {
            text.append(", makes ").append(ready).append(ready == 1 ? " member ready" : " members ready");
        }
        if (reachable > 0) {
            text.append(", lets ").append(reachable).append(" reach their whole role");
        }
        return text.toString();
    }

    /** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
    private static String names(List<String> shown, int total) {
        if (total > shown.size()) {
            return String.join(", ", shown) + " and " + (total - shown.size()) + " more";
        }
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }
}
