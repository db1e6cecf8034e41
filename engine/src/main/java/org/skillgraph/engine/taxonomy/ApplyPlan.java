package org.skillgraph.engine.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.taxonomy.ChangeEntry.Kind;

/**
 * The statement parameters that apply a change set's entries and the designer's choices (pure), checked first:
 * a choice must be about a skill (or role) the change set removes, and every successor must be a skill (or role)
 * the graph holds or the change set adds (not one it removes).
 */
record ApplyPlan(
        List<Map<String, Object>> skills,
        List<Map<String, Object>> broader,
        List<Map<String, Object>> requires,
        List<Map<String, Object>> roles,
        List<String> removed,
        List<Map<String, Object>> replacements,
        Map<String, List<String>> successors,
        List<Map<String, Object>> retiredRoles) {

    static ApplyPlan of(
            List<ChangeEntry> entries, ApplyChoices choices, Set<String> existingSkills, Set<String> existingRoles) {
        var skills = new LinkedHashMap<String, Map<String, Object>>();
        var broader = new ArrayList<Map<String, Object>>();
        var requires = new ArrayList<Map<String, Object>>();
        var roles = new LinkedHashMap<String, Map<String, Object>>();
        var removed = new ArrayList<String>();
        var added = new HashSet<String>();
        var removedRoles = new HashSet<String>();
        var addedRoles = new HashSet<String>();
        for (var e : entries) {
            switch (kind(e)) {
                case SKILL_ADDED -> {
                    added.add(e.id());
                    var row = skill(skills, e.id());
                    row.put("name", e.after().get(0));
                    row.put("description", e.after().get(1));
                    row.put("uri", e.after().get(2));
                }
                case SKILL_RENAMED ->
                    skill(skills, e.id()).put("name", e.after().get(0));
                case DESCRIPTION_CHANGED ->
                    skill(skills, e.id()).put("description", e.after().get(0));
                case SKILL_MOVED -> broader.add(Map.of("id", e.id(), "broader", e.after()));
                case PREREQUISITES_CHANGED -> requires.add(Map.of("id", e.id(), "requires", levels(e.after())));
                case ROLE_ADDED -> {
                    addedRoles.add(e.id());
                    role(roles, e).put("title", e.label());
                }
                case ROLE_REMOVED -> removedRoles.add(e.id());
                case ROLE_PROFILE_CHANGED -> role(roles, e).put("needs", needs(e.after()));
                case SKILL_REMOVED -> removed.add(e.id());
            }
        }
        var errors = new ArrayList<FieldError>();
        var replaced = replacements(choices, Set.copyOf(removed), added, existingSkills, errors);
        var retired = retiredRoles(choices, removedRoles, addedRoles, existingRoles, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(
                    "invalid-choices", "The apply choices have problems; nothing was applied", errors);
        }
        var rows = new ArrayList<Map<String, Object>>();
        replaced.forEach((from, to) ->
                to.forEach((skill, share) -> rows.add(Map.of("from", from, "to", skill, "share", share))));
        var successors = new TreeMap<String, List<String>>();
        replaced.forEach((from, to) -> successors.put(from, List.copyOf(to.keySet())));
        return new ApplyPlan(
                List.copyOf(skills.values()),
                broader,
                requires,
                List.copyOf(roles.values()),
                removed,
                rows,
                successors,
                retired);
    }

    /** Rows {role, action, successor} for the removed roles the designer deprecates or replaces (keep: none). */
    private static List<Map<String, Object>> retiredRoles(
            ApplyChoices choices,
            Set<String> removed,
            Set<String> added,
            Set<String> existing,
            List<FieldError> errors) {
        var out = new ArrayList<Map<String, Object>>();
        var seen = new HashSet<String>();
        for (int i = 0; i < choices.roles().size(); i++) {
            var c = choices.roles().get(i);
            var at = "/roles/" + i;
            if (!removed.contains(c.role())) {
                errors.add(new FieldError(at + "/role", "this change set does not remove role " + c.role()));
            } else if (!seen.add(c.role())) {
                errors.add(new FieldError(at + "/role", "role " + c.role() + " has a choice already"));
            } else if ("keep".equals(c.action())) {
                continue;
            } else if ("deprecate".equals(c.action())) {
                var row = new HashMap<String, Object>();
                row.put("role", c.role());
                row.put("successor", null);
                out.add(row);
            } else if (!"replace".equals(c.action())) {
                errors.add(new FieldError(at + "/action", "action must be keep, deprecate or replace"));
            } else if (c.successor() == null
                    || removed.contains(c.successor())
                    || !(added.contains(c.successor()) || existing.contains(c.successor()))) {
                errors.add(
                        new FieldError(
                                at + "/successor",
                                "unknown role " + c.successor()
                                        + ": a successor must be a role the graph holds or this change set adds, not one it removes"));
            } else {
                out.add(Map.of("role", c.role(), "successor", c.successor()));
            }
        }
        return out;
    }

    private static Map<String, Map<String, Double>> replacements(
            ApplyChoices choices,
            Set<String> removed,
            Set<String> added,
            Set<String> existing,
            List<FieldError> errors) {
        var out = new LinkedHashMap<String, Map<String, Double>>();
        var seen = new HashSet<String>();
        for (int i = 0; i < choices.choices().size(); i++) {
            var c = choices.choices().get(i);
            var at = "/choices/" + i;
            if (!removed.contains(c.skill())) {
                errors.add(new FieldError(at + "/skill", "this change set does not remove skill " + c.skill()));
                continue;
            }
            if (!seen.add(c.skill())) {
                errors.add(new FieldError(at + "/skill", "skill " + c.skill() + " has a choice already"));
                continue;
            }
            if ("deprecate".equals(c.action())) {
                continue;
            }
            if (!"replace".equals(c.action())) {
                errors.add(new FieldError(at + "/action", "action must be replace or deprecate"));
                continue;
            }
            if (c.successors().isEmpty()) {
                errors.add(new FieldError(at + "/successors", "replace needs at least one successor"));
                continue;
            }
            var to = new LinkedHashMap<String, Double>();
            for (int j = 0; j < c.successors().size(); j++) {
                var s = c.successors().get(j);
                var sat = at + "/successors/" + j;
                if (s.skill() == null
                        || removed.contains(s.skill())
                        || !(added.contains(s.skill()) || existing.contains(s.skill()))) {
                    errors.add(
                            new FieldError(
                                    sat + "/skill",
                                    "unknown skill " + s.skill()
                                            + ": a successor must be a skill the graph holds or this change set adds, not one it removes"));
                } else if (s.share() != null && (s.share() <= 0 || s.share() > 1)) {
                    errors.add(new FieldError(sat + "/share", "share must be above 0 and at most 1"));
                } else {
                    to.put(s.skill(), s.share() == null ? 1.0 / c.successors().size() : s.share());
                }
            }
            out.put(c.skill(), to);
        }
        return out;
    }

    private static Kind kind(ChangeEntry e) {
        for (var k : Kind.values()) {
            if (k.wireName().equals(e.kind())) {
                return k;
            }
        }
        throw new IllegalStateException("Unknown change kind " + e.kind());
    }

    private static Map<String, Object> skill(Map<String, Map<String, Object>> rows, String id) {
        return rows.computeIfAbsent(id, k -> {
            var row = new HashMap<String, Object>();
            row.put("id", k);
            return row;
        });
    }

    private static Map<String, Object> role(Map<String, Map<String, Object>> rows, ChangeEntry e) {
        return rows.computeIfAbsent(e.id(), k -> {
            var row = new HashMap<String, Object>();
            row.put("id", k);
            row.put("title", e.label());
            row.put("needs", List.of());
            return row;
        });
    }

    /** {@code skill@level} strings as rows. */
    static List<Map<String, Object>> levels(List<String> values) {
        return values.stream()
                .map(v -> v.split("@", -1))
                .map(p -> Map.<String, Object>of("skill", p[0], "level", Integer.parseInt(p[1])))
                .toList();
    }

    /** {@code skill@level@importance@essential} strings as rows. */
    static List<Map<String, Object>> needs(List<String> values) {
        return values.stream()
                .map(v -> v.split("@", -1))
                .map(p -> Map.<String, Object>of(
                        "skill", p[0],
                        "level", Integer.parseInt(p[1]),
                        "importance", Integer.parseInt(p[2]),
                        "essential", Boolean.parseBoolean(p[3])))
                .toList();
    }
}
