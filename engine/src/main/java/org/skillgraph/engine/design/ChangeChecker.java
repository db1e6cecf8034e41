package org.skillgraph.engine.design;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.SkillLevel;

/**
 * Checks hypothetical changes against the snapshot and the changes before them: every id known (a module
 * added by an earlier change counts), every level on the scale, no prerequisite cycle. Names each bad field.
 */
final class ChangeChecker {

    private final CurriculumSnapshot snapshot;
    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> addedModules = new HashSet<>();
    /** REQUIRES edges as the changes so far leave them: skill to prerequisites. */
    private final Map<String, Set<String>> requires = new HashMap<>();

    private ChangeChecker(CurriculumSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** @throws InvalidRequestException naming {@code /changes/i/…} for every bad field */
    static void check(CurriculumSnapshot snapshot, List<CurriculumChange> changes) {
        var checker = new ChangeChecker(snapshot);
        for (int i = 0; i < changes.size(); i++) {
            checker.check(changes.get(i), "/changes/" + i + "/");
        }
        if (!checker.errors.isEmpty()) {
            throw new InvalidRequestException(
                    "unknown-reference", "Some changes name what does not exist", checker.errors);
        }
    }

    private void check(CurriculumChange change, String at) {
        if (change instanceof CurriculumChange.RetireModule c) {
            module(c.moduleId(), at);
        } else if (change instanceof CurriculumChange.SetModuleHours c) {
            module(c.moduleId(), at);
        } else if (change instanceof CurriculumChange.SetTeaches c) {
            module(c.moduleId(), at);
            levels(c.teaches(), at + "teaches/", 1);
        } else if (change instanceof CurriculumChange.SetAssumes c) {
            module(c.moduleId(), at);
            levels(c.assumes(), at + "assumes/", 0);
        } else if (change instanceof CurriculumChange.AddModule c) {
            if (snapshot.module(c.moduleId()).isPresent() || !addedModules.add(c.moduleId())) {
                errors.add(new FieldError(at + "module", "module '" + c.moduleId() + "' already exists"));
            }
            if (c.teaches().isEmpty()) {
                errors.add(new FieldError(at + "teaches", "a new module must teach at least one skill"));
            }
            levels(c.teaches(), at + "teaches/", 1);
            levels(c.assumes(), at + "assumes/", 0);
        } else if (change instanceof CurriculumChange.DropPrerequisite c) {
            if (skill(c.skillId(), at + "skill") & skill(c.prerequisiteId(), at + "prerequisite")) {
                if (!prerequisites(c.skillId()).remove(c.prerequisiteId())) {
                    errors.add(new FieldError(
                            at + "prerequisite",
                            "skill '" + c.skillId() + "' does not require '" + c.prerequisiteId() + "'"));
                }
            }
        } else if (change instanceof CurriculumChange.AddPrerequisite c) {
            level(c.level(), 1, at + "level");
            if (skill(c.skillId(), at + "skill") & skill(c.prerequisiteId(), at + "prerequisite")) {
                if (c.skillId().equals(c.prerequisiteId()) || reaches(c.prerequisiteId(), c.skillId())) {
                    errors.add(new FieldError(
                            at + "prerequisite",
                            "'" + c.prerequisiteId() + "' already requires '" + c.skillId()
                                    + "' (directly or through others): the prerequisite would close a cycle"));
                } else {
                    prerequisites(c.skillId()).add(c.prerequisiteId());
                }
            }
        } else if (change instanceof CurriculumChange.SetNeed c) {
            if (snapshot.roles().role(c.roleId()).isEmpty()) {
                errors.add(new FieldError(at + "role", "unknown role '" + c.roleId() + "'"));
            }
            skill(c.skillId(), at + "skill");
            level(c.level(), 0, at + "level");
            if (c.importance() != null && (c.importance() < 1 || c.importance() > 5)) {
                errors.add(new FieldError(at + "importance", "importance must be 1 to 5, was " + c.importance()));
            }
        }
    }

    private void module(String id, String at) {
        if (snapshot.module(id).isEmpty() && !addedModules.contains(id)) {
            errors.add(new FieldError(at + "module", "unknown module '" + id + "'"));
        }
    }

    private void levels(List<SkillLevel> levels, String at, int lowest) {
        for (int j = 0; j < levels.size(); j++) {
            skill(levels.get(j).skillId(), at + j + "/skill");
            level(levels.get(j).level(), lowest, at + j + "/level");
        }
    }

    private void level(int level, int lowest, String pointer) {
        if (level < lowest || level > 5) {
            errors.add(new FieldError(pointer, "level must be " + lowest + " to 5, was " + level));
        }
    }

    private boolean skill(String id, String pointer) {
        if (snapshot.skillIndex(id) < 0) {
            errors.add(new FieldError(pointer, "unknown skill '" + id + "'"));
            return false;
        }
        return true;
    }

    private Set<String> prerequisites(String skillId) {
        return requires.computeIfAbsent(skillId, s -> {
            Set<String> today = new HashSet<>();
            snapshot.prerequisites(s).forEach(p -> today.add(p.skillId()));
            return today;
        });
    }

    /** Whether {@code from} requires {@code to}, directly or through others, as the changes so far leave it. */
    private boolean reaches(String from, String to) {
        var seen = new HashSet<String>();
        var todo = new ArrayDeque<String>(List.of(from));
        while (!todo.isEmpty()) {
            String skill = todo.poll();
            for (String p : prerequisites(skill)) {
                if (p.equals(to)) {
                    return true;
                }
                if (seen.add(p)) {
                    todo.add(p);
                }
            }
        }
        return false;
    }
}
