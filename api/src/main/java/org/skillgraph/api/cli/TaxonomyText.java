package org.skillgraph.api.cli;

import org.skillgraph.engine.taxonomy.ApplyResult;
import org.skillgraph.engine.taxonomy.ChangeSet;

/** What diff and apply print. */
final class TaxonomyText {

    private TaxonomyText() {}

    static String summary(ChangeSet cs) {
        var i = cs.impact();
        return "Change set " + cs.id() + " of " + cs.framework() + ": " + cs.counts()
                + "\nImpact: " + i.people() + " people (" + i.holders() + " hold a removed skill), "
                + i.roles().count() + " roles, " + i.modules().count() + " modules teaching removed skills, "
                + i.badges().count() + " badges, " + i.coachingPairs() + " coaching pairs"
                + "\nRoles removed: " + i.removedRoles().count() + " (" + i.roleHolders()
                + " people in or targeting them, "
                + i.roleMoves() + " career moves to or from them)"
                + "\nFrom-scratch routes: " + i.routes().changed() + " of "
                + i.routes().compared()
                + " affected roles change hours" + routes(i)
                + "\nReview: GET /api/v1/frameworks/" + cs.framework() + "/changesets/" + cs.id()
                + "; apply: skillgraph apply " + cs.framework() + " " + cs.id();
    }

    static String summary(ApplyResult r) {
        return "Applied as version " + r.version().seq() + " of " + r.version().framework() + " ("
                + r.version().summary() + "); " + r.deprecated() + " skills deprecated, " + r.superseded()
                + " superseded; mirrored " + r.holdings() + " holdings and " + r.evidence()
                + " evidence records; moved "
                + r.needs() + " role needs and " + r.teachings() + " teachings; " + r.coachingPairs()
                + " coaching pairs rewritten; " + r.badgesMigrated() + " badges migrated, " + r.badgesFlagged()
                + " flagged for review; " + r.rolesDeprecated() + " roles deprecated (" + r.rolesReplaced()
                + " replaced: " + r.peopleMoved() + " targets and current roles, " + r.roleMoves()
                + " career moves moved)";
    }

    private static String routes(org.skillgraph.engine.taxonomy.Impact i) {
        var out = new StringBuilder();
        for (var h : i.routes().sample()) {
            out.append("\n  ")
                    .append(h.role())
                    .append(": ")
                    .append(h.before() == null ? "new" : h.before() + " h")
                    .append(" -> ")
                    .append(h.after())
                    .append(" h");
        }
        return out.toString();
    }
}
