package org.skillgraph.engine.priorities;

import java.util.Objects;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * A person compared with a role: the filter's role, else their own target role.
 *
 * @param id the person's id; it never leaves the engine in an aggregate
 * @param roleId the role compared with
 * @param state what they hold and have completed, as the planners read it
 */
public record Member(String id, String roleId, LearnerState state) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(state, "state");
    }
}
