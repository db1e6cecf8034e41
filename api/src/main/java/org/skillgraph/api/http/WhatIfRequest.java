package org.skillgraph.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.skillgraph.engine.design.CurriculumChange;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;

/** Body of {@code POST /api/v1/curriculum/what-if}: the hypothetical changes, applied in order. */
record WhatIfRequest(List<Change> changes) {

    static final int MAX_CHANGES = 50;
    static final double MAX_HOURS = 10_000;
    static final Set<String> OPS = Set.of("retire-module", "set-hours", "drop-prerequisite");

    /** One change; which fields it takes depends on {@code op}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(String op, String module, Double hours, String skill, String prerequisite) {}

    WhatIfRequest {
        changes = changes == null ? List.of() : changes;
    }

    /** The changes as engine values, or a 400 naming every bad field. */
    List<CurriculumChange> validated() {
        var errors = new ArrayList<FieldError>();
        if (changes.isEmpty() || changes.size() > MAX_CHANGES) {
            errors.add(new FieldError("/changes", "give 1 to " + MAX_CHANGES + " changes"));
        }
        for (int i = 0; i < changes.size() && i < MAX_CHANGES; i++) {
            check(changes.get(i), "/changes/" + i, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-body", "The what-if request is invalid", errors);
        }
        return changes.stream().map(WhatIfRequest::toChange).toList();
    }

    private static void check(Change change, String at, List<FieldError> errors) {
        if (change == null || change.op() == null || !OPS.contains(change.op())) {
            errors.add(new FieldError(
                    at + "/op",
                    "op must be one of "
                            + String.join(", ", OPS.stream().sorted().toList())));
            return;
        }
        boolean moduleOp = !change.op().equals("drop-prerequisite");
        require(moduleOp, change.module(), at + "/module", change.op(), errors);
        require(change.op().equals("set-hours"), change.hours(), at + "/hours", change.op(), errors);
        require(!moduleOp, change.skill(), at + "/skill", change.op(), errors);
        require(!moduleOp, change.prerequisite(), at + "/prerequisite", change.op(), errors);
        if (change.hours() != null
                && change.op().equals("set-hours")
                && !(change.hours() > 0 && change.hours() <= MAX_HOURS)) {
            errors.add(new FieldError(at + "/hours", "hours must be above 0 and at most " + (int) MAX_HOURS));
        }
    }

    /** A field {@code op} needs must be there (and not blank); one it does not use must be absent. */
    private static void require(boolean needed, Object value, String pointer, String op, List<FieldError> errors) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        if (needed && !present) {
            errors.add(new FieldError(pointer, op + " needs this field"));
        } else if (!needed && value != null) {
            errors.add(new FieldError(pointer, op + " does not use this field"));
        }
    }

    private static CurriculumChange toChange(Change change) {
        return switch (change.op()) {
            case "retire-module" -> new CurriculumChange.RetireModule(change.module());
            case "set-hours" -> new CurriculumChange.SetModuleHours(change.module(), change.hours());
            default -> new CurriculumChange.DropPrerequisite(change.skill(), change.prerequisite());
        };
    }
}
