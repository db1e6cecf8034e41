package org.skillgraph.api.cli;

import java.util.ArrayList;
import java.util.List;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.DemoOrganisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens printed when the server starts, so nobody is locked out of a fresh install: when this start loaded the
 * demo organisation, one admin token and one learner token for the demo learner ({@link
 * DemoOrganisation#LEARNER}) to try both; otherwise (a later start with {@code --demo} included) an admin token
 * only when no active admin token exists yet (at most one even when several nodes start together). Restarts
 * mint nothing, so no unrevoked demo tokens pile up. Secrets go to standard output once and are stored only as
 * hashes.
 */
final class StartupTokens {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTokens.class);

    private StartupTokens() {}

    static void print(Skillgraph skillgraph, boolean demoLoaded) {
        issue(skillgraph, demoLoaded).forEach(System.out::println);
    }

    /** Issues the tokens this start owes and returns the lines that show their secrets. */
    static List<String> issue(Skillgraph skillgraph, boolean demoLoaded) {
        var tokens = skillgraph.services().security().tokens();
        var lines = new ArrayList<String>();
        if (demoLoaded) {
            lines.add("Admin token (demo):   "
                    + tokens.issue(AccessRole.ADMIN, null, "demo admin").secret());
            skillgraph.services().people().find(DemoOrganisation.LEARNER).ifPresent(p -> {
                var learner = tokens.issue(AccessRole.LEARNER, p.id(), "demo learner");
                lines.add("Learner token (demo, " + p.name() + ", " + p.id() + "): " + learner.secret());
            });
            return lines;
        }
        // Atomic across API nodes: of several nodes starting together on an empty graph, one creates and prints
        // the token; the others find it and print only that one exists.
        tokens.issueFirstAdmin("first admin")
                .ifPresentOrElse(
                        admin -> lines.add("No admin token existed; created one (shown only now): " + admin.secret()),
                        () -> LOG.info("An active admin token exists; none created (`skillgraph token create"
                                + " --role admin` adds one)"));
        return lines;
    }
}
