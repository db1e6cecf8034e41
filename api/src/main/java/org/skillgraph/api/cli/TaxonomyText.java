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
                + "\nReview: GET /api/v1/frameworks/" + cs.framework() + "/changesets/" + cs.id()
                + "; apply: skillgraph apply " + cs.framework() + " " + cs.id();
    }

    static String summary(ApplyResult r) {
        return "Applied as version " + r.version().seq() + " of " + r.version().framework() + " ("
                + r.version().summary() + "); " + r.deprecated() + " skills deprecated, " + r.superseded()
                + " superseded; mirrored " + r.holdings() + " holdings and " + r.evidence()
                + " evidence records; moved "
                + r.needs() + " role needs and " + r.teachings() + " teachings; " + r.coachingPairs()
                + " coaching pairs rewritten";
    }
}
