package org.skillgraph.engine.route;

import java.util.Objects;

/** The week from which a badge not earnable at the start becomes earnable: every certified level is held. */
public record BadgeMilestone(String badgeId, String badgeName, int week) {

    public BadgeMilestone {
        Objects.requireNonNull(badgeId, "badgeId");
        Objects.requireNonNull(badgeName, "badgeName");
    }
}
