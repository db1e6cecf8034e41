package org.skillgraph.engine.coach;

import org.neo4j.driver.Value;
import org.skillgraph.engine.neo4j.Rows;

/** Reads the {@code pref*} members of a row (a coach-pool person, or a person's preferences) inside a transaction. */
public final class PreferenceRows {

    private PreferenceRows() {}

    public static CoachingPreferences of(Value v) {
        return new CoachingPreferences(
                Rows.string(v.get("prefFormat")),
                Rows.strings(v.get("prefLanguages")),
                Rows.string(v.get("prefTimezone")),
                v.get("prefOtherDepartment").isNull()
                        ? null
                        : v.get("prefOtherDepartment").asBoolean(),
                Rows.strings(v.get("prefWantsToCoach")),
                Rows.date(v.get("prefAvailableFrom")),
                Rows.date(v.get("prefAvailableUntil")));
    }
}
