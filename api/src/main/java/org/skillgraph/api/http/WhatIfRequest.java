package org.skillgraph.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillgraph.engine.design.CurriculumChange;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.snapshot.SkillLevel;

/**
 * Body of {@code POST /api/v1/curriculum/what-if}: the hypothetical changes, applied in order, and optionally
 * the population whose people the answer should speak about ({@code {}} for everyone).
 */
record WhatIfRequest(List<Change> changes, PopulationBody population) {

    static final int MAX_CHANGES = 50;
    static final double MAX_HOURS = 10_000;

    /** The fields each op takes: the first ones required, those after {@code |} optional. */
    static final Map<String, String> OPS = Map.of(
            "retire-module", "module",
            "set-hours", "module hours",
            "drop-prerequisite", "skill prerequisite",
            "add-module", "module hours modality teaches | title assumes",
            "set-teaches", "module teaches",
            "set-assumes", "module assumes",
            "add-prerequisite", "skill prerequisite level",
            "set-need", "role skill level | importance essential");

    /** One change; which fields it takes depends on {@code op}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(
            String op,
            String module,
            String title,
            Double hours,
            String modality,
            List<LevelRefBody> teaches,
            List<LevelRefBody> assumes,
            String skill,
            String prerequisite,
            String role,
            Integer level,
            Integer importance,
            Boolean essential) {}

    /** Whom to speak about: people with this target role, in this cohort, of this department (each optional). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PopulationBody(String role, String cohort, String department) {
        MetricsFilter filter() {
            return new MetricsFilter(blankToNull(role), blankToNull(cohort), blankToNull(department));
        }
    }

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
        if (change == null || change.op() == null || !OPS.containsKey(change.op())) {
            errors.add(new FieldError(
                    at + "/op",
                    "op must be one of "
                            + String.join(", ", OPS.keySet().stream().sorted().toList())));
            return;
        }
        String[] spec = OPS.get(change.op()).split("\\|");
        Set<String> required = Set.of(spec[0].trim().split(" "));
        Set<String> optional = spec.length > 1 ? Set.of(spec[1].trim().split(" ")) : Set.of();
        fields(change).forEach((name, value) -> {
            boolean present = value != null && !(value instanceof String text && text.isBlank());
            if (required.contains(name) && !present) {
                errors.add(new FieldError(at + "/" + name, change.op() + " needs this field"));
            } else if (!required.contains(name) && !optional.contains(name) && value != null) {
                errors.add(new FieldError(at + "/" + name, change.op() + " does not use this field"));
            }
        });
        if (change.hours() != null && !(change.hours() > 0 && change.hours() <= MAX_HOURS)) {
            errors.add(new FieldError(at + "/hours", "hours must be above 0 and at most " + (int) MAX_HOURS));
        }
        if (change.modality() != null && !CatalogController.MODALITIES.contains(change.modality())) {
            errors.add(new FieldError(
                    at + "/modality",
                    "modality must be one of "
                            + String.join(
                                    ", ",
                                    CatalogController.MODALITIES.stream()
                                            .sorted()
                                            .toList())));
        }
        levelRefs(change.teaches(), at + "/teaches", errors);
        levelRefs(change.assumes(), at + "/assumes", errors);
    }

    /** Each entry needs a skill and a level; the engine checks that the skill exists and the level fits. */
    private static void levelRefs(List<LevelRefBody> refs, String at, List<FieldError> errors) {
        if (refs == null) {
            return;
        }
        for (int j = 0; j < refs.size(); j++) {
            var ref = refs.get(j);
            if (ref == null || ref.skill() == null || ref.skill().isBlank()) {
                errors.add(new FieldError(at + "/" + j + "/skill", "each entry needs a skill"));
            }
            if (ref == null || ref.level() == null || ref.level() < 0 || ref.level() > 5) {
                errors.add(new FieldError(at + "/" + j + "/level", "each entry needs a level, 0 to 5"));
            }
        }
    }

    private static Map<String, Object> fields(Change c) {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("module", c.module());
        fields.put("title", c.title());
        fields.put("hours", c.hours());
        fields.put("modality", c.modality());
        fields.put("teaches", c.teaches());
        fields.put("assumes", c.assumes());
        fields.put("skill", c.skill());
        fields.put("prerequisite", c.prerequisite());
        fields.put("role", c.role());
        fields.put("level", c.level());
        fields.put("importance", c.importance());
        fields.put("essential", c.essential());
        return fields;
    }

    private static CurriculumChange toChange(Change c) {
        return switch (c.op()) {
            case "retire-module" -> new CurriculumChange.RetireModule(c.module());
            case "set-hours" -> new CurriculumChange.SetModuleHours(c.module(), c.hours());
            case "drop-prerequisite" -> new CurriculumChange.DropPrerequisite(c.skill(), c.prerequisite());
            case "add-module" ->
                new CurriculumChange.AddModule(
                        c.module(), c.title(), c.hours(), c.modality(), levels(c.teaches()), levels(c.assumes()));
            case "set-teaches" -> new CurriculumChange.SetTeaches(c.module(), levels(c.teaches()));
            case "set-assumes" -> new CurriculumChange.SetAssumes(c.module(), levels(c.assumes()));
            case "add-prerequisite" -> new CurriculumChange.AddPrerequisite(c.skill(), c.prerequisite(), c.level());
            default -> new CurriculumChange.SetNeed(c.role(), c.skill(), c.level(), c.importance(), c.essential());
        };
    }

    private static List<SkillLevel> levels(List<LevelRefBody> refs) {
        return refs == null
                ? List.of()
                : refs.stream().map(r -> new SkillLevel(r.skill(), r.level())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
