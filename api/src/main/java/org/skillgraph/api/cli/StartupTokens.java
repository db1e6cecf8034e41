package org.skillgraph.api.cli;

import java.util.Optional;
import org.skillgraph.api.app.Services;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens printed when the server starts, so nobody is locked out of a fresh install: with {@code --demo},
 * one admin and one learner token to try both; otherwise an admin token only when no active admin token
 * exists yet (the first start; at most one even when several nodes start together). Secrets go to standard
 * output once and are stored only as hashes.
 */
final class StartupTokens {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTokens.class);

    private StartupTokens() {}

    /** The person whose learner token {@code serve --demo} prints: the first, by id, who has a target role. */
    static Optional<PersonSummary> demoLearner(Services services) {
        return services.people().list(null, null, null, null, null, Cursor.MAX_LIMIT).items().stream()
                .filter(p -> p.targetRoleId() != null)
                .findFirst();
    }

    static void print(Skillgraph skillgraph, boolean demo) {
        var tokens = skillgraph.services().security().tokens();
        if (demo) {
            var admin = tokens.issue(AccessRole.ADMIN, null, "demo admin");
            System.out.println("Admin token (demo):   " + admin.secret());
            demoLearner(skillgraph.services()).ifPresent(p -> {
                var learner = tokens.issue(AccessRole.LEARNER, p.id(), "demo learner");
                System.out.println("Learner token (demo, " + p.name() + ", " + p.id() + "): " + learner.secret());
            });
            return;
        }
        // Atomic across API nodes: of several nodes starting together on an empty graph, one creates and prints
        // the token; the others find it and print only that one exists.
        tokens.issueFirstAdmin("first admin")
                .ifPresentOrElse(
                        admin -> System.out.println(
                                "No admin token existed; created one (shown only now): " + admin.secret()),
                        () -> LOG.info("An active admin token exists; none created (`skillgraph token create"
                                + " --role admin` adds one)"));
    }
}
