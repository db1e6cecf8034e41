package org.skillgraph.engine.mentoring;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.coach.CoachingPreferences;
import org.skillgraph.engine.coach.PreferenceRows;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.PendingChanges;

/** Reads and replaces a person's coaching preferences, which the matcher scores as soft constraints. */
public final class PreferenceStore {

    private static final Set<String> FORMATS = Set.of(CoachingPreferences.IN_PERSON, CoachingPreferences.REMOTE);
    private static final int MAX_ITEMS = 20;

    private final GraphClient graph;

    public PreferenceStore(GraphClient graph) {
        this.graph = graph;
    }

    /** @throws NotFoundException unknown person */
    public CoachingPreferences get(String personId) {
        return graph.readOptional(
                        CypherResources.statement("mentoring/preferences-get"),
                        Map.of("id", personId),
                        r -> PreferenceRows.of(recordValue(r)))
                .orElseThrow(() -> new NotFoundException("person", personId));
    }

    /**
     * Replaces every preference (one left out is removed).
     *
     * @throws InvalidRequestException by pointer: an unknown format, time zone or skill, a window ending before it
     *     starts, too many items
     * @throws NotFoundException unknown person
     */
    public CoachingPreferences put(String personId, CoachingPreferences wanted) {
        var errors = new ArrayList<FieldError>();
        if (wanted.format() != null && !FORMATS.contains(wanted.format())) {
            errors.add(new FieldError("/format", "in-person or remote"));
        }
        if (wanted.timezone() != null) {
            try {
                ZoneId.of(wanted.timezone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("/timezone", "an IANA time zone such as Europe/Dublin"));
            }
        }
        if (wanted.languages().size() > MAX_ITEMS) {
            errors.add(new FieldError("/languages", "at most " + MAX_ITEMS + " languages"));
        }
        if (wanted.wantsToCoach().size() > MAX_ITEMS) {
            errors.add(new FieldError("/wantsToCoach", "at most " + MAX_ITEMS + " skills"));
        }
        if (wanted.availableFrom() != null
                && wanted.availableUntil() != null
                && wanted.availableUntil().isBefore(wanted.availableFrom())) {
            errors.add(new FieldError("/availableUntil", "on or after availableFrom"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-body", "The coaching preferences are invalid", errors);
        }
        var prefs = new HashMap<String, Object>();
        prefs.put("prefFormat", wanted.format());
        prefs.put("prefLanguages", wanted.languages().isEmpty() ? null : wanted.languages());
        prefs.put("prefTimezone", wanted.timezone());
        prefs.put("prefOtherDepartment", wanted.otherDepartment());
        prefs.put("prefWantsToCoach", wanted.wantsToCoach().isEmpty() ? null : wanted.wantsToCoach());
        prefs.put("prefAvailableFrom", wanted.availableFrom());
        prefs.put("prefAvailableUntil", wanted.availableUntil());
        var stored = graph
                .write(tx -> {
                    // Preferences are part of the coach index's view of a person: the feed names them.
                    PendingChanges.person(personId);
                    return tx.run(
                                    CypherResources.statement("mentoring/preferences-set"),
                                    Map.of("id", personId, "prefs", prefs))
                            .list();
                })
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("person", personId));
        var unknown = stored.get("unknownSkills").asList(org.neo4j.driver.Value::asString);
        if (!unknown.isEmpty()) {
            var bad = new ArrayList<FieldError>();
            for (int i = 0; i < wanted.wantsToCoach().size(); i++) {
                if (unknown.contains(wanted.wantsToCoach().get(i))) {
                    bad.add(new FieldError(
                            "/wantsToCoach/" + i,
                            "unknown skill '" + wanted.wantsToCoach().get(i) + "'"));
                }
            }
            throw new InvalidRequestException("unknown-skill", "Unknown skill(s) to coach", bad);
        }
        return PreferenceRows.of(recordValue(stored));
    }

    private static org.neo4j.driver.Value recordValue(org.neo4j.driver.Record r) {
        return org.neo4j.driver.Values.value(r.asMap());
    }
}
