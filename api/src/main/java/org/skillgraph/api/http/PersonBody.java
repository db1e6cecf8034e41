package org.skillgraph.api.http;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.skillgraph.engine.editing.PersonDraft;

/**
 * Body of {@code POST /people} and {@code PUT /people/{id}}: the person's record in the bundle's
 * vocabulary. Holdings have their own resource; learning history is imported, not edited.
 */
record PersonBody(
        String id,
        String name,
        String department,
        String location,
        String timezone,
        String role,
        String targetRole,
        LocalDate targetSince,
        String manager,
        Double weeklyHours,
        String pace,
        Coaching coaching) {

    record Coaching(Boolean optIn, Integer capacity) {}

    PersonDraft toDraft(String pathId) {
        var c = new BodyCheck();
        var personId = Ids.of(c, id, pathId);
        c.name("/name", name);
        c.text("/department", department, BodyCheck.MAX_NAME);
        c.text("/location", location, BodyCheck.MAX_NAME);
        if (timezone != null && !isZone(timezone)) {
            c.fail("/timezone", "must be an IANA time zone name such as Europe/Dublin");
        }
        c.id("/role", role);
        c.id("/targetRole", targetRole);
        if (targetSince != null && targetRole == null) {
            c.fail("/targetSince", "needs a targetRole");
        }
        c.id("/manager", manager);
        if (manager != null && Objects.equals(manager, personId)) {
            c.fail("/manager", "a person cannot be their own manager");
        }
        if (weeklyHours != null && !(weeklyHours > 0 && weeklyHours <= 168)) {
            c.fail("/weeklyHours", "must be greater than 0 and at most 168, was " + weeklyHours);
        }
        c.oneOf("/pace", pace, Vocabulary.PACES);
        if (coaching != null) {
            c.present("/coaching/optIn", coaching.optIn());
            if (c.present("/coaching/capacity", coaching.capacity())) {
                c.range("/coaching/capacity", coaching.capacity(), 0, 100);
            }
        }
        c.throwIfInvalid("person");
        return new PersonDraft(
                personId,
                name,
                department,
                location,
                timezone,
                role,
                targetRole,
                targetSince,
                manager,
                weeklyHours,
                pace,
                coaching == null ? null : new PersonDraft.Coaching(coaching.optIn(), coaching.capacity()));
    }

    private static boolean isZone(String zone) {
        try {
            // Region ids only (Europe/Dublin, UTC), as the bundle schema; offsets like +02:00 are not zones.
            return zone.length() <= 64 && (zone.equals("UTC") || zone.contains("/")) && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
