package org.skillgraph.api.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * Body of {@code POST /api/v1/routes}: a learner who is not in the graph (levels held, modules done)
 * and a target, either a role or explicit skill levels.
 */
record RouteRequest(
        Map<String, Integer> levels,
        List<String> completedModules,
        String role,
        Map<String, Integer> skills,
        Preferences preferences) {

    /** Route preferences; every field optional. */
    record Preferences(
            List<String> excludeModalities, Boolean selfPacedOnly, Boolean includeOptional, Double maxWeeklyHours) {}

    RouteRequest {
        levels = levels == null ? Map.of() : levels;
        completedModules = completedModules == null ? List.of() : completedModules;
        skills = skills == null ? Map.of() : skills;
    }

    void validate() {
        var errors = new ArrayList<FieldError>();
        levels.forEach((skill, level) -> {
            if (level == null || level < 0 || level > 5) {
                errors.add(new FieldError("/levels/" + escape(skill), "a level must be between 0 and 5"));
            }
        });
        skills.forEach((skill, level) -> {
            if (level == null || level < 1 || level > 5) {
                errors.add(new FieldError("/skills/" + escape(skill), "a required level must be between 1 and 5"));
            }
        });
        if ((role == null) == skills.isEmpty()) {
            errors.add(new FieldError("/role", "give exactly one target: role (a role id) or skills ({skill: level})"));
        }
        if (preferences != null) {
            if (preferences.maxWeeklyHours() != null
                    && !(preferences.maxWeeklyHours() >= 0.5 && preferences.maxWeeklyHours() <= 80)) {
                errors.add(new FieldError("/preferences/maxWeeklyHours", "must be between 0.5 and 80"));
            }
            var excluded =
                    preferences.excludeModalities() == null ? List.<String>of() : preferences.excludeModalities();
            for (int i = 0; i < excluded.size(); i++) {
                if (!CatalogController.MODALITIES.contains(excluded.get(i))) {
                    errors.add(new FieldError(
                            "/preferences/excludeModalities/" + i,
                            "must be one of "
                                    + String.join(
                                            ", ",
                                            CatalogController.MODALITIES.stream()
                                                    .sorted()
                                                    .toList())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-body", "The route request is invalid", errors);
        }
    }

    LearnerState learner() {
        return new LearnerState(levels, Set.copyOf(new HashSet<>(completedModules)));
    }

    RoutePreferences routePreferences() {
        if (preferences == null) {
            return RoutePreferences.defaults();
        }
        return new RoutePreferences(
                preferences.excludeModalities() == null ? Set.of() : Set.copyOf(preferences.excludeModalities()),
                Boolean.TRUE.equals(preferences.selfPacedOnly()),
                Boolean.TRUE.equals(preferences.includeOptional()),
                preferences.maxWeeklyHours());
    }

    /** JSON pointer escaping (RFC 6901) of a map key. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
