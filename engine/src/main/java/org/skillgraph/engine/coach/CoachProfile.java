package org.skillgraph.engine.coach;

import java.util.Objects;

/**
 * What matching answers show of a coach: enough to recognise and reach them, not their whole profile.
 *
 * @param department department, or {@code null}
 * @param location office location, or {@code null}
 * @param timezone IANA time zone, or {@code null}
 */
public record CoachProfile(String id, String name, String department, String location, String timezone) {

    public CoachProfile {
        Objects.requireNonNull(id, "id");
    }
}
